// Reads a long list (one row per activity and year, or per activity, year and budget line) into
// the same model a wide table gives: rows grouped by activity (Nr. and name; its rows need not be
// adjacent), each row's amount added to the year its year cell names, in the sheet's unit and
// through the very amount reading wide tables use, so every rule works on top unchanged.
import { addressMaker } from "../address";
import type { AmountUnit } from "../amountScale";
import { isFixedGrantText } from "../anchoring";
import { listYear } from "../detectList";
import type { Model, StatedTotal, UnplacedRow } from "../model";
import { plus, ZERO_ORE } from "../../money";
import { outsideFrameOf } from "../outsideFrame";
import { readPartners } from "../partners";
import { cellLabel, fold, isTotalLabel, tidyCellText } from "../text";
import type { Activity, Block, CellValue, Grid, ListColumns } from "../../types";
import { ActivityMaker, settleActivity } from "./activity";
import { markerOf, nonEmptyOf, rowFacts } from "./classify";
import { frameColumnOf } from "./frameColumn";
import type { LabelReader } from "./labels";
import { ListValues, type NewValue } from "./listValues";
import { isBlank, isNotable, parsedAt, readAmounts, type RowAmounts } from "./rowAmounts";
import { emptyParts, type ModelParts } from "./sheetReader";
import type { SpendingReader } from "./spending";

/** One list row as its handlers need it. */
interface ListRow {
  row: number;
  cells: CellValue[];
  /** The year its year cell names, if it names one. */
  year: number | undefined;
  /** The amount cell, read as wide tables read theirs (one column). */
  amount: RowAmounts;
  name: string;
  nr: string;
  line: string;
}

export class ListReader {
  readonly parts: ModelParts = emptyParts();
  readonly unplaced: UnplacedRow[] = [];
  private readonly addr: (row: number, col: number) => string;
  private readonly yearIndex: Map<number, number>;
  private readonly maker: ActivityMaker;
  private readonly values: ListValues;
  private readonly list: ListColumns;
  private readonly isYearCol: Uint8Array;
  private readonly frameCol: number | undefined;
  /** Activities by folded "Nr.|name", by name alone (the latest), and by Nr. alone. */
  private readonly byKey = new Map<string, Activity>();
  private readonly byName = new Map<string, Activity>();
  private readonly byNr = new Map<string, Activity>();
  /** The activity of the row above, which a row without name and Nr. continues. */
  private current: Activity | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly block: Block,
    private readonly labels: LabelReader,
    private readonly years: readonly number[],
    private readonly planYear: number,
    private readonly unit: AmountUnit,
    /** Reads the list's spending column ("Forbrug"); undefined when it has none. */
    private readonly spending?: SpendingReader
  ) {
    this.list = block.list!;
    this.addr = addressMaker(grid.sheetName);
    this.yearIndex = new Map(years.map((y, i) => [y, i]));
    this.maker = new ActivityMaker(grid.originCol, years.length, this.parts.fixedCells, (text) =>
      this.partnersOf(text)
    );
    this.values = new ListValues(block, grid.originCol, labels);
    const width = Math.max(this.list.yearCol, this.list.amountCol) - grid.originCol + 1;
    this.isYearCol = new Uint8Array(Math.max(0, width));
    for (const c of [this.list.yearCol, this.list.amountCol]) {
      if (c >= grid.originCol) this.isYearCol[c - grid.originCol] = 1;
    }
    this.frameCol = frameColumnOf(grid, block);
  }

  /** Reads every row of the list, then settles each activity (multi-year, anchoring). */
  read(): Model["list"] {
    const ids: number[] = [];
    for (let row = this.block.headerRow + 1; row <= this.block.endRow; row++) {
      const cells = this.grid.rows[row - this.grid.originRow];
      if (cells) this.readRow(row, cells, ids);
    }
    for (const a of this.parts.activities) {
      settleActivity(a, this.years, this.planYear, this.parts.fixedCells[a.id] !== undefined);
    }
    this.parts.blockActivities.push(ids);
    return { unplaced: this.unplaced, conflicts: this.values.conflicts };
  }

  private readRow(row: number, cells: CellValue[], ids: number[]): void {
    const facts = rowFacts(cells, this.isYearCol);
    if (nonEmptyOf(facts) === 0) return;
    const cols = this.block.columns;
    const origin = this.grid.originCol;
    const yearCell = cells[this.list.yearCol - origin] ?? null;
    const year = listYear(yearCell);
    const column = { year: year ?? 0, col: this.list.amountCol, yearIndex: 0 };
    const r: ListRow = {
      row,
      cells,
      year,
      amount: readAmounts(cells, [column], origin, this.unit),
      name: this.labels.at(row, cells, cols.activity),
      nr: this.labels.at(row, cells, cols.nr),
      line: cols.budgetLine === undefined ? "" : tidyCellText(cells[cols.budgetLine - origin]),
    };
    const marker = markerOf(facts);
    if (marker === "total") return this.onTotal(r);
    if (marker === "frame") return this.onFrame(r);
    if (marker === "leftover") return;
    // No year and no amount: a note or a heading under the list, not a row of the plan.
    if (year === undefined && !r.amount.any && cellLabel(yearCell) === "") return;
    const a = this.activityFor(r, ids);
    if (!a) return;
    this.readValues(a, r);
    if (year === undefined) return this.onUnplaced(a, r, yearCell);
    this.addAmount(a, r, year);
    this.spending?.addListRow(a.id, year, row, cells, this.unit);
  }

  /** The row's activity: found by Nr. and name, or made; a row with neither continues the one above. */
  private activityFor(r: ListRow, ids: number[]): Activity | undefined {
    const name = fold(r.name);
    const nr = fold(r.nr);
    if (name === "" && nr === "") return this.current;
    const found = this.find(name, nr);
    if (found) return (this.current = found);
    const cols = this.block.columns;
    const col = cols.activity!;
    const a = this.maker.make(
      this.parts.activities.length,
      r.row,
      r.cells,
      this.block,
      0,
      r.name,
      r.nr,
      this.labels.at(r.row, r.cells, cols.area) || undefined,
      this.addr(r.row, col)
    );
    this.parts.activities.push(a);
    ids.push(a.id);
    this.byKey.set(`${nr}|${name}`, a);
    if (name !== "") this.byName.set(name, a);
    if (nr !== "" && !this.byNr.has(nr)) this.byNr.set(nr, a);
    return (this.current = a);
  }

  /**
   * Optional cells: first values fill in what the first row left blank; outside-frame marks. Rows
   * that disagree in the Ramme column leave the activity inside the frame, in doubt.
   */
  private readValues(a: Activity, r: ListRow): void {
    for (const v of this.values.add(a, r.row, r.cells)) {
      if (r.row !== a.row) this.fillIn(a, v);
    }
    const frameCol = this.frameCol;
    if (frameCol !== undefined && this.values.addFrame(a, r.row, r.cells, frameCol)) {
      a.frameInDoubt = true;
      if (a.outsideFrame?.reason === "frameColumn") delete a.outsideFrame;
    }
    if (a.outsideFrame) return;
    const col = this.block.columns.activity!;
    const state = { isYearCol: this.isYearCol, frameCol: a.frameInDoubt ? undefined : frameCol };
    const o = outsideFrameOf(a.name, col, r.cells, this.grid.originCol, state);
    if (o) a.outsideFrame = r.row === a.row ? o : { ...o, row: r.row };
  }

  private fillIn(a: Activity, v: NewValue): void {
    if (v.role === "area") a.area = v.text;
    else if (v.role === "responsible") a.responsible = v.text;
    else if (v.role === "partners") a.partners = this.partnersOf(v.raw);
    else if (v.role === "anchoring") a.anchoringText = v.text;
    else a.grantType = v.text;
    const fixedRole = v.role === "grantType" || v.role === "anchoring";
    if (fixedRole && !this.parts.fixedCells[a.id] && isFixedGrantText(v.text)) {
      this.parts.fixedCells[a.id] = { col: v.col, text: v.text, row: v.row };
    }
  }

  /** Adds the row's amount to its year: null (no cell yet) → 0 on a blank, += on an amount. */
  private addAmount(a: Activity, r: ListRow, year: number): void {
    const k = this.yearIndex.get(year)!;
    const amount = r.amount.ore[0];
    if (amount !== null) a.amounts[k] = plus(a.amounts[k] ?? ZERO_ORE, amount);
    else if (a.amounts[k] === null && isBlank(r.amount, 0)) a.amounts[k] = ZERO_ORE;
    const rows = (a.listRows ??= {});
    rows[year] ??= r.row;
    if (!isNotable(r.amount, 0)) return;
    this.parts.amountCells.push({
      row: r.row,
      col: this.list.amountCol,
      year,
      raw: r.cells[this.list.amountCol - this.grid.originCol] ?? null,
      parsed: parsedAt(r.amount, 0),
      activityId: a.id,
      kind: r.line !== "" ? "line" : "activity",
    });
  }

  /** A year cell that is no year: its amount is in no year, and said so at the cell. */
  private onUnplaced(a: Activity, r: ListRow, yearCell: CellValue): void {
    const parsed = parsedAt(r.amount, 0);
    const raw = r.cells[this.list.amountCol - this.grid.originCol] ?? null;
    const u: UnplacedRow = {
      at: { row: r.row, col: this.list.yearCol, text: shown(yearCell) },
      activityId: a.id,
    };
    if (parsed.kind === "amount" && !isBlank(r.amount, 0)) u.amount = { ore: parsed.ore };
    else if (parsed.kind === "text" || parsed.kind === "error") u.amount = { text: shown(raw) };
    this.unplaced.push(u);
  }

  /** "I alt": an activity's own total line (budget lines), or the list's total for a year. */
  private onTotal(r: ListRow): void {
    const stated = r.amount.ore[0];
    const owner = this.block.columns.budgetLine !== undefined && isTotalLabel(r.line);
    const a = owner ? this.ownerOf(r) : undefined;
    if (!a) this.current = undefined;
    if (r.year === undefined || stated === null) return;
    const cell = this.addr(r.row, this.list.amountCol);
    const t: StatedTotal = {
      row: r.row,
      col: this.list.amountCol,
      cell,
      year: r.year,
      block: 0,
      stated,
    };
    if (a) {
      t.activityId = a.id;
      (a.totalLineCells ??= {})[r.year] = cell;
    }
    this.parts.statedTotals.push(t);
  }

  /** The activity an "I alt" budget line belongs to: named on the row, or the one above. */
  private ownerOf(r: ListRow): Activity | undefined {
    const name = fold(r.name);
    const nr = fold(r.nr);
    return name === "" && nr === "" ? this.current : this.find(name, nr);
  }

  /**
   * An activity already read, by folded name and Nr.: both (the same name with another Nr. is
   * another activity), the Nr. alone, or the name alone (a later row may leave the Nr. blank).
   */
  private find(name: string, nr: string): Activity | undefined {
    if (name === "") return this.byNr.get(nr);
    return nr === "" ? this.byName.get(name) : this.byKey.get(`${nr}|${name}`);
  }

  private onFrame(r: ListRow): void {
    const frame = r.amount.ore[0];
    if (r.year !== undefined && frame !== null) this.parts.sheetFrames[r.year] ??= frame;
  }

  private partnersOf(text: string | undefined): string[] {
    const read = readPartners(text);
    for (const s of read.separators) {
      if (!this.parts.partnerSeparators.includes(s)) this.parts.partnerSeparators.push(s);
    }
    return read.partners;
  }
}

/** What a cell shows, for a message: text as typed, numbers as numbers, errors by name. */
function shown(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return typeof v === "string" ? tidyCellText(v) : String(v);
}
