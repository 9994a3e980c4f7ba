// Every cell of a sheet (value, formula, number format, font) and its merges, to compare a sheet
// before and after a write.
import type ExcelJS from "exceljs";

export interface CellSnapshot {
  value: unknown;
  formula?: string;
  numFmt?: string;
  bold?: boolean;
}

export interface SheetSnapshot {
  name: string;
  cells: Record<string, CellSnapshot>;
  merges: string[];
  widths: (number | undefined)[];
}

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const snap: CellSnapshot = {
        value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
      };
      if (cell.formula) snap.formula = cell.formula;
      if (cell.numFmt) snap.numFmt = cell.numFmt;
      if (cell.font?.bold) snap.bold = true;
      cells[cell.address] = JSON.parse(JSON.stringify(snap));
    });
  });
  const merges = [...ws.model.merges].sort();
  const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
  return { name: ws.name, cells, merges, widths };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook, except: string[] = []): SheetSnapshot[] {
  return wb.worksheets.filter((ws) => !except.includes(ws.name)).map(snapshotSheet);
}
