// Sheets for the pane's tests: four activities of the 2026 plan (tests/fixtures/plan2026.ts) in
// its economy table's shape (DOMAIN.md shape 1, title then header, no responsible column).
import type { Grid } from "../../src/core/types";
import {
  PLAN_2026,
  asGrid,
  only,
  withAmount,
  withAnchoring,
  withoutAnchoring,
  type Column,
  type Plan,
} from "../fixtures/plan2026";

export const PLAN_SHEET = PLAN_2026.sheetName;

export const PANE_COLUMNS: Column[] = ["nr", "name", "area", "partners", "anchoring"];

/**
 * Nr. 1, 2, 8 and 9 of the plan, changed as a user might: Haven's 2026 amount is the lever
 * (1.842.000 kr. puts 2026 at 2.312.000 kr., 412.000 kr. over the 1.900.000 kr. frame), Haven goes
 * on into 2027 with 210.000 kr. and an anchoring plan, and "Kvinder, job og fællesskab" (2026-2028;
 * its anchoring cell is E5) has none. 2025 (compare only): 840.000 kr.; 2027: 380.000 kr.; 2028:
 * 140.000 kr.
 */
export function panePlan(haven2026: number = 1_842_000): Plan {
  let plan = withoutAnchoring(only(PLAN_2026, 1, 2, 8, 9), 8);
  plan = withAmount(withAmount(plan, 9, 2026, haven2026), 9, 2027, 210_000);
  return withAnchoring(plan, 9, "Driften overtages af boligselskabet");
}

export function planGrid(haven2026: number = 1_842_000): Grid {
  return asGrid(panePlan(haven2026), {
    columns: PANE_COLUMNS,
    title: "Tryghedsplanens økonomi",
    blankRows: 0,
  });
}

export function notABudgetGrid(): Grid {
  return {
    sheetName: "Noter",
    originRow: 0,
    originCol: 0,
    rows: [["Referat fra arbejdsgruppens møde"], ["Ingen tal her"]],
  };
}
