// Issue 17 on workbooks written at test time by XlsxWriter and openpyxl (make_units.py): each unit
// in each place people write it, a format that only shows thousands, unread amounts near the frame,
// the unit guard's boundary, and what read well before (an Excel table with a totals row, a
// two-row header under a merged "Budget", spending beside budget). Figures are exact øre.
import path from "node:path";
import type { Report, Settings } from "../../src/core";
import { generatedBy, reportOfBytes, SETTINGS_2026 } from "../generated";
import { describeWith } from "../tools";

const SETTINGS = SETTINGS_2026;

const workbooks = generatedBy(path.join(__dirname, "make_units.py"));
const reportOf = (name: string, settings: Settings = SETTINGS): Report =>
  reportOfBytes(workbooks.bytes(name), name, settings);

/** Totals per year in øre, as the plan in kroner gives them (2025, 2026, 2027). */
const PLAN_TOTALS = [50_900_000, 48_900_000, 21_900_000];
const totals = (r: Report) => r.years.map((y) => y.total);

describeWith(["XlsxWriter", "openpyxl"], "units read where the sheet states them", () => {
  test.each([
    ["title_1000.xlsx", "1000", "title", "A1"],
    ["note_tkr.xlsx", "1000", "note", "A2"],
    ["note_tkr_short.xlsx", "1000", "note", "A2"],
    ["title_tusind.xlsx", "1000", "title", "A1"],
    ["header_tkr.xlsx", "1000", "header", "C2"],
    ["header_budget_1000.xlsx", "1000", "header", "C2"],
    ["header_kr1000.xlsx", "1000", "header", "C2"],
    ["title_mio.xlsx", "mio", "title", "A1"],
    ["note_mio.xlsx", "mio", "note", "A2"],
    ["note_mill.xlsx", "mio", "note", "A2"],
    ["frame_label_1000.xlsx", "1000", "frameLabel", "B7"],
    ["title_kr.xlsx", "kr", "title", "A1"],
    ["two_row_header.xlsx", "1000", "header", "C3"],
  ])("%s: %s from the %s (%s), totals exact in øre", (file, unit, source, cell) => {
    const r = reportOf(file);
    expect(r.unit).toEqual({ unit, source, cell: `'Tryghedsplan 2026'!${cell}` });
    expect(totals(r)).toEqual(PLAN_TOTALS);
    expect(r.findings.map((f) => f.code)).not.toContain("UNIT_IN_DOUBT");
  });

  it("reads the frame row in the sheet's unit: Ramme 1.900 in 1.000 kr. is 1.900.000 kr.", () => {
    const r = reportOf("title_1000.xlsx");
    expect(r.years.map((y) => y.frame)).toEqual([190_000_000, 190_000_000, 190_000_000]);
    // 0,006 mio. is 6.000 kr. exactly, in the mio. sheet too.
    const mio = reportOf("title_mio.xlsx");
    expect(mio.activities.find((a) => a.name === "Natteravne")?.amounts).toEqual([
      600_000, 600_000, 600_000,
    ]);
    expect(mio.years.map((y) => y.frame)).toEqual([190_000_000, 190_000_000, 190_000_000]);
  });

  it("a number format that only shows thousands (#,##0,) is no unit: the values are kroner", () => {
    const r = reportOf("format_thousands.xlsx");
    expect(r.unit).toEqual({ unit: "kr", source: "none" });
    expect(totals(r)).toEqual(PLAN_TOTALS);
  });

  it("settings (and --unit) beat what the sheet states", () => {
    const r = reportOf("title_1000.xlsx", { ...SETTINGS, unit: "kr" });
    expect(r.unit).toEqual({ unit: "kr", source: "settings" });
    expect(totals(r)).toEqual(PLAN_TOTALS.map((o) => o / 1000));
  });
});

describeWith(["XlsxWriter", "openpyxl"], "the unit guard's boundary", () => {
  it("a plan in kroner with small activities is not warned", () => {
    const r = reportOf("small_kr.xlsx");
    expect(r.unit.source).toBe("none");
    expect(r.findings.map((f) => f.code)).not.toContain("UNIT_IN_DOUBT");
    expect(r.years.find((y) => y.year === 2026)?.status).toBe("within");
  });
  it("the same plan divided by 1.000 is warned, with the fix, and no year is within", () => {
    const r = reportOf("small_divided.xlsx");
    expect(r.findings.find((f) => f.code === "UNIT_IN_DOUBT")).toEqual({
      code: "UNIT_IN_DOUBT",
      severity: "warning",
      year: 2026,
      total: 27_000,
      frame: 190_000_000,
      largest: 900,
      likely: "1000",
    });
    expect(r.years.filter((y) => !y.compareOnly).map((y) => y.status)).toEqual([
      "uncertain",
      "uncertain",
    ]);
  });
});

describeWith(["XlsxWriter"], "unread amounts near the frame", () => {
  it("2026 is uncertain (at least 1.600.000 kr., 2 unread), 2027 over the frame already", () => {
    const r = reportOf("unread.xlsx");
    const [y2025, y2026, y2027] = r.years;
    expect(y2025).toMatchObject({ status: "compareOnly", total: 30_512_056, unreadAmounts: 0 });
    expect(y2026).toMatchObject({
      total: 160_000_000,
      frame: 190_000_000,
      leftover: 30_000_000,
      unreadAmounts: 2,
      overFrame: false,
      status: "uncertain",
    });
    expect(y2027).toMatchObject({ total: 200_000_000, unreadAmounts: 1, status: "over" });
  });
  it("text with more than two decimals rounds half up to øre: 120,555 → 120,56 kr.", () => {
    const r = reportOf("unread.xlsx");
    expect(r.activities.find((a) => a.name === "Småbeløb")?.amounts[0]).toBe(12_056);
  });
  it("an Excel error asks to mend the formula, an approximate text for the amount", () => {
    const messages = reportOf("unread.xlsx")
      .findings.filter((f) => f.code === "NOT_A_NUMBER" && f.year === 2026)
      .map((f) => f.code === "NOT_A_NUMBER" && ("error" in f.value ? "error" : f.value.text));
    expect(messages.sort()).toEqual(["ca. 300.000", "error"]);
  });
});

describeWith(["XlsxWriter"], "what read well before still reads", () => {
  it("an Excel table with a totals row: the totals row is no activity", () => {
    const r = reportOf("table_totals.xlsx");
    expect(r.activities.map((a) => a.name)).toHaveLength(4);
    // (XlsxWriter stores the totals row's SUBTOTAL without a cached result, so the sheet's own
    // total reads 0 until Excel recalculates: TOTAL_MISMATCH is right about this file.)
    expect(totals(r)).toEqual(PLAN_TOTALS);
  });
  it("a two-row header with the years under a merged Budget", () => {
    const r = reportOf("two_row_header.xlsx");
    expect(r.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(totals(r)).toEqual(PLAN_TOTALS);
  });
  it("spending beside budget is not budget, and spending is read in the sheet's unit", () => {
    const r = reportOf("spending_beside.xlsx");
    expect(r.unit.unit).toBe("1000");
    expect(r.years.map((y) => [y.year, y.total])).toEqual([
      [2026, 48_900_000],
      [2027, 21_900_000],
    ]);
  });
});
