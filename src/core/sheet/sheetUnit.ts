// Which unit the sheet keeps its amounts in, read where people write it: the settings first, then
// the amount columns' headers, a note row or the title above the table, a later block's title, the
// frame row's label. Every statement is kept: a sheet that states two units is a conflict, which
// the engine never answers with a confident figure (UNIT_CONFLICT).
// A number format that only shows thousands (#.##0,) is no unit: the grid holds values, not formats.
import { cellAddress } from "./address";
import type { AmountUnit } from "./amountScale";
import { presentValues, sparseIndexes } from "./rowCells";
import { fold, isFrameFolded, mayBeMarker, tidyCellText } from "./text";
import { unitIn } from "./unitWords";
import type { Block, CellValue, Grid, Settings } from "../types";

/** Where the unit was read: settings (or --unit), a header, a note row, a title, the frame row. */
export type UnitSource = "settings" | "header" | "note" | "title" | "frameLabel" | "none";

/** The places in the sheet that can state a unit. */
export type StatedSource = Exclude<UnitSource, "settings" | "none">;

/** One cell that states a unit: which, where (its kind of place), and the cell (0-based). */
export interface UnitStatement {
  unit: AmountUnit;
  source: StatedSource;
  row: number;
  col: number;
}

export interface UnitReading {
  unit: AmountUnit;
  source: UnitSource;
  /** Sheet-qualified A1 address of the cell that states it (not for settings or none). */
  cell?: string;
  /**
   * Every cell that states a unit, in the order they are weighed (the first is the one read),
   * present only when they state different units: then no year's answer is certain.
   */
  conflict?: UnitStatement[];
}

/** Every cell in `cols` (all when undefined) of sheet row `row` whose text states a unit. */
function unitsInRow(
  grid: Grid,
  row: number,
  source: StatedSource,
  cols?: { from: number; to: number }
): UnitStatement[] {
  const cells = grid.rows[row - grid.originRow];
  if (!cells) return [];
  const out: UnitStatement[] = [];
  const present = sparseIndexes(cells);
  const width = present ? present.length : cells.length;
  for (let j = 0; j < width; j++) {
    const i = present ? present[j] : j;
    const v: CellValue = cells[i];
    if (typeof v !== "string" || v === "") continue;
    const col = grid.originCol + i;
    if (cols && (col < cols.from || col > cols.to)) continue;
    const unit = unitIn(v);
    if (unit) out.push({ unit, source, row, col });
  }
  return out;
}

/** The header rows of a block: its header row, and the row above when the header is two rows. */
function headerRows(grid: Grid, b: Block): number[] {
  const above = b.headerRow - 1;
  const act = b.columns.activity;
  if (act === undefined || above < grid.originRow) return [b.headerRow];
  const own = tidyCellText(grid.rows[b.headerRow - grid.originRow]?.[act - grid.originCol]);
  const upper = tidyCellText(grid.rows[above - grid.originRow]?.[act - grid.originCol]);
  return own === "" && upper !== "" ? [b.headerRow, above] : [b.headerRow];
}

/**
 * The headers over each block's year and spending columns ("2026 (t.kr.)", "Budget (1.000 kr.)"
 * above, "Forbrug 2026 (1.000 kr.)"): spending is read in the sheet's unit, so a spending header
 * that states another is a conflict to settle, not a column silently read 1.000 times off.
 */
function inHeaders(grid: Grid, blocks: readonly Block[]): UnitStatement[] {
  const out: UnitStatement[] = [];
  for (const b of blocks) {
    const cols = [...b.years.map((y) => y.col), ...(b.spending ?? []).map((c) => c.col)];
    const span = { from: Math.min(...cols), to: Math.max(...cols) };
    for (const r of headerRows(grid, b)) out.push(...unitsInRow(grid, r, "header", span));
  }
  return out;
}

/** Rows above the first header (its upper row excluded): the first non-empty is the title. */
function aboveTable(grid: Grid, blocks: readonly Block[]): UnitStatement[] {
  const top = Math.min(...headerRows(grid, blocks[0]));
  const out: UnitStatement[] = [];
  let first = true;
  for (let r = grid.originRow; r < top; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells || presentValues(cells).every((v) => v === null || v === "")) continue;
    out.push(...unitsInRow(grid, r, first ? "title" : "note"));
    first = false;
  }
  return out;
}

/** A later block's own title row (a text-only row above its header) that states a unit. */
function inBlockTitles(grid: Grid, blocks: readonly Block[]): UnitStatement[] {
  const out: UnitStatement[] = [];
  for (const b of blocks.slice(1)) {
    if (!b.title || !unitIn(b.title)) continue;
    for (let r = b.headerRow - 1; r >= Math.max(grid.originRow, b.headerRow - 4); r--) {
      const found = unitsInRow(grid, r, "title");
      if (found.length === 0) continue;
      out.push(found[0]);
      break;
    }
  }
  return out;
}

/** "Ramme (1.000 kr.)" labels: a short text left of the year columns that reads as a frame. */
function inFrameLabels(grid: Grid, blocks: readonly Block[]): UnitStatement[] {
  const out: UnitStatement[] = [];
  for (const b of blocks) {
    const firstYear = Math.min(...b.years.map((y) => y.col));
    for (let r = b.headerRow + 1; r <= b.endRow; r++) {
      const cells = grid.rows[r - grid.originRow];
      if (!cells) continue;
      for (let c = 0; c < Math.min(cells.length, firstYear - grid.originCol); c++) {
        const v = cells[c];
        if (typeof v !== "string" || v.length > 40 || !mayBeMarker(v)) continue;
        if (!isFrameFolded(fold(v))) continue;
        const unit = unitIn(v);
        if (unit) out.push({ unit, source: "frameLabel", row: r, col: grid.originCol + c });
      }
    }
  }
  return out;
}

/** Every cell that states a unit, in the order they are weighed: the first decides the reading. */
export function unitStatements(grid: Grid, blocks: readonly Block[]): UnitStatement[] {
  return [
    ...inHeaders(grid, blocks),
    ...aboveTable(grid, blocks),
    ...inBlockTitles(grid, blocks),
    ...inFrameLabels(grid, blocks),
  ];
}

/**
 * The sheet's unit and where it was read; kroner ("none") when nothing states one. The settings
 * (--unit) decide alone; otherwise the first statement is read, and statements of different units
 * are kept as the reading's conflict.
 */
export function readSheetUnit(
  grid: Grid,
  blocks: readonly Block[],
  settings: Settings
): UnitReading {
  if (settings.unit !== undefined) return { unit: settings.unit, source: "settings" };
  const stated = unitStatements(grid, blocks);
  if (stated.length === 0) return { unit: "kr", source: "none" };
  const [first] = stated;
  return {
    unit: first.unit,
    source: first.source,
    cell: cellAddress(grid.sheetName, first.row, first.col),
    ...(stated.some((s) => s.unit !== first.unit) ? { conflict: stated } : {}),
  };
}
