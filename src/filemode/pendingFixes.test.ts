import type { CellFix } from "../core/findings";
import type { Grid } from "../core";
import { PendingFixes } from "./pendingFixes";

const grid: Grid = {
  sheetName: "Plan",
  originRow: 1,
  originCol: 1,
  rows: [
    ["Aktivitet", 2026],
    ["A", "120.000 kr."],
  ],
};

const fix = (row: number, col: number, value: number): CellFix => ({
  code: "TEXT_AMOUNT",
  at: { sheet: "Plan", row, col },
  write: { kind: "number", value, numberFormat: '#,##0 "kr."', formatFrom: [] },
  label: { kind: "toNumber", amount: (value * 100) as never },
});

describe("PendingFixes", () => {
  it("reads the sheet with the fixes in it, leaving the read grid as it was", () => {
    const p = new PendingFixes();
    expect(p.add(fix(2, 2, 120000))).toBe(1);
    const fixed = p.overlay(grid);
    expect(fixed.rows).toEqual([
      ["Aktivitet", 2026],
      ["A", 120000],
    ]);
    expect(grid.rows[1][1]).toBe("120.000 kr.");
  });

  it("a second fix of the same cell replaces the first; other sheets are untouched", () => {
    const p = new PendingFixes();
    p.add(fix(2, 2, 120000));
    expect(p.add(fix(2, 2, 120))).toBe(1);
    expect(p.overlay(grid).rows[1][1]).toBe(120);
    expect(p.overlay({ ...grid, sheetName: "Noter" })).toEqual({ ...grid, sheetName: "Noter" });
  });
});
