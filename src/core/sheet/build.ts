// The sheet read into the model the rules look at: blocks detected, the plan year resolved, then
// each block's rows read by the SheetReader (read/: classifier, handlers, labels, amounts).
import { cellAddress } from "./address";
import { detectBlocks } from "./detect";
import type { Model } from "./model";
import { resolvePlanYear } from "./planYear";
import { LabelReader } from "./read/labels";
import { ListReader } from "./read/listReader";
import { SheetReader } from "./read/sheetReader";
import { readSheetUnit } from "./sheetUnit";
import { spendingReader } from "./read/spending";
import { tidyCellText } from "./text";
import type { Activity, Block, Grid, Settings } from "../types";

/** Texts that may name the plan year: title rows above the first header, and block titles. */
function titleTexts(grid: Grid, blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const firstHeaderIdx = blocks[0].headerRow - grid.originRow;
  for (let r = 0; r < firstHeaderIdx; r++) {
    for (const v of grid.rows[r] ?? []) {
      const t = tidyCellText(v);
      if (t) out.push(t);
    }
  }
  for (const b of blocks) if (b.title) out.push(b.title);
  return out;
}

/** Every year column of every block, ascending. */
function allYears(blocks: readonly Block[]): number[] {
  const set = new Set<number>();
  for (const b of blocks) for (const y of b.years) set.add(y.year);
  return [...set].sort((a, b) => a - b);
}

export function buildModel(grid: Grid, settings: Settings): Model | undefined {
  const blocks = detectBlocks(grid, settings);
  if (blocks.length === 0) return undefined;
  const sheet = grid.sheetName;
  const years = allYears(blocks);
  const plan = resolvePlanYear({
    settings,
    workbookTitle: grid.workbookTitle,
    sheetName: sheet,
    titleTexts: titleTexts(grid, blocks),
    yearColumns: years,
  });
  const unit = readSheetUnit(grid, blocks, settings);
  const labels = new LabelReader(grid, blocks);
  const spending = spendingReader(blocks, grid.originCol);
  // What the model holds whichever reader reads the rows.
  const common = {
    grid,
    settings,
    sheet,
    planYear: plan.year,
    planYearSource: plan.source,
    unit,
    blocks,
    years,
    ...(spending ? { spending: spending.read } : {}),
  };
  if (blocks[0].list) {
    // A long list is one block, read by its own reader into the same model.
    const list = new ListReader(grid, blocks[0], labels, years, plan.year, unit.unit, spending);
    const read = list.read();
    return { ...common, ...list.parts, list: read };
  }
  const reader = new SheetReader(grid, labels, years, plan.year, unit.unit, spending);
  blocks.forEach((block, i) => reader.readBlock(block, i));
  return { ...common, ...reader.parts };
}

/**
 * Sheet-qualified address of an activity's amount cell for a year: its "I alt" line's when it has
 * one, else the activity row's. Undefined when the activity's block has no column for that year.
 */
export function amountCell(
  where: { sheet: string; blocks: readonly Block[] },
  a: Activity,
  year: number
): string | undefined {
  const onLine = a.totalLineCells?.[year];
  if (onLine !== undefined) return onLine;
  const y = where.blocks[a.block]?.years.find((b) => b.year === year);
  if (y === undefined) return undefined;
  // A long list holds each year on a row of its own: undefined when the activity has none for it.
  if (a.listRows) {
    const row = a.listRows[year];
    return row === undefined ? undefined : cellAddress(where.sheet, row, y.col);
  }
  return cellAddress(where.sheet, a.row, y.col);
}
