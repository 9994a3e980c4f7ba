// The overview sheet as the command wrote it with ExcelJS before the package writer: the plan's
// cells, a table named after the sheet, a Restbeløb name per year, and no marker names. Users still
// have such files; the tests check they are recognised as ours (legacy-command) and rewritten in
// place. Tests only: the product writes every workbook with src/ooxml.
import type ExcelJS from "exceljs";
import type { OverviewSheetPlan, PlanValue } from "../../src/core/overview";

function cellValue(v: PlanValue, formula?: string): ExcelJS.CellValue {
  if (formula === undefined) return v;
  return typeof v === "number" ? { formula, result: v } : ({ formula } as ExcelJS.CellValue);
}

/** Adds the plan's sheet to `wb` as the old writer did (the sheet must not exist yet). */
export function addLegacyOverview(
  wb: ExcelJS.Workbook,
  plan: OverviewSheetPlan
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }],
  });
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = cellValue(c.value, c.formula);
    if (c.numFmt) cell.numFmt = c.numFmt;
  }
  const { table } = plan;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: ws.getCell(table.headerRow + 1, table.firstCol + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((r) => [...r]),
  });
  for (const d of plan.definedNames) wb.definedNames.add(d.ref, d.name);
  return ws;
}
