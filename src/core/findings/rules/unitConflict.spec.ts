// UNIT_CONFLICT: two units stated on one sheet, each named at its cells; a year is over or within
// the frame only when it is so read in each unit (with the smallest margin), else uncertain; the
// settings (--unit) decide without a word; one unit stated in several places is no conflict.
import { check } from "../../check";
import { unitLine, yearStatusText } from "../../words/labels";
import type { CellValue, Report, Settings } from "../../types";
import { at, grid, runRule, testSettings } from "../../../../tests/doubles/ruleTesting";
import { unitConflict } from "./unitConflict";

const PLAN: CellValue[][] = [
  [1, "Lommepengejob", 120, 120],
  [2, "Det gode valg", 1_200, 150],
  [3, "Natteravne", 1_017, 6],
];
const sheet = (above: CellValue[][], header: CellValue[], below: CellValue[][] = []) =>
  grid([...above, header, ...PLAN, ...below]);
const HEADER = ["Nr.", "Aktivitet", 2026, 2027];
const TITLE_1000 = ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"];
const HEADER_KR = ["Nr.", "Aktivitet", "2026 (kr.)", "2027 (kr.)"];

function report(g: ReturnType<typeof grid>, settings: Partial<Settings> = {}): Report {
  const r = check(g, { ...testSettings, ...settings });
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe("UNIT_CONFLICT", () => {
  it("the title says 1.000 kr., the year headers kr.: one finding per unit, at its cells", () => {
    const g = sheet([TITLE_1000, []], HEADER_KR);
    expect(runRule(unitConflict, g)).toEqual([
      {
        code: "UNIT_CONFLICT",
        severity: "error",
        at: at("C3"),
        unit: "kr",
        source: "header",
        cells: [at("C3"), at("D3")],
        others: [{ unit: "1000", source: "title", cells: [at("A1")] }],
        used: "kr",
      },
      {
        code: "UNIT_CONFLICT",
        severity: "error",
        at: at("A1"),
        unit: "1000",
        source: "title",
        cells: [at("A1")],
        others: [{ unit: "kr", source: "header", cells: [at("C3"), at("D3")] }],
        used: "kr",
      },
    ]);
  });

  it("a note row in mio. kr. against the frame row's label in 1.000 kr.", () => {
    const g = sheet([["Tryghedsplan 2026"], ["Alle beløb i mio. kr."]], HEADER, [
      [null, "Ramme (1.000 kr.)", 1_900, 1_900],
    ]);
    const found = runRule(unitConflict, g);
    expect(found.map((f) => f.code === "UNIT_CONFLICT" && [f.unit, f.source, f.at])).toEqual([
      ["mio", "note", at("A2")],
      ["1000", "frameLabel", at("B7")],
    ]);
  });

  it("a year within by one unit and over by the other is uncertain, and the report says so", () => {
    // Read in kr. (the header), 2026 is 2.337 kr.: "within" by the header, over by the title.
    // 2027 is 276 kr. or 276.000 kr.: within the 1,9 mio. frame either way, 1.624.000 kr. at least.
    const r = report(sheet([TITLE_1000, []], HEADER_KR));
    expect(r.years.map((y) => [y.year, y.total, y.status, y.overFrame, y.margin])).toEqual([
      [2026, 233_700, "uncertain", false, undefined],
      [2027, 27_600, "within", false, 162_400_000],
    ]);
    expect(r.years.every((y) => y.unitConflict === true)).toBe(true);
    expect(r.findings.map((f) => f.code)).not.toContain("OVER_FRAME");
    expect(yearStatusText(r.years[1], "da")).toBe(
      "Inden for rammen med mindst 1.624.000 kr. tilbage, hvilken af arkets enheder der end gælder"
    );
    expect(yearStatusText(r.years[1], "en")).toBe(
      "Within the frame with at least DKK 1,624,000 left, whichever of the sheet's units holds"
    );
    expect(r.unit.conflict?.map((s) => [s.unit, s.source])).toEqual([
      ["kr", "header"],
      ["kr", "header"],
      ["1000", "title"],
    ]);
    expect(yearStatusText(r.years[0], "da")).toBe("Usikker: arket angiver flere enheder");
    expect(unitLine(r.unit, "da")).toBe(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., og et år er kun over eller inden for rammen, når det er det i hver af dem"
    );
    expect(unitLine(r.unit, "en")).toBe(
      "The sheet states more than one unit: DKK in the column header and DKK 1,000 in the title. The amounts are read in DKK, and a year is over or within the frame only when it is so in each of them"
    );
  });

  it("read in the larger unit, a year is not reported over the frame when the smaller is within", () => {
    // The header says 1.000 kr. and the note kr.: 2026 reads 2.337.000 kr., over a 1,9 mio. frame,
    // but 2.337 kr. in kr.; 2027 is within either way.
    const header = ["Nr.", "Aktivitet", "2026 (t.kr.)", "2027 (t.kr.)"];
    const r = report(sheet([["Tryghedsplan 2026"], ["Alle beløb i kr."]], header));
    expect(r.years.map((y) => [y.total, y.status, y.overFrame])).toEqual([
      [233_700_000, "uncertain", false],
      [27_600_000, "within", false],
    ]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([
      "UNIT_CONFLICT",
      "UNIT_CONFLICT",
    ]);
  });

  it("over the frame even in the smaller unit: over, by at least the smaller overrun", () => {
    // The plan in kroner under a title in 1.000 kr.: 2026 is 2.337.000 kr. read in kr. (437.000 kr.
    // over the 1,9 mio. frame) and 2.337.000.000 kr. read in 1.000 kr.: over either way. 2027 is
    // 276.000 kr. (within) or 276.000.000 kr. (over): uncertain.
    const inKr = PLAN.map(([nr, name, a, b]) => [nr, name, Number(a) * 1000, Number(b) * 1000]);
    const r = report(grid([TITLE_1000, [], HEADER_KR, ...inKr]));
    expect(r.years.map((y) => [y.year, y.total, y.status, y.overFrame, y.margin])).toEqual([
      [2026, 233_700_000, "over", true, 43_700_000],
      [2027, 27_600_000, "uncertain", false, undefined],
    ]);
    expect(yearStatusText(r.years[0], "da")).toBe(
      "Over rammen med mindst 437.000 kr., hvilken af arkets enheder der end gælder"
    );
    expect(r.findings.filter((f) => f.code === "OVER_FRAME")).toEqual([
      {
        code: "OVER_FRAME",
        severity: "error",
        year: 2026,
        total: 233_700_000,
        frame: 190_000_000,
        over: 43_700_000,
        atLeast: "unit",
      },
    ]);
    expect(r.findings.filter((f) => f.code === "UNIT_CONFLICT")).toHaveLength(2);
  });

  it("a frame row in the sheet's unit scales with the amounts: over in each, by at least 437 kr.", () => {
    const r = report(sheet([TITLE_1000, []], HEADER_KR, [[null, "Ramme", 1_900, 1_900]]));
    expect(r.years.map((y) => [y.status, y.frame, y.margin])).toEqual([
      ["over", 190_000, 43_700],
      ["within", 190_000, 162_400],
    ]);
  });

  it("a frame row's label with its own unit: frames and totals weighed in every pairing", () => {
    // Note mio. kr., «Ramme (1.000 kr.)»: read all in mio. or all in 1.000 kr., 2026 is over; the
    // amounts in 1.000 kr. against the frame in mio. are within, so 2026 stays uncertain.
    const g = sheet([["Tryghedsplan 2026"], ["Alle beløb i mio. kr."]], HEADER, [
      [null, "Ramme (1.000 kr.)", 1_900, 1_900],
    ]);
    expect(report(g).years.map((y) => [y.year, y.status, y.margin])).toEqual([
      [2026, "uncertain", undefined],
      [2027, "uncertain", undefined],
    ]);
  });

  it("within in each unit but with an amount unread: uncertain, never an all-clear", () => {
    const g = grid([TITLE_1000, [], HEADER_KR, ...PLAN, [4, "Haven", 5, "ca. 300"]]);
    expect(report(g).years.map((y) => [y.year, y.status, y.margin])).toEqual([
      [2026, "uncertain", undefined],
      [2027, "uncertain", undefined],
    ]);
  });

  it("--unit and the settings decide: no finding, the years answered in that unit", () => {
    const r = report(sheet([TITLE_1000, []], HEADER_KR), { unit: "1000" });
    expect(r.unit).toEqual({ unit: "1000", source: "settings" });
    expect(r.findings.map((f) => f.code)).not.toContain("UNIT_CONFLICT");
    expect(r.years.map((y) => [y.total, y.status])).toEqual([
      [233_700_000, "over"],
      [27_600_000, "within"],
    ]);
  });

  it("one unit stated in several places, in different spellings, is no conflict", () => {
    const g = sheet(
      [TITLE_1000, ["Alle beløb i t.kr."]],
      ["Nr.", "Aktivitet", "2026 (tkr.)", "2027, kr. 1.000"],
      [[null, "Ramme (1.000 kr.)", 1_900, 1_900]]
    );
    expect(runRule(unitConflict, g)).toEqual([]);
    expect(report(g).unit).toEqual({ unit: "1000", source: "header", cell: "Plan!C3" });
  });

  it("an amount is no unit: «ramme 1,9 mio. kr.» in a note beside a title in 1.000 kr.", () => {
    const g = sheet(
      [TITLE_1000, ["Rammen er 1,9 mio. kr. om året; projektledelse 310.000 kr."]],
      HEADER
    );
    expect(runRule(unitConflict, g)).toEqual([]);
  });
});
