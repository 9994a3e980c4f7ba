// Which unit the sheet keeps its amounts in, read where people write it: the settings first, then
// the amount columns' headers, a note row or the title above the table, the frame row's label.
// A number format that only shows thousands (#.##0,) is no unit: the grid holds values, not formats.
import { cellAddress } from "./address";
import type { AmountUnit } from "./amountScale";
import { presentValues, sparseIndexes } from "./rowCells";
import { fold, isFrameFolded, mayBeMarker, tidyCellText } from "./text";
import type { Block, CellValue, Grid, Settings } from "../types";

/** Where the unit was read: settings (or --unit), a header, a note row, a title, the frame row. */
export type UnitSource = "settings" | "header" | "note" | "title" | "frameLabel" | "none";

export interface UnitReading {
  unit: AmountUnit;
  source: UnitSource;
  /** Sheet-qualified A1 address of the cell that states it (not for settings or none). */
  cell?: string;
}

// Longest spelling first: "millioner" must not stop at "mill".
const LETTER = /[a-zæøå]/;
const UNIT_TOKENS: readonly [AmountUnit, RegExp][] = [
  ["mio", /(?:millioner|millions?|mill|mio)\.?(?![a-zæøå])/g],
  [
    "1000",
    new RegExp(
      [
        /1[. ,]?000 ?(?:kr\.?|kroner|dkk)(?![a-zæøå])/.source,
        /(?:kr\.?|dkk) ?1[. ,]?000(?!\d|[.,]\d)/.source,
        /t\.? ?(?:kr|dkk)(?![a-zæøå])/.source,
        /tusinde? ?(?:kr|kroner|dkk)(?![a-zæøå])/.source,
        /i tusinder?(?![a-zæøå])/.source,
        /'000(?!\d)/.source,
        /thousands?(?![a-z])/.source,
      ].join("|"),
      "g"
    ),
  ],
  ["kr", /(?:kroner|kr\.?|dkk)(?![a-zæøå])(?!\.? ?\d)/g],
];

const AMOUNT_WORD_BEFORE = /(?:millioner|millions?|mill|mio)\.? ?$/;

/** A unit word counts only when no number stands right before it ("1,9 mio." is an amount). */
function standsAlone(text: string, index: number): boolean {
  // "1,9 mio. kr.": the "kr." of an amount in millions belongs to the amount too.
  const before = text.slice(Math.max(0, index - 16), index).replace(AMOUNT_WORD_BEFORE, "");
  if (/\d(?:[.,]| )?$/.test(before)) return false;
  // A word ("t.kr.", "mio.") must start a word: "budget kr." is not "t kr.".
  return !(LETTER.test(text[index]) && index > 0 && LETTER.test(text[index - 1]));
}

/** The unit a text states ("Beløb i 1.000 kr.", "2026 (t.kr.)", "mio. kr."), if any. */
export function unitIn(raw: string): AmountUnit | undefined {
  const text = raw
    .toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\s]+/g, " ")
    .replace(/[’‘´`]/g, "'");
  for (const [unit, re] of UNIT_TOKENS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (standsAlone(text, m.index)) return unit;
    }
  }
  return undefined;
}

interface Found {
  unit: AmountUnit;
  row: number;
  col: number;
}

/** The first cell in `cols` (all when undefined) of sheet row `row` whose text states a unit. */
function unitInRow(
  grid: Grid,
  row: number,
  cols?: { from: number; to: number }
): Found | undefined {
  const cells = grid.rows[row - grid.originRow];
  if (!cells) return undefined;
  const present = sparseIndexes(cells);
  const width = present ? present.length : cells.length;
  for (let j = 0; j < width; j++) {
    const i = present ? present[j] : j;
    const v: CellValue = cells[i];
    if (typeof v !== "string" || v === "") continue;
    const col = grid.originCol + i;
    if (cols && (col < cols.from || col > cols.to)) continue;
    const unit = unitIn(v);
    if (unit) return { unit, row, col };
  }
  return undefined;
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

function fromHeaders(grid: Grid, blocks: readonly Block[]): Found | undefined {
  for (const b of blocks) {
    const cols = b.years.map((y) => y.col);
    const span = { from: Math.min(...cols), to: Math.max(...cols) };
    for (const r of headerRows(grid, b)) {
      const found = unitInRow(grid, r, span);
      if (found) return found;
    }
  }
  return undefined;
}

/** Rows above the first header (its upper row excluded): the first non-empty is the title. */
function fromAbove(grid: Grid, blocks: readonly Block[]): (Found & { first: boolean }) | undefined {
  const top = Math.min(...headerRows(grid, blocks[0]));
  let first = true;
  for (let r = grid.originRow; r < top; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells || presentValues(cells).every((v) => v === null || v === "")) continue;
    const found = unitInRow(grid, r);
    if (found) return { ...found, first };
    first = false;
  }
  return undefined;
}

/** A later block's own title row (a text-only row above its header). */
function fromBlockTitles(grid: Grid, blocks: readonly Block[]): Found | undefined {
  for (const b of blocks.slice(1)) {
    if (!b.title || !unitIn(b.title)) continue;
    for (let r = b.headerRow - 1; r >= Math.max(grid.originRow, b.headerRow - 4); r--) {
      const found = unitInRow(grid, r);
      if (found) return found;
    }
  }
  return undefined;
}

/** A "Ramme (1.000 kr.)" label: a short text left of the year columns that reads as a frame. */
function fromFrameLabel(grid: Grid, blocks: readonly Block[]): Found | undefined {
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
        if (unit) return { unit, row: r, col: grid.originCol + c };
      }
    }
  }
  return undefined;
}

/** The sheet's unit and where it was read; kroner ("none") when nothing states one. */
export function readSheetUnit(
  grid: Grid,
  blocks: readonly Block[],
  settings: Settings
): UnitReading {
  if (settings.unit !== undefined) return { unit: settings.unit, source: "settings" };
  const at = (f: Found, source: UnitSource): UnitReading => ({
    unit: f.unit,
    source,
    cell: cellAddress(grid.sheetName, f.row, f.col),
  });
  const header = fromHeaders(grid, blocks);
  if (header) return at(header, "header");
  const above = fromAbove(grid, blocks);
  if (above) return at(above, above.first ? "title" : "note");
  const title = fromBlockTitles(grid, blocks);
  if (title) return at(title, "title");
  const frame = fromFrameLabel(grid, blocks);
  if (frame) return at(frame, "frameLabel");
  return { unit: "kr", source: "none" };
}
