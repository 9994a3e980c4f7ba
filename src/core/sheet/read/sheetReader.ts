// Reads the detected blocks row by row: each row is classified (classify.ts), then one small
// handler per kind adds to the model. An activity is finished (multi-year, anchoring) when the
// rows stop adding to it.
import { addressMaker } from "../address";
import type { AmountUnit } from "../amountScale";
import type { AmountCell, Model, StatedTotal } from "../model";
import { plus, ZERO_ORE } from "../../money";
import { readPartners, type PartnerSeparator } from "../partners";
import { tidyCellText } from "../text";
import type { Activity, Block, CellValue, Grid } from "../../types";
import { classifyRow, firstText, nonEmptyOf, rowFacts } from "./classify";
import type { LabelReader } from "./labels";
import {
  isBlank,
  isNotable,
  parsedAt,
  readAmounts,
  type RowAmounts,
  type YearColumn,
} from "./rowAmounts";
import { ActivityMaker, settleActivity } from "./activity";
import type { SpendingReader } from "./spending";
import { areaFromTitle, namesArea } from "./areaTitle";
import { frameColumnOf } from "./frameColumn";
import { outsideFrameOf } from "../outsideFrame";

/** What one row brings to its handler. */
interface Row {
  row: number;
  cells: CellValue[];
  amounts: RowAmounts;
}

/** The block being read: its columns, and the state its rows carry down. */
interface BlockState {
  block: Block;
  index: number;
  columns: YearColumn[];
  isYearCol: Uint8Array;
  /** A "Ramme" column saying per row whether it is paid from the frame, if the block has one. */
  frameCol: number | undefined;
  /** Focus area from the block title or the latest section row (without an area column). */
  sectionArea: string | undefined;
  /** The latest non-blank area cell (areas written once per group). */
  lastArea: string | undefined;
  /** The activity later rows may still add to (budget lines, merged continuations). */
  current: Activity | undefined;
  ids: number[];
}

export type ModelParts = Pick<
  Model,
  | "activities"
  | "amountCells"
  | "statedTotals"
  | "sheetFrames"
  | "fixedCells"
  | "blockActivities"
  | "partnerSeparators"
>;

/** What a reader fills in, before it has read a row (the wide reader and the list reader alike). */
export function emptyParts(): ModelParts {
  return {
    activities: [],
    amountCells: [],
    statedTotals: [],
    sheetFrames: {},
    fixedCells: {},
    blockActivities: [],
    partnerSeparators: [],
  };
}

export class SheetReader {
  readonly parts: ModelParts = emptyParts();
  private readonly addr: (row: number, col: number) => string;
  private readonly yearIndex: Map<number, number>;
  private readonly maker: ActivityMaker;
  // Rows tend to name the same partners ("fsb; SAB"): split each text once, copy per activity.
  private readonly partnerLists = new Map<string, string[]>();

  constructor(
    private readonly grid: Grid,
    private readonly labels: LabelReader,
    private readonly years: readonly number[],
    private readonly planYear: number,
    /** The sheet's unit: every amount cell (activities, lines, totals, the frame row) is in it. */
    private readonly unit: AmountUnit,
    /** Reads the blocks' spending columns; undefined when the sheet has none. */
    private readonly spending?: SpendingReader
  ) {
    this.addr = addressMaker(grid.sheetName);
    this.yearIndex = new Map(years.map((y, i) => [y, i]));
    this.maker = new ActivityMaker(grid.originCol, years.length, this.parts.fixedCells, (text) =>
      this.partnersOf(text)
    );
  }

  readBlock(block: Block, index: number): void {
    const s = this.blockState(block, index);
    for (let row = block.headerRow + 1; row <= block.endRow; row++) {
      const cells = this.grid.rows[row - this.grid.originRow];
      if (cells) this.readRow(s, row, cells);
    }
    this.finish(s.current);
    this.parts.blockActivities.push(s.ids);
  }

  private blockState(block: Block, index: number): BlockState {
    const originCol = this.grid.originCol;
    // Which row positions are year columns: a typed array, read for every cell.
    const isYearCol = new Uint8Array(Math.max(0, ...block.years.map((y) => y.col - originCol + 1)));
    for (const y of block.years) if (y.col >= originCol) isYearCol[y.col - originCol] = 1;
    const title = block.title;
    return {
      block,
      index,
      columns: block.years.map((y) => ({ ...y, yearIndex: this.yearIndex.get(y.year)! })),
      isYearCol,
      frameCol: frameColumnOf(this.grid, block),
      sectionArea: title && namesArea(title) ? areaFromTitle(title) : undefined,
      lastArea: undefined,
      current: undefined,
      ids: [],
    };
  }

  private readRow(s: BlockState, row: number, cells: CellValue[]): void {
    const cols = s.block.columns;
    const facts = rowFacts(cells, s.isYearCol);
    if (nonEmptyOf(facts) === 0) return;
    const amounts = readAmounts(cells, s.columns, this.grid.originCol, this.unit);
    const activity = this.labels.at(row, cells, cols.activity);
    const continues = this.labels.continues(row, cells, cols.activity);
    const hasLines = cols.budgetLine !== undefined;
    const line = hasLines
      ? tidyCellText(cells[cols.budgetLine! - this.grid.originCol] ?? null)
      : "";
    const kind = classifyRow(
      facts,
      amounts.any,
      activity,
      continues,
      line,
      hasLines,
      s.current?.name
    );
    const r: Row = { row, cells, amounts };
    switch (kind) {
      case "total":
      case "lineTotal":
        return this.onTotal(s, r, kind === "lineTotal");
      case "frame":
        return this.onFrame(s, amounts);
      case "continuation":
        this.spending?.add(s.index, s.current!.id, row, cells, this.unit);
        return this.addAmounts(s, s.current!, r, "line");
      case "section":
        return this.onSection(s, firstText(cells, s.isYearCol));
      case "activity":
        return this.onActivity(s, r, activity, line);
      case "leftover":
      case "skip":
        return;
    }
  }

  private onTotal(s: BlockState, r: Row, lineTotal: boolean): void {
    const owner = lineTotal ? s.current : undefined;
    s.columns.forEach(({ col, year }, i) => {
      const stated = r.amounts.ore[i];
      if (stated === null) return;
      const cell = this.addr(r.row, col);
      const t: StatedTotal = {
        row: r.row,
        col,
        cell,
        year,
        block: s.index,
        stated,
      };
      if (owner) {
        t.activityId = owner.id;
        (owner.totalLineCells ??= {})[year] = cell;
      }
      this.parts.statedTotals.push(t);
    });
    if (!owner) this.setCurrent(s, undefined);
  }

  private onFrame(s: BlockState, amounts: RowAmounts): void {
    const frames = this.parts.sheetFrames;
    s.columns.forEach(({ year }, i) => {
      const frame = amounts.ore[i];
      if (frame !== null && frames[year] === undefined) frames[year] = frame;
    });
  }

  private onSection(s: BlockState, text: string): void {
    // A title or section row names the focus area of the rows under it (without an area column).
    if (s.block.columns.area === undefined) s.sectionArea = areaFromTitle(tidyCellText(text));
    this.setCurrent(s, undefined);
  }

  private onActivity(s: BlockState, r: Row, name: string, line: string): void {
    const cols = s.block.columns;
    const nr = this.labels.at(r.row, r.cells, cols.nr);
    // A blank area cell continues the one above (areas written once per group), but with a Nr.
    // column a numbered activity stands alone: its blank area is none, and only its unnumbered
    // sub-activities inherit it. Guessing across numbered activities would misfile subtotals.
    const areaCell = this.labels.at(r.row, r.cells, cols.area);
    if (areaCell !== "") s.lastArea = areaCell;
    else if (cols.nr !== undefined && nr !== "") s.lastArea = undefined;
    const col = cols.activity ?? s.block.years[0].col;
    const activity = this.maker.make(
      this.parts.activities.length,
      r.row,
      r.cells,
      s.block,
      s.index,
      name,
      nr,
      cols.area !== undefined ? s.lastArea : s.sectionArea,
      this.addr(r.row, col)
    );
    const outside = outsideFrameOf(name, col, r.cells, this.grid.originCol, s);
    if (outside) activity.outsideFrame = outside;
    this.parts.activities.push(activity);
    s.ids.push(activity.id);
    this.setCurrent(s, activity);
    this.spending?.add(s.index, activity.id, r.row, r.cells, this.unit);
    const hasLines = cols.budgetLine !== undefined;
    this.addAmounts(s, activity, r, hasLines && line !== "" ? "line" : "activity");
  }

  /** Adds a row's cells to the activity's sums: null (no cell yet) → 0 on a blank, += on an amount. */
  private addAmounts(s: BlockState, a: Activity, r: Row, kind: AmountCell["kind"]): void {
    const sums = a.amounts;
    const ore = r.amounts.ore;
    for (let i = 0; i < ore.length; i++) {
      const column = s.columns[i];
      const k = column.yearIndex;
      const amount = ore[i];
      if (amount !== null) sums[k] = plus(sums[k] ?? ZERO_ORE, amount);
      else if (sums[k] === null && isBlank(r.amounts, i)) sums[k] = ZERO_ORE;
      // Only cells a rule can say something about are kept: big sheets stay cheap.
      if (!isNotable(r.amounts, i)) continue;
      this.parts.amountCells.push({
        row: r.row,
        col: column.col,
        year: column.year,
        raw: r.cells[column.col - this.grid.originCol] ?? null,
        parsed: parsedAt(r.amounts, i),
        activityId: a.id,
        kind,
      });
    }
  }

  private setCurrent(s: BlockState, a: Activity | undefined): void {
    if (s.current !== a) this.finish(s.current);
    s.current = a;
  }

  /** The rows are done with the activity: its multi-year flag and anchoring status are final. */
  private finish(a: Activity | undefined): void {
    if (a) settleActivity(a, this.years, this.planYear, this.parts.fixedCells[a.id] !== undefined);
  }

  private noteSeparator(s: PartnerSeparator): void {
    if (!this.parts.partnerSeparators.includes(s)) this.parts.partnerSeparators.push(s);
  }

  private partnersOf(text: string | undefined): string[] {
    if (!text) return [];
    let list = this.partnerLists.get(text);
    if (list === undefined) {
      const read = readPartners(text);
      list = read.partners;
      this.partnerLists.set(text, list);
      for (const s of read.separators) this.noteSeparator(s);
    }
    return list.slice();
  }
}
