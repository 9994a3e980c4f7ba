// Reads the spending columns ("Forbrug 2026") of an activity's rows, through the very same amount
// reading as the budget (readAmounts), so a spending cell means what a budget cell would mean.
import type { AmountUnit } from "../amountScale";
import type { Ore } from "../../money";
import { plus, ZERO_ORE } from "../../money";
import type { ParsedAmount } from "../parseAmount";
import type { Block, CellValue } from "../../types";
import { isBlank, parsedAt, readAmounts, type YearColumn } from "./rowAmounts";

/** A spending cell of an activity that is not an amount: where, and what it holds. */
export interface SpendingCell {
  row: number;
  col: number;
  year: number;
  activityId: number;
  /** What the cell holds instead of an amount. */
  value: { text: string } | { error: string };
}

/** The sheet's spending as read: years, dates, sums per activity and the cells a rule may name. */
export interface SpendingRead {
  /** Every year with a spending column in any block, ascending. */
  years: number[];
  /** Aligned with `years`: the date the first block's column for the year runs to. */
  until: (string | undefined)[];
  /** Per activity id: spending per year aligned with `years` (null: no cell, or none readable). */
  byActivity: (Ore | null)[][];
  /** Per activity id and year index: the first spending cell (the activity's own row's). */
  firstCell: ({ row: number; col: number } | undefined)[][];
  /** Spending cells that are not amounts. */
  unread: SpendingCell[];
}

/** The spending reader for a sheet's blocks; undefined when no block has a spending column. */
export function spendingReader(
  blocks: readonly Block[],
  originCol: number
): SpendingReader | undefined {
  return blocks.some((b) => b.spending) ? new SpendingReader(blocks, originCol) : undefined;
}

export class SpendingReader {
  readonly read: SpendingRead;
  private readonly columns: YearColumn[][];

  constructor(
    blocks: readonly Block[],
    private readonly originCol: number
  ) {
    const years = [...new Set(blocks.flatMap((b) => (b.spending ?? []).map((s) => s.year)))].sort(
      (a, b) => a - b
    );
    const until = years.map((y) => {
      for (const b of blocks) {
        const c = b.spending?.find((s) => s.year === y);
        if (c) return c.until;
      }
      return undefined;
    });
    this.read = { years, until, byActivity: [], firstCell: [], unread: [] };
    this.columns = blocks.map((b) =>
      (b.spending ?? []).map((s) => ({
        year: s.year,
        col: s.col,
        yearIndex: years.indexOf(s.year),
      }))
    );
  }

  /**
   * Adds a row's spending cells (the activity's own row or one of its budget lines), in the sheet's
   * unit: the one its budget cells are read in.
   */
  add(
    block: number,
    activityId: number,
    row: number,
    cells: readonly CellValue[],
    unit: AmountUnit
  ): void {
    this.addColumns(this.columns[block], activityId, row, cells, unit);
  }

  /** A long list's row: its spending cell counts for the year its year cell names, and no other. */
  addListRow(
    activityId: number,
    year: number,
    row: number,
    cells: readonly CellValue[],
    unit: AmountUnit
  ): void {
    const columns = this.columns[0].filter((c) => c.year === year);
    this.addColumns(columns, activityId, row, cells, unit);
  }

  private addColumns(
    columns: readonly YearColumn[],
    activityId: number,
    row: number,
    cells: readonly CellValue[],
    unit: AmountUnit
  ): void {
    const n = this.read.years.length;
    const sums = (this.read.byActivity[activityId] ??= new Array<Ore | null>(n).fill(null));
    const first = (this.read.firstCell[activityId] ??= new Array(n).fill(undefined));
    if (columns.length === 0) return;
    const amounts = readAmounts(cells, columns, this.originCol, unit);
    columns.forEach((column, i) => {
      const k = column.yearIndex;
      first[k] ??= { row, col: column.col };
      const amount = amounts.ore[i];
      if (amount !== null) sums[k] = plus(sums[k] ?? ZERO_ORE, amount);
      else if (isBlank(amounts, i)) sums[k] ??= ZERO_ORE;
      else
        this.read.unread.push({
          row,
          col: column.col,
          year: column.year,
          activityId,
          value: valueOf(parsedAt(amounts, i)),
        });
    });
  }
}

/** A cell that is not an amount, as a finding names it. */
function valueOf(p: ParsedAmount): { text: string } | { error: string } {
  if (p.kind === "error") return { error: p.error };
  return { text: p.kind === "text" ? p.text : "" };
}
