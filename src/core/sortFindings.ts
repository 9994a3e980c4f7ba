// Findings in the order people act on them: errors first, then down the sheet.
import { parseAddress } from "./address";
import type { Finding, Severity } from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Row and column of a cell as parseAddress reads them, without its regex for the usual
 * `Sheet!G7` / `'Sheet name'!G7` (a big sheet's findings all share their sheet part, which is
 * checked once). Anything unusual goes to parseAddress.
 */
function positionOf(cell: string, sheets: Map<string, boolean>): { row: number; col: number } {
  const bang = cell.lastIndexOf("!");
  const sheet = bang < 0 ? undefined : cell.slice(0, bang);
  let i = bang + 1;
  const n = cell.length;
  if (cell.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < n && letters <= 3; i++, letters++) {
    const c = cell.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (cell.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < n && digits <= 7; i++, digits++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  let sheetOk = sheet === undefined;
  if (sheet !== undefined) {
    let ok = sheets.get(sheet);
    if (ok === undefined) {
      ok = parseAddress(`${sheet}!A1`) !== undefined;
      sheets.set(sheet, ok);
    }
    sheetOk = ok;
  }
  if (
    sheetOk &&
    i === n &&
    letters >= 1 &&
    letters <= 3 &&
    digits >= 1 &&
    digits <= 7 &&
    row >= 1
  ) {
    return { row: row - 1, col: col - 1 };
  }
  const a = parseAddress(cell);
  return a ? { row: a.row, col: a.col } : { row: -1, col: -1 };
}

/** Severity, then sheet order (row, column); sheet-wide findings (no cell) lead their severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const sheets = new Map<string, boolean>();
  const keyed = findings.map((f, i) => {
    const a = f.cell ? positionOf(f.cell, sheets) : undefined;
    return { f, i, s: RANK[f.severity], row: a ? a.row : -1, col: a ? a.col : -1 };
  });
  keyed.sort((x, y) => x.s - y.s || x.row - y.row || x.col - y.col || x.i - y.i);
  return keyed.map((k) => k.f);
}
