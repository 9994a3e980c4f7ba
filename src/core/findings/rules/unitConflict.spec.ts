// UNIT_CONFLICT: two units stated on one sheet, each named at its cells; the years uncertain, none
// over or within the frame; the settings (--unit) decide without a word; one unit stated in several
// places is no conflict.
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

  it("the years are uncertain, neither within nor over, and the report says so in words", () => {
    // Read in kr. (the header), 2026 is 2.337 kr.: "within" by the header, over by the title.
    const r = report(sheet([TITLE_1000, []], HEADER_KR));
    expect(r.years.map((y) => [y.year, y.total, y.status, y.overFrame])).toEqual([
      [2026, 233_700, "uncertain", false],
      [2027, 27_600, "uncertain", false],
    ]);
    expect(r.years.every((y) => y.unitConflict === true)).toBe(true);
    expect(r.findings.map((f) => f.code)).not.toContain("OVER_FRAME");
    expect(r.unit.conflict?.map((s) => [s.unit, s.source])).toEqual([
      ["kr", "header"],
      ["kr", "header"],
      ["1000", "title"],
    ]);
    expect(yearStatusText(r.years[0], "da")).toBe("Usikker: arket angiver flere enheder");
    expect(unitLine(r.unit, "da")).toBe(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., men intet år er sikkert, før enheden er afgjort"
    );
    expect(unitLine(r.unit, "en")).toBe(
      "The sheet states more than one unit: DKK in the column header and DKK 1,000 in the title. The amounts are read in DKK, but no year is certain until the unit is settled"
    );
  });

  it("read in the larger unit, a year is not reported over the frame either", () => {
    // The header says 1.000 kr. and the note kr.: 2026 reads 2.337.000 kr., over a 1,9 mio. frame.
    const header = ["Nr.", "Aktivitet", "2026 (t.kr.)", "2027 (t.kr.)"];
    const r = report(sheet([["Tryghedsplan 2026"], ["Alle beløb i kr."]], header));
    expect(r.years.map((y) => [y.total, y.status, y.overFrame])).toEqual([
      [233_700_000, "uncertain", false],
      [27_600_000, "uncertain", false],
    ]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([
      "UNIT_CONFLICT",
      "UNIT_CONFLICT",
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
