// The overview's cells and its table's rows, queued in pieces that keep each sync's request under
// Excel on the web's 5 MB (requestBudget.ts): a plan of a few hundred activities is one sync, a
// plan of 20,000 several. Range.values, Range.formulas, Range.numberFormat and
// RangeFormat.columnWidth/wrapText/font (ExcelApi 1.1/1.2): learn.microsoft.com/javascript/api/
// excel/excel.range; all undo-supported (…/office/dev/add-ins/excel/excel-add-ins-undo-capabilities),
// and with ExcelApi 1.20 "all context.sync() calls in a single Excel.run are merged into one undo
// group" (Excel.RunOptions.mergeUndoGroup), so the write stays one undo step however it is split.
import type { OverviewSheetPlan, PlanValue } from "../core/overview";
import { columnLetter } from "../core/sheet";
import { cellRef } from "./rangeAddress";
import { jsonBytes, type RequestBudget } from "./requestBudget";

/** Points per character of column width (Calibri 11: about 7 px = 5.25 pt, plus padding). */
const POINTS_PER_CHAR = 6;

/**
 * Text that Excel would read as a formula, number or date is written with a leading apostrophe,
 * so a name like "=HYPERLINK(…)" or "2026" stays the text it was (and no formula is injected).
 */
export function cellInput(value: PlanValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) || /^[\d\s.,:/%()-]+$/.test(value) ? `'${value}` : value;
}

/** Excel's serial day number for a local date (1900 date system). */
export function excelDate(d: Date): number {
  return (
    (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000
  );
}

/** Column widths, the cells around the table (title, sums, sections) and the date. */
export async function writeCells(
  sheet: Excel.Worksheet,
  plan: OverviewSheetPlan,
  today: Date,
  budget: RequestBudget
): Promise<void> {
  await budget.fit(2 * plan.columnWidths.length);
  plan.columnWidths.forEach((width, col) => {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHAR;
  });
  for (const cell of plan.cells) {
    const input = cell.formula !== undefined ? `=${cell.formula}` : cellInput(cell.value);
    await budget.fit(5, jsonBytes(input) + jsonBytes(cell.numFmt));
    const range = sheet.getRange(cell.address);
    if (cell.formula !== undefined) range.formulas = [[input]];
    else range.values = [[input]];
    if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
    if (cell.bold) range.format.font.bold = true;
    if (cell.title) range.format.font.size = 14;
  }
  await budget.fit(3, jsonBytes(plan.dateCell.numFmt));
  const date = sheet.getRange(plan.dateCell.address);
  date.values = [[excelDate(today)]];
  date.numberFormat = [[plan.dateCell.numFmt]];
}

/** Where each piece of the table's rows starts: its values and number formats near `target` bytes. */
function rowPieces(rows: (string | number)[][], formatBytes: number, target: number): number[] {
  const starts: number[] = [];
  let used = 0;
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + formatBytes;
    if (i === 0 || used + bytes > target) {
      starts.push(i);
      used = 0;
    }
    used += bytes;
  });
  return starts;
}

/** The table's header and rows, piece by piece, then the Excel table over them. */
export async function writeTable(
  sheet: Excel.Worksheet,
  plan: OverviewSheetPlan,
  budget: RequestBudget,
  pieceBytes: number
): Promise<void> {
  const t = plan.table;
  const last = t.firstCol + t.columns.length - 1;
  const header = t.columns.map((c) => cellInput(c.header));
  await budget.fit(2, jsonBytes(header));
  sheet.getRange(`${cellRef(t.headerRow, t.firstCol)}:${cellRef(t.headerRow, last)}`).values = [
    header,
  ];
  const rows = t.rows.map((row) => row.map(cellInput));
  const formatted = t.columns.flatMap((c, i) => (c.numFmt ? [{ i, numFmt: c.numFmt }] : []));
  const formats = formatted.map((f) => f.numFmt);
  const formatBytes = formats.reduce((n, f) => n + jsonBytes(f) + 4, 0);
  const starts = rowPieces(rows, formatBytes, pieceBytes);
  for (const [k, start] of starts.entries()) {
    const end = k + 1 < starts.length ? starts[k + 1] : rows.length;
    const piece = rows.slice(start, end);
    const top = t.headerRow + 1 + start;
    const bottom = t.headerRow + end;
    await budget.fit(2 + 2 * formatted.length, jsonBytes(piece) + piece.length * formatBytes);
    sheet.getRange(`${cellRef(top, t.firstCol)}:${cellRef(bottom, last)}`).values = piece;
    for (const f of formatted) {
      const col = t.firstCol + f.i;
      sheet.getRange(`${cellRef(top, col)}:${cellRef(bottom, col)}`).numberFormat = piece.map(
        () => [f.numFmt]
      );
    }
  }
  await budget.fit(4 + 2 * t.columns.length);
  const firstRow = t.headerRow + 1;
  const lastRow = t.headerRow + t.rows.length;
  t.columns.forEach((column, i) => {
    if (!column.wrap) return;
    const col = t.firstCol + i;
    sheet.getRange(`${cellRef(firstRow, col)}:${cellRef(lastRow, col)}`).format.wrapText = true;
  });
  const table = sheet.tables.add(t.ref, true);
  table.name = t.name;
  table.style = t.style;
}
