// Issue 17 on workbooks written at test time by XlsxWriter and openpyxl (make_outside_frame.py),
// read through the package reader: rows outside the frame (project management, a "Finansieres
// udenfor rammen" remark, a Ramme column that says "Nej") and sheets that state two units. The
// plan has 2.337.000 kr. in 2026, 437.000 kr. over the frame; project management's 310.000 kr. a
// year must not make that 747.000 kr. Figures are exact øre.
import path from "node:path";
import { humanReport } from "../../src/cli/humanReport";
import { activityCounts, type Report, type Settings } from "../../src/core";
import { generatedBy, reportOfBytes, SETTINGS_2026 } from "../generated";
import { describeWith } from "../tools";

const SETTINGS = SETTINGS_2026;
const SHEET = "Tryghedsplan 2026";
const PM = "Projektledelse (Sikker By, ½ årsværk)";

const workbooks = generatedBy(path.join(__dirname, "make_outside_frame.py"));
const reportOf = (name: string, settings: Settings = SETTINGS): Report =>
  reportOfBytes(workbooks.bytes(name), name, settings);

/** [year, total, leftover, outside the frame, status] per year, in øre. */
const yearsOf = (r: Report) =>
  r.years.map((y) => [y.year, y.total, y.leftover, y.outsideFrame ?? null, y.status]);
const codes = (r: Report) => r.findings.map((f) => f.code);
const at = (row: number, col: number) => ({ sheet: SHEET, row, col });

/** The plan's years with a row of `outside` øre a year (per year) kept out of the frame. */
const PLAN_YEARS = (outside: [number, number, number] | null) => [
  [2025, 210_900_000, -20_900_000, outside?.[0] ?? null, "compareOnly"],
  [2026, 233_700_000, -43_700_000, outside?.[1] ?? null, "over"],
  [2027, 111_900_000, 78_100_000, outside?.[2] ?? null, "within"],
];

describeWith(["XlsxWriter", "openpyxl"], "rows outside the frame, in generated workbooks", () => {
  it("project management (XlsxWriter, kr.): 2026 is 437.000 kr. over, not 747.000 kr.", () => {
    const r = reportOf("pm_kr.xlsx");
    expect(yearsOf(r)).toEqual(PLAN_YEARS([31_000_000, 31_000_000, 31_000_000]));
    expect(r.findings.find((f) => f.code === "OVER_FRAME")).toEqual({
      code: "OVER_FRAME",
      severity: "error",
      at: at(11, 4),
      year: 2026,
      total: 233_700_000,
      frame: 190_000_000,
      over: 43_700_000,
    });
    expect(r.findings.find((f) => f.code === "OUTSIDE_FRAME")).toEqual({
      code: "OUTSIDE_FRAME",
      severity: "info",
      at: at(10, 1),
      activityId: 7,
      activity: PM,
      reason: "projectManagement",
      text: PM,
      amounts: [
        { year: 2026, amount: 31_000_000 },
        { year: 2027, amount: 31_000_000 },
      ],
    });
    // The sheet's I alt counts project management in (2.647.000 kr.): a sheet may; no mismatch.
    expect(codes(r)).toEqual(["OVER_FRAME", "OUTSIDE_FRAME"]);
    expect(activityCounts(r.activities)).toEqual({ inFrame: 7, outsideFrame: 1 });
    expect(humanReport(r, "pm_kr.xlsx", "da")).toContain(
      "Planår 2026 (fra titlen), 7 aktiviteter + 1 uden for rammen\n"
    );
  });

  it("project management in a sheet kept in 1.000 kr. (openpyxl): the same øre", () => {
    const r = reportOf("pm_1000.xlsx");
    expect(r.unit).toEqual({ unit: "1000", source: "title", cell: `'${SHEET}'!A1` });
    expect(yearsOf(r)).toEqual(PLAN_YEARS([31_000_000, 31_000_000, 31_000_000]));
    expect(r.years.map((y) => y.frame)).toEqual([190_000_000, 190_000_000, 190_000_000]);
    const pm = r.activities.find((a) => a.name === PM)!;
    expect([pm.amounts, pm.outsideFrame, pm.multiYear, pm.anchoring]).toEqual([
      [31_000_000, 31_000_000, 31_000_000],
      { reason: "projectManagement", text: PM, col: 1 },
      false,
      "notNeeded",
    ]);
    expect(codes(r)).toEqual(["OVER_FRAME", "OUTSIDE_FRAME"]);
  });

  it("a «Finansieres udenfor rammen» remark (openpyxl) keeps its row out, at the remark", () => {
    const r = reportOf("remark.xlsx");
    expect(yearsOf(r)).toEqual(PLAN_YEARS([0, 20_000_000, 0]));
    expect(r.findings.find((f) => f.code === "OUTSIDE_FRAME")).toEqual({
      code: "OUTSIDE_FRAME",
      severity: "info",
      at: at(9, 6),
      activityId: 7,
      activity: "Sommerskole",
      reason: "marked",
      text: "Finansieres udenfor rammen",
      amounts: [{ year: 2026, amount: 20_000_000 }],
    });
    expect(activityCounts(r.activities)).toEqual({ inFrame: 7, outsideFrame: 1 });
  });

  it("a Ramme column that says «Nej» (XlsxWriter) keeps its row out, at the Ramme cell", () => {
    const r = reportOf("frame_column.xlsx");
    expect(yearsOf(r)).toEqual(PLAN_YEARS([25_000_000, 25_000_000, 25_000_000]));
    const out = r.activities.filter((a) => a.outsideFrame);
    expect(out.map((a) => [a.name, a.outsideFrame])).toEqual([
      ["Boligsocial medfinansiering", { reason: "frameColumn", text: "Nej", col: 2 }],
    ]);
    expect(r.findings.find((f) => f.code === "OUTSIDE_FRAME")?.at).toEqual(at(9, 2));
    // "Ja" rows are inside: the seven activities of the plan.
    expect(activityCounts(r.activities)).toEqual({ inFrame: 7, outsideFrame: 1 });
  });
});

describeWith(["XlsxWriter", "openpyxl"], "sheets that state two units, generated", () => {
  it("title 1.000 kr., «2026 (kr.)» over a column (XlsxWriter): an error at each, 2026 unanswered", () => {
    const r = reportOf("conflict_title_header.xlsx");
    // Read in kr. (the header weighs first) meanwhile; no year is within or over the frame.
    expect(r.unit).toMatchObject({ unit: "kr", source: "header", cell: `'${SHEET}'!E2` });
    expect(r.years.map((y) => [y.year, y.total, y.status, y.overFrame])).toEqual([
      [2025, 210_900, "compareOnly", false],
      [2026, 233_700, "uncertain", false],
      // 1.119 kr. or 1.119.000 kr.: within the 1,9 mio. frame either way.
      [2027, 111_900, "within", false],
    ]);
    expect(r.findings).toEqual([
      {
        code: "UNIT_CONFLICT",
        severity: "error",
        at: at(0, 0),
        unit: "1000",
        source: "title",
        cells: [at(0, 0)],
        others: [{ unit: "kr", source: "header", cells: [at(1, 4)] }],
        used: "kr",
      },
      {
        code: "UNIT_CONFLICT",
        severity: "error",
        at: at(1, 4),
        unit: "kr",
        source: "header",
        cells: [at(1, 4)],
        others: [{ unit: "1000", source: "title", cells: [at(0, 0)] }],
        used: "kr",
      },
    ]);
  });

  it("the same sheet with the unit set to 1.000 kr.: no finding, 437.000 kr. over", () => {
    const r = reportOf("conflict_title_header.xlsx", { ...SETTINGS, unit: "1000" });
    expect(r.unit).toEqual({ unit: "1000", source: "settings" });
    expect(yearsOf(r)).toEqual(PLAN_YEARS(null));
    expect(codes(r)).toEqual(["OVER_FRAME"]);
    expect(humanReport(r, "x.xlsx", "da")).toContain(
      "Arkets beløb står i 1.000 kr. (angivet med --unit)\n"
    );
  });

  it("note «mio. kr.», frame row «Ramme (1.000 kr.)» (openpyxl): an error at each, uncertain", () => {
    const r = reportOf("conflict_note_frame.xlsx");
    expect(r.unit.unit).toBe("mio");
    expect(r.years.filter((y) => !y.compareOnly).map((y) => [y.status, y.overFrame])).toEqual([
      ["uncertain", false],
      ["uncertain", false],
    ]);
    expect(
      r.findings.map((f) => f.code === "UNIT_CONFLICT" && [f.unit, f.source, f.at, f.others])
    ).toEqual([
      ["mio", "note", at(1, 0), [{ unit: "1000", source: "frameLabel", cells: [at(10, 1)] }]],
      ["1000", "frameLabel", at(10, 1), [{ unit: "mio", source: "note", cells: [at(1, 0)] }]],
    ]);
    const settled = reportOf("conflict_note_frame.xlsx", { ...SETTINGS, unit: "1000" });
    expect(yearsOf(settled)).toEqual(PLAN_YEARS(null));
    expect(settled.years.map((y) => y.frame)).toEqual([190_000_000, 190_000_000, 190_000_000]);
  });
});
