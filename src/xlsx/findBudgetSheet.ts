// Which sheet to check: the one asked for, else the first holding a budget table.
import type ExcelJS from "exceljs";
import { hasBudgetTable } from "../core/hasBudgetTable";
import type { Grid, Settings } from "../core/types";
import { gridFromWorksheet } from "./grid";
import { isOverviewSheet } from "./writeOverview";

export type SheetChoice =
  /** `grid` is the chosen sheet read once, so the caller need not read it again. */
  | { ok: true; worksheet: ExcelJS.Worksheet; grid: Grid }
  | { ok: false; reason: "SHEET_MISSING" | "NO_BUDGET_TABLE"; sheet?: string };

export function findBudgetSheet(
  wb: ExcelJS.Workbook,
  settings: Settings,
  workbookTitle?: string,
  /** Our overview, as the ownership decision found it: never the plan. */
  skipSheet?: string
): SheetChoice {
  if (settings.sheet !== undefined) {
    const ws = wb.getWorksheet(settings.sheet);
    return ws
      ? { ok: true, worksheet: ws, grid: gridFromWorksheet(ws, workbookTitle) }
      : { ok: false, reason: "SHEET_MISSING", sheet: settings.sheet };
  }
  for (const ws of wb.worksheets) {
    // Our own overview is a budget table too; checking it would check our output, not the plan.
    if (isOverviewSheet(ws) || ws.name === skipSheet) continue;
    const grid = gridFromWorksheet(ws, workbookTitle);
    if (hasBudgetTable(grid, settings)) return { ok: true, worksheet: ws, grid };
  }
  return { ok: false, reason: "NO_BUDGET_TABLE" };
}
