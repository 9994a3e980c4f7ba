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
        '1;Lommepengejob;Uddannelse og beskæftigelse;Ny Start;fsb, SAB;120000;-2500,5;Ja;A:missing;"M:MULTI_YEAR_NO_ANCHOR\nM:NEGATIVE_AMOUNT"\r\n' +
        ";'=cmd|' /C calc'!A0;;;;0;;Nej;A:notNeeded;\r\n"
    );
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("has only the header when there are no activities", () => {
    expect(overviewCsv(overview([]), "en")).toBe(
      "\uFEFFNo.;Activity;Focus area;Responsible;Partners;2026;2027;Multi-year;Anchoring;Remarks\r\n"
    );
  });
});
