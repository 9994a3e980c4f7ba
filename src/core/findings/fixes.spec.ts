import { budgetLines2026 } from "../../../tests/fixtures/grids/budgetLines2026";
import { check } from "../check";
import { fixesFor } from "./fixes";
import { a1 } from "../sheet/address";
import { DEFAULT_FRAME_ORE } from "../settings";
import type { CellValue, Grid, Report } from "../types";

const settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };

function reportOf(rows: CellValue[][], sheetName = "Plan"): Report {
  const grid: Grid = { sheetName, originRow: 0, originCol: 0, rows };
  const r = check(grid, settings);
  if (!r.ok) throw new Error("no table");
  return r.report;
}

const fixesOf = (report: Report, code: string) =>
  report.findings.filter((f) => f.code === code).flatMap((f) => fixesFor(f, report));

describe("fixesFor", () => {
  it("TEXT_AMOUNT: the number read, with the kroner format, in that cell", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["Lommepengejob", "120.000 kr.", 1000],
    ]);
    expect(fixesOf(report, "TEXT_AMOUNT")).toEqual([
      {
        code: "TEXT_AMOUNT",
        at: { sheet: "Plan", row: 1, col: 1 },
        write: { kind: "number", value: 120000, numberFormat: '#,##0 "kr."', formatFrom: [] },
        label: { kind: "toNumber", amount: 12000000 },
      },
    ]);
  });

  it("a number fix names the amount cells nearest above and below, to take their format", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["A", 100, 10],
      ["B", 200, 20],
      ["C", "120.000 kr.", 30],
      ["D", 300, 40],
      ["E", 400, 50],
      ["F", 500, 60],
    ]);
    const [fix] = fixesOf(report, "TEXT_AMOUNT");
    expect(fix.write.kind === "number" && fix.write.formatFrom.map(a1)).toEqual([
      "Plan!B3",
      "Plan!B5",
      "Plan!B2",
      "Plan!B6",
    ]);
  });

  it("AMBIGUOUS_NUMBER: one fix per reading, the reading used first", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["Haven", "250,000", 1000],
    ]);
    expect(fixesOf(report, "AMBIGUOUS_NUMBER").map((f) => [a1(f.at), f.write])).toEqual([
      ["Plan!B2", { kind: "number", value: 250, numberFormat: '#,##0 "kr."', formatFrom: [] }],
      ["Plan!B2", { kind: "number", value: 250000, numberFormat: '#,##0 "kr."', formatFrom: [] }],
    ]);
  });

  it("TOTAL_MISMATCH on a block total: SUM over the activity rows above it", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["A", 100, 10],
      ["B", 200, 20],
      ["I alt", 250, 30],
    ]);
    expect(fixesOf(report, "TOTAL_MISMATCH")).toEqual([
      {
        code: "TOTAL_MISMATCH",
        at: { sheet: "Plan", row: 3, col: 1 },
        write: { kind: "formula", formula: "=SUM(B2:B3)", value: 300 },
        label: { kind: "sum", formula: "=SUM(B2:B3)" },
      },
    ]);
  });

  it("TOTAL_MISMATCH on an activity's I alt line: SUM over its budget lines; none on a block total with lines", () => {
    const r = check(budgetLines2026, settings);
    if (!r.ok) throw new Error("no table");
    const fixes = fixesOf(r.report, "TOTAL_MISMATCH");
    expect(fixes.map((f) => [a1(f.at), f.write])).toEqual([
      ["Aktiviteter!F16", { kind: "formula", formula: "=SUM(F13:F15)", value: 60000 }],
    ]);
  });

  it("no fix for findings a single cell cannot mend", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["A", 2_000_000, "ca. 5"],
    ]);
    expect(report.findings.map((f) => f.code)).toEqual(["OVER_FRAME", "NOT_A_NUMBER"]);
    expect(report.findings.flatMap((f) => fixesFor(f, report))).toEqual([]);
  });
});
