// ExcelJS as an independent reader in tests: an .xlsx's bytes to a workbook, and a worksheet to
// the engine's Grid as Office.js would give it. The product reads packages with src/ooxml; these
// tests compare against this reader and feed the Office stand-in from ExcelJS workbooks.
import ExcelJS from "exceljs";
import { parseAddress } from "../../src/core/sheet/address";
import type { CellValue, Grid, MergeRange } from "../../src/core/types";
import { cellDateText } from "../../src/ooxml/read/dateText";

/** Loads .xlsx bytes with ExcelJS; throws when ExcelJS cannot. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** One ExcelJS value (cell.value) to a grid value. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return cellDateText(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result);
    if (Array.isArray(o.richText)) return richText(o as { richText: { text: string }[] });
    if ("hyperlink" in o || "text" in o) return toCellValue(o.text);
  }
  return String(v);
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merges privately; its public `model` would rebuild every row to get them. */
function merges(ws: ExcelJS.Worksheet): MergeRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, MergeBox | undefined> })._merges;
  if (raw) {
    return Object.values(raw)
      .filter((m): m is MergeBox => !!m)
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  const out: MergeRange[] = [];
  for (const range of ws.model.merges) {
    const [tl, br] = range.split(":").map(parseAddress);
    if (tl) out.push({ top: tl.row, left: tl.col, bottom: (br ?? tl).row, right: (br ?? tl).col });
  }
  return out;
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet, workbookTitle?: string): Grid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the top-left read as blank, as Excel reports them.
      out[colNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    rows[rowNumber - 1] = out;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  const grid: Grid = { sheetName: ws.name, originRow: 0, originCol: 0, rows };
  const m = merges(ws);
  if (m.length) grid.merges = m;
  if (workbookTitle !== undefined) grid.workbookTitle = workbookTitle;
  return grid;
}
