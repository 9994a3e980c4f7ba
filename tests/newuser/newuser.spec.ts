// The product tried as a new user would, on workbooks kept the ways people keep them and written
// by the programs they use (make_newuser.py, at test time). Each case is a finding: what the user
// saw before, and the figures a careful person computes by hand.
import path from "node:path";
import { NOT_CALCULATED, type Report } from "../../src/core";
import { findingMessage } from "../../src/core/words";
import { generatedBy, reportOfBytes } from "../generated";
import { describeWith } from "../tools";

const workbooks = generatedBy(path.join(__dirname, "make_newuser.py"));
const reportOf = (name: string): Report => reportOfBytes(workbooks.bytes(name), name);

/** The six activities' totals per year in øre (2025-2028), however the sheet is kept. */
const TOTALS = [88_000_000, 95_000_000, 42_000_000, 23_000_000];
const totals = (r: Report) => r.years.map((y) => y.total);
const codes = (r: Report) => r.findings.map((f) => f.code);

describeWith(["openpyxl"], "subtotal rows per focus area", () => {
  // Before: «Subtotal Aktive byrum» and «Sum Aktive byrum» were read as activities, so every year
  // counted twice: 2026 at 1.900.000 kr., «inden for rammen», and four «I alt» mismatches.
  test.each([
    "subtotal_subtotal.xlsx",
    "subtotal_sum.xlsx",
    "subtotal_total_for.xlsx",
    "subtotal_i_alt.xlsx",
  ])("%s: six activities, each year counted once, the sheet's totals agree", (file) => {
    const r = reportOf(file);
    expect(r.activities.map((a) => a.name)).toEqual([
      "Lommepengejob",
      "Lektiecafé",
      "Haven",
      "Bylivs- og tryghedspuljen",
      "Natteravne",
      "Kommunikation, dialog og synlighed",
    ]);
    expect(totals(r)).toEqual(TOTALS);
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });
});

describeWith(["XlsxWriter"], "XlsxWriter's formulas without results", () => {
  // XlsxWriter stores 0 for a formula it is not given a result for and asks Excel to calculate on
  // opening (calcPr fullCalcOnLoad). Before, each «I alt» was «0 kr., men aktiviteterne summer til
  // 880.000 kr.» (four warnings about totals Excel shows right), and an amount written as a formula
  // was a confident 0 kr.
  it("an Excel table's totals row is not a mismatch", () => {
    const r = reportOf("xlsxwriter_table.xlsx");
    expect(totals(r)).toEqual(TOTALS);
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });

  it("an amount written as a formula is unknown, named at its cell; the year is uncertain", () => {
    const r = reportOf("xlsxwriter_formulas.xlsx");
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
    expect(r.years.map((y) => [y.year, y.total, y.unreadAmounts, y.status])).toEqual([
      [2025, 88_000_000, 0, "compareOnly"],
      [2026, 89_000_000, 1, "uncertain"],
      [2027, 42_000_000, 0, "within"],
      [2028, 23_000_000, 0, "within"],
    ]);
    expect(r.findings.find((f) => f.code === "NOT_A_NUMBER")).toMatchObject({
      activity: "Haven",
      year: 2026,
      at: { sheet: "Budget", row: 4, col: 6 },
      value: { error: NOT_CALCULATED },
    });
  });
});

describeWith(["openpyxl"], "a negative typed in parentheses", () => {
  // «(60.000)» is read as no amount (parentheses may mean a negative or a figure kept out of the
  // total), so 2026 is uncertain. Before, the advice said «skriv beløbet som et tal, fx 60.000»:
  // following it turned a 60.000 kr. refund into 60.000 kr. more spent.
  it("is named at its cell, the year is uncertain, and the example keeps the sign", () => {
    const r = reportOf("parentheses.xlsx");
    const year2026 = r.years.find((y) => y.year === 2026);
    expect([year2026?.total, year2026?.unreadAmounts, year2026?.status]).toEqual([
      89_000_000,
      1,
      "uncertain",
    ]);
    const unread = r.findings.find((f) => f.code === "NOT_A_NUMBER")!;
    expect(unread).toMatchObject({ activity: "Haven", at: { row: 4, col: 6 } });
    expect(findingMessage(unread, "da")).toContain("skriv beløbet som et tal, fx -60.000.");
    expect(findingMessage(unread, "en")).toContain("enter the amount as a number, e.g. -60.000.");
  });
});

describeWith(["openpyxl"], "which sheet a file is checked on", () => {
  // Before, the command and the browser checked the first sheet with a table, hidden or not: last
  // year's plan, kept hidden, was checked as the plan (planår 2025), while Excel's add-in checks
  // the sheet Excel opens on, among the visible ones.
  it("a hidden sheet comes after the visible ones", () => {
    const r = reportOf("hidden_old_plan.xlsx");
    expect([r.sheet, r.planYear]).toEqual(["Plan 2026", 2026]);
  });
  it("the sheet Excel opens on comes first", () => {
    expect(reportOf("active_sheet.xlsx").sheet).toBe("Plan 2026");
  });
});

describeWith(["openpyxl"], "the unit written after the year", () => {
  // Before, «2026 t.kr.» read as kroner (the «kr.» of «t.kr.», the year taken for an amount): the
  // plan came out at 950 kr. for 2026, «inden for rammen», a thousand times too small.
  it("«2026 t.kr.» is 1.000 kr., from the header", () => {
    const r = reportOf("unit_after_year.xlsx");
    expect(r.unit).toEqual({ unit: "1000", source: "header", cell: "Budget!F3" });
    expect(totals(r)).toEqual(TOTALS);
  });
});

describeWith(["openpyxl"], "rows under the total that are no activities", () => {
  // Before, «Ikke disponeret», «Til rådighed» and «Uforbrugt» (the frame minus the total) were
  // read as activities, so every year came out at exactly 1.900.000 kr., «inden for rammen»; a
  // «Kontrol» row doubled the plan.
  test.each([
    "below_ikke_disponeret.xlsx",
    "below_til_raadighed.xlsx",
    "below_uforbrugt.xlsx",
    "below_kontrol.xlsx",
    "below_difference.xlsx",
  ])("%s: six activities and the plan's totals", (file) => {
    const r = reportOf(file);
    expect(r.activities).toHaveLength(6);
    expect(totals(r)).toEqual(TOTALS);
  });
});

describeWith(["openpyxl"], "a long list's year written as a date or a budget code", () => {
  // Before: «Fandt ingen budgettabel … vælg arket med --sheet», though the list is plain to read.
  test.each(["list_year_dates.xlsx", "list_year_codes.xlsx"])("%s is read as a list", (file) => {
    const r = reportOf(file);
    expect(r.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(totals(r)).toEqual(TOTALS);
    expect(codes(r)).not.toContain("LIST_YEAR_UNREAD");
  });
});

describeWith(["openpyxl"], "two columns for one year", () => {
  // Before, the first column of a year was the budget: «Ansøgt 2026» (asked for) and «Oprindeligt
  // budget 2026» were checked against the frame, 60.000 kr. a year more than granted, and
  // «Bevilget 2026» / «Korrigeret budget 2026» were ignored in silence.
  test.each(["ansoegt_bevilget.xlsx", "oprindeligt_korrigeret.xlsx"])(
    "%s: the grant as it stands is the budget",
    (file) => {
      const r = reportOf(file);
      expect(totals(r)).toEqual(TOTALS);
      expect(r.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    }
  );
});

describeWith(["openpyxl"], "a template's headers with a note after the name", () => {
  // Before, «Aktivitet (navn)» was no activity column («Fandt ingen budgettabel»), and with a plain
  // «Aktivitet», «Forankringsplan (ja/nej)» was no anchoring column: «arket har ingen kolonne til
  // forankringsplan», and a multi-year grant with «Nej» passed with exit code 0.
  it("names the column before the note", () => {
    const r = reportOf("header_notes.xlsx");
    expect(totals(r)).toEqual(TOTALS);
    expect(codes(r)).not.toContain("NO_ANCHOR_COLUMN");
    // Lektiecafé has amounts in 2026-2027 and «Nej».
    expect(r.findings.filter((f) => f.code === "MULTI_YEAR_NO_ANCHOR")).toMatchObject([
      { activity: "Lektiecafé" },
    ]);
    expect(r.activities.map((a) => a.area)).toContain("Aktive byrum");
  });
});
