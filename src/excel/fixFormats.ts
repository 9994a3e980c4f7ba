// The number format a fixed amount cell takes: that of the nearest amount cell above or below
// that has one (Range.numberFormat, ExcelApi 1.1: learn.microsoft.com/javascript/api/excel/
// excel.range#excel-excel-range-numberformat-member), so it looks like its neighbours. For any
// number of fixes, one sync: each column's neighbour rows are loaded as a few ranges spanning
// them, not one range per cell (a thousand fixes would otherwise be four thousand ranges).
import { columnLetter } from "../core/sheet";
import type { CellFix } from "../core/findings";

/** Formats that say nothing about an amount: the fixed cell then gets the kroner format. */
const PLAIN = new Set(["General", "@"]);

/** Rows further apart than this start a new range, so no response carries a sheet of blanks. */
const MAX_GAP = 200;

interface Span {
  top: number;
  bottom: number;
  range?: Excel.Range;
}

const key = (sheet: string, col: number): string => `${sheet}\u0000${col}`;

/** Runs of rows, sorted, split where the gap exceeds MAX_GAP. */
function spansOf(rows: number[]): Span[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (const row of sorted) {
    const last = spans.at(-1);
    if (last && row - last.bottom <= MAX_GAP) last.bottom = row;
    else spans.push({ top: row, bottom: row });
  }
  return spans;
}

/**
 * Loads, in one sync (none when no fix needs it), the formats of every number fix's neighbours;
 * returns the format each fix takes from them (undefined: none has one, use the fix's own).
 */
export async function neighbourFormats(
  context: Excel.RequestContext,
  sheetOf: (name: string) => Excel.Worksheet,
  fixes: CellFix[]
): Promise<(fix: CellFix) => string | undefined> {
  const rowsByColumn = new Map<string, { sheet: string; col: number; rows: number[] }>();
  for (const fix of fixes) {
    if (fix.write.kind !== "number") continue;
    for (const p of fix.write.formatFrom) {
      const k = key(p.sheet, p.col);
      const entry = rowsByColumn.get(k) ?? { sheet: p.sheet, col: p.col, rows: [] };
      entry.rows.push(p.row);
      rowsByColumn.set(k, entry);
    }
  }
  if (rowsByColumn.size === 0) return () => undefined;
  const spans = new Map<string, Span[]>();
  for (const [k, { sheet, col, rows }] of rowsByColumn) {
    const list = spansOf(rows);
    const letter = columnLetter(col);
    for (const span of list) {
      span.range = sheetOf(sheet).getRange(`${letter}${span.top + 1}:${letter}${span.bottom + 1}`);
      span.range.load("numberFormat");
    }
    spans.set(k, list);
  }
  await context.sync();
  const formatAt = (sheet: string, col: number, row: number): string | undefined => {
    const span = spans.get(key(sheet, col))?.find((s) => s.top <= row && row <= s.bottom);
    return span?.range?.numberFormat[row - span.top]?.[0];
  };
  return (fix) => {
    if (fix.write.kind !== "number") return undefined;
    return fix.write.formatFrom
      .map((p) => formatAt(p.sheet, p.col, p.row))
      .find((f) => f && !PLAIN.has(f));
  };
}
