import type { Ore, Overview, OverviewRow } from "../types";
import { csvNumber, csvText, overviewCsv } from "./csv";

jest.mock(
  "../words/messages/index",
  () => ({
    anchoringLabel: (a: string) => `A:${a}`,
    findingMessage: (f: { code: string }) => `M:${f.code}`,
  }),
  { virtual: true }
);

const ore = (kr: number): Ore => Math.round(kr * 100) as Ore;

const row = (name: string, extra: Partial<OverviewRow> = {}): OverviewRow => ({
  activityId: 0,
  name,
  partners: [],
  amounts: [null, null],
  multiYear: false,
  anchoring: "notNeeded",
  findings: [],
  ...extra,
});

const overview = (rows: OverviewRow[]): Overview => ({
  sheet: "Ark1",
  planYear: 2026,
  unit: { unit: "kr", source: "none" },
  years: [2026, 2027],
  rows,
  areaSubtotals: [],
  totals: [],
});

describe("csvNumber", () => {
  it.each([
    [0, "0"],
    [120000, "120000"],
    [200000.5, "200000,5"],
    [1900000.25, "1900000,25"],
    [0.05, "0,05"],
    [-20000.5, "-20000,5"],
    [1234567.89, "1234567,89"],
  ])("%p → %p", (n, s) => expect(csvNumber(n)).toBe(s));
});

describe("csvText", () => {
  it.each([
    ["Lommepengejob", "Lommepengejob"],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+45 12 34", "'+45 12 34"],
    ["-rabat", "'-rabat"],
    ["@bruger", "'@bruger"],
    ["\tfane", "'\tfane"],
    ["\rretur", '"\'\rretur"'],
    ["fsb; SAB", '"fsb; SAB"'],
    ['Kultur "på volden"', '"Kultur ""på volden"""'],
    ["to\nlinjer", '"to\nlinjer"'],
    ['=HYPERLINK("x";"y")', '"\'=HYPERLINK(""x"";""y"")"'],
  ])("%p → %p", (s, out) => expect(csvText(s)).toBe(out));
});

const about = { at: { sheet: "Plan", row: 1, col: 1 }, activityId: 0, activity: "Lommepengejob" };

describe("overviewCsv", () => {
  it("writes BOM, header, rows; ';', CRLF, decimal comma; numbers are not neutralised", () => {
    const csv = overviewCsv(
      overview([
        row("Lommepengejob", {
          nr: "1",
          area: "Uddannelse og beskæftigelse",
          responsible: "Ny Start",
          partners: ["fsb", "SAB"],
          amounts: [ore(120000), ore(-2500.5)],
          multiYear: true,
          anchoring: "missing",
          findings: [
            {
              code: "MULTI_YEAR_NO_ANCHOR",
              severity: "error",
              ...about,
              years: [2026, 2027],
            },
            {
              code: "NEGATIVE_AMOUNT",
              severity: "warning",
              ...about,
              year: 2027,
              amount: ore(-2500.5),
            },
          ],
        }),
        row("=cmd|' /C calc'!A0", { amounts: [ore(0), null] }),
      ]),
      "da"
    );
    expect(csv).toBe(
      "\uFEFF" +
        "Nr.;Aktivitet;Indsatsområde;Aktivitetsansvarlig;Samarbejdspartnere;2026;2027;Flerårig;Forankring;Bemærkninger\r\n" +
        '1;Lommepengejob;Uddannelse og beskæftigelse;Ny Start;"fsb; SAB";120000;-2500,5;Ja;A:missing;"M:MULTI_YEAR_NO_ANCHOR\nM:NEGATIVE_AMOUNT"\r\n' +
        ";'=cmd|' /C calc'!A0;;;;0;;Nej;A:notNeeded;\r\n" +
        ";;;;;;;;;\r\n" +
        ";I alt;;;;;;;;\r\n" +
        ";Status;;;;;;;;\r\n" +
        ";Arkets beløb står i kr. (ingen enhed angivet i arket);;;;;;;;\r\n"
    );
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("ends with the subtotals per focus area, those without one last, and I alt", () => {
    const sub = (area: string | null, a: number, b: number) => ({
      area,
      amounts: [ore(a), ore(b)],
    });
    const csv = overviewCsv(
      {
        ...overview([
          row("A", { area: "Aktive byrum", amounts: [ore(100), ore(5)] }),
          row("B", { amounts: [ore(6000), null] }),
        ]),
        areaSubtotals: [sub("Aktive byrum", 100, 5), sub(null, 6000, 0)],
        totals: [2026, 2027].map((year, i) => ({
          year,
          total: ore([6100, 5][i]),
          frame: ore(1900000),
          leftover: ore(1900000 - [6100, 5][i]),
          overFrame: false,
          compareOnly: false,
          unitInDoubt: false,
          status: i === 0 ? ("uncertain" as const) : ("within" as const),
          unreadAmounts: i === 0 ? 2 : 0,
        })),
        unit: { unit: "1000", source: "title", cell: "'Ark1'!A1" },
      },
      "da"
    );
    expect(csv.split("\r\n").slice(3)).toEqual([
      ";;;;;;;;;",
      ";I alt pr. indsatsområde;;;;;;;;",
      ";Aktive byrum;;;;100;5;;;",
      ";Uden indsatsområde;;;;6000;0;;;",
      ";I alt;;;;6100;5;;;",
      // The year's answer in words: 2026 leaves out two unread amounts, so it is no all-clear.
      ';Status;;;;"Usikker: mindst 6.100 kr.; 2 beløb kunne ikke læses";Inden for rammen;;;',
      ";Arkets beløb står i 1.000 kr. (fra titlen);;;;;;;;",
      "",
    ]);
  });

  it("has only the header when there are no activities", () => {
    expect(overviewCsv(overview([]), "en")).toBe(
      "\uFEFFNo.;Activity;Focus area;Responsible;Partners;2026;2027;Multi-year;Anchoring;Remarks\r\n"
    );
  });
});
