// One worksheet part streamed into the engine's grid. Memory follows the cells present: rows
// without cells share one empty row, and a row with a stray far-right value stays sparse instead
// of being padded to 16,384 cells. Merged ranges are collected as written (linear time, no
// overlap checks). Cell values are what Excel holds: a formula's cached result, shared, inline
// and rich strings as text, dates (numbers in a date format) as ISO text, errors as { error }.
import { NOT_CALCULATED, type CellValue, type MergeRange } from "../../core";
import { cellDateText, serialDateText } from "./dateText";
import { attr, parsePart, unescapeXstring } from "../base/xmlStream";
import type { ZipArchive, ZipEntry } from "../base/zip";

export interface SheetContext {
  strings: () => string[];
  dateStyles: () => boolean[];
  date1904: boolean;
  /** The workbook asks Excel to calculate on opening: a formula's stored 0 may be a placeholder. */
  recalcOnLoad?: boolean;
}

export interface SheetStats {
  /** Cells holding a value. */
  cells: number;
  /** Last row and column (0-based) holding a value; -1 when the sheet is empty. */
  lastRow: number;
  lastCol: number;
}

export interface SheetGrid extends SheetStats {
  rows: CellValue[][];
  merges: MergeRange[];
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Rows up to this width are padded with nulls (as before); wider ones stay sparse. */
const PAD_WIDTH = 1024;
/** A merge wider than this blanks only the cells present, not its whole width. */
const MERGE_FILL_WIDTH = 256;
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * "AB12" → [row 11, col 27]; col -1 when the reference has no letters. A hand-written twin of
 * core's parseAddress for the one place that parses every cell of a sheet: kept, as the reader
 * bench shows (the bench's 5,000-row workbook opened and its sheet read, CPU, median of 15 reads,
 * 5 alternating runs on 2026-11-30): 60.2–62.9 ms with it, 80.9–83.0 ms with parseAddress. The
 * parseRef spec (tests/ooxml) checks that the two agree on every reference Excel can write.
 */
export function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  return [row - 1, col - 1];
}

function parseRange(ref: string): MergeRange | undefined {
  const [a, b = a] = ref.split(":");
  const [top, left] = parseRef(a);
  const [bottom, right] = parseRef(b);
  if (top < 0 || left < 0 || bottom < top || right < left) return undefined;
  return { top, left, bottom: Math.min(bottom, MAX_ROW), right: Math.min(right, MAX_COL) };
}

const UNKNOWN: CellValue = { error: NOT_CALCULATED };

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  v: string | undefined;
  inline: string | undefined;
  formula: boolean;
}

function cellValue(c: CellState, ctx: SheetContext): CellValue | undefined {
  const v = c.v;
  switch (c.type) {
    case "s":
      return v === undefined ? undefined : ctx.strings()[Number(v)];
    case "inlineStr":
      return c.inline !== undefined ? unescapeXstring(c.inline) : v;
    case "str":
      return v ?? (c.formula ? UNKNOWN : undefined);
    case "b":
      return v === undefined ? undefined : v === "1" || v === "true";
    case "e":
      return v === undefined ? undefined : { error: v };
    case "d":
      return v === undefined ? undefined : cellDateText(new Date(v));
  }
  // A formula without its result: unknown, not blank (an empty text result is t="str" above).
  if (v === undefined || v === "") return c.formula ? UNKNOWN : undefined;
  // XlsxWriter stores 0 for every formula it is not given a result for and asks Excel to
  // calculate on opening: that 0 is a placeholder, not the figure Excel shows.
  if (c.formula && v === "0" && ctx.recalcOnLoad === true) return UNKNOWN;
  const n = Number(v);
  if (Number.isNaN(n)) return v;
  return ctx.dateStyles()[c.style] ? serialDateText(n, ctx.date1904) : n;
}

/** Streams the sheet part into rows and merges. */
export function gridFromSheetPart(zip: ZipArchive, entry: ZipEntry, ctx: SheetContext): SheetGrid {
  const rows: CellValue[][] = [];
  const merges: MergeRange[] = [];
  const stats: SheetStats = { cells: 0, lastRow: -1, lastCol: -1 };
  let rowIdx = -1;
  let prevCol = -1;
  let cell: CellState | undefined;
  let text: "v" | "t" | undefined;
  let phonetic = 0;
  parsePart(zip, entry, {
    open: (local, tag) => {
      if (local === "c") {
        const ref = attr(tag, "r");
        const [r, c] = ref ? parseRef(ref) : [-1, -1];
        const col = c >= 0 ? c : prevCol + 1;
        const row = r >= 0 ? r : rowIdx;
        prevCol = col;
        const s = attr(tag, "s");
        cell = {
          row,
          col,
          type: attr(tag, "t") ?? "n",
          style: s ? Number(s) : 0,
          v: undefined,
          inline: undefined,
          formula: false,
        };
      } else if (local === "v" && cell) {
        cell.v = "";
        text = "v";
      } else if (local === "t" && cell && phonetic === 0) {
        cell.inline ??= "";
        text = "t";
      } else if (local === "f" && cell) cell.formula = true;
      else if (local === "rPh") phonetic++;
      else if (local === "row") {
        const r = attr(tag, "r");
        rowIdx = r ? Number(r) - 1 : rowIdx + 1;
        prevCol = -1;
      } else if (local === "mergeCell") {
        const m = parseRange(attr(tag, "ref") ?? "");
        if (m) merges.push(m);
      }
    },
    text: (t) => {
      if (text === "v") cell!.v += t;
      else if (text === "t") cell!.inline += t;
    },
    close: (local) => {
      if (local === "v" || local === "t") text = undefined;
      else if (local === "rPh") phonetic--;
      else if (local === "c" && cell) {
        place(rows, cell, cellValue(cell, ctx), stats);
        cell = undefined;
      }
    },
  });
  blankMerged(rows, merges, stats.lastRow);
  finishRows(rows);
  return { rows, merges, ...stats };
}

function place(
  rows: CellValue[][],
  c: CellState,
  value: CellValue | undefined,
  stats: SheetStats
): void {
  if (value === undefined || c.row < 0 || c.row > MAX_ROW || c.col < 0 || c.col > MAX_COL) return;
  const row = rows[c.row] ?? (rows[c.row] = []);
  row[c.col] = value;
  stats.cells++;
  if (c.row > stats.lastRow) stats.lastRow = c.row;
  if (c.col > stats.lastCol) stats.lastCol = c.col;
}

/** Cells inside a merge other than its top-left read as blank, as Excel reports them. */
function blankMerged(rows: CellValue[][], merges: MergeRange[], lastRow: number): void {
  for (const m of merges) {
    const bottom = Math.min(m.bottom, lastRow);
    const fill = m.right - m.left < MERGE_FILL_WIDTH;
    for (let r = m.top; r <= bottom; r++) {
      let row = rows[r];
      if (!row) {
        if (!fill) continue;
        row = rows[r] = [];
      }
      const right = fill ? m.right : Math.min(m.right, row.length - 1);
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) row[c] = null;
    }
  }
}

function finishRows(rows: CellValue[][]): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) {
      rows[r] = EMPTY_ROW;
      continue;
    }
    if (row.length > PAD_WIDTH) continue;
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
}
