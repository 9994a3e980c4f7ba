// The product tried as a new user would, on workbooks kept the ways people keep them and written
// by the programs they use (make_newuser.py, at test time). Each case is a finding: what the user
// saw before, and the figures a careful person computes by hand.
import path from "node:path";
import type { Report } from "../../src/core";
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
