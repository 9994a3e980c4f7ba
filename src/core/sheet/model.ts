// What the rules look at: the sheet read into activities, amount cells and stated totals.
import type { ParsedAmount } from "./parseAmount";
import type { PartnerSeparator } from "./partners";
import type { SpendingRead } from "./read/spending";
import type { CellValue, Grid, Ore, Settings, SheetReading } from "../types";

export type AmountCellKind = "activity" | "line";

/**
 * An amount cell that feeds an activity (its own row or one of its budget lines) and that a rule
 * may report: text, Excel errors, negative or ambiguous amounts. Plain amounts are not kept.
 */
export interface AmountCell {
  row: number;
  col: number;
  year: number;
  raw: CellValue;
  parsed: ParsedAmount;
  activityId: number;
  kind: AmountCellKind;
}

/** A total the sheet states (block "I alt" row, or an activity's "I alt" budget line). */
export interface StatedTotal {
  row: number;
  col: number;
  /** The same cell in A1, for `amountCell()` on an activity's own "I alt" line. */
  cell: string;
  year: number;
  block: number;
  stated: Ore;
  /** Set for an activity's own "I alt" line. */
  activityId?: number;
}

export interface Model extends SheetReading {
  grid: Grid;
  settings: Settings;
  amountCells: AmountCell[];
  statedTotals: StatedTotal[];
  /** Frames read from a "Ramme" row, per year. */
  sheetFrames: Record<number, Ore>;
  /** Every year column found, ascending. */
  years: number[];
  /** Per block: the activity ids in sheet order. */
  blockActivities: number[][];
  /** The separators that split the sheet's partners cells (for the hint: write them the same way). */
  partnerSeparators: PartnerSeparator[];
  /**
   * Cells where the text that marks an activity as a fixed grant was found: on the activity's row,
   * or (on a long list) on `row` when a later row of the activity says it.
   */
  fixedCells: Record<number, { col: number; text: string; row?: number }>;
  /** The spending columns as read; absent when the sheet has none. */
  spending?: SpendingRead;
  /** What only a long list can have (rows without a year, values its rows disagree on). */
  list?: ListRead;
}

/** The optional columns an activity's rows in a long list may disagree on. */
export type ListValueRole =
  | "area"
  | "responsible"
  | "partners"
  | "anchoring"
  | "grantType"
  /** The Ramme column: one row says inside the frame, another outside. */
  | "frame";

/** A value in one cell of a long list. */
export interface ListCellText {
  row: number;
  col: number;
  text: string;
}

/** Two rows of one activity name different values in the same column: the first one counts. */
export interface ListConflict {
  activityId: number;
  role: ListValueRole;
  first: ListCellText;
  other: ListCellText;
}

/** A list row whose year cell is no year: its amount is counted in no year. */
export interface UnplacedRow {
  /** The year cell, and what it shows ("" when blank). */
  at: ListCellText;
  activityId: number;
  /** The row's amount: read (øre), unread (its text), or absent (blank). */
  amount?: { ore: Ore } | { text: string };
}

export interface ListRead {
  unplaced: UnplacedRow[];
  conflicts: ListConflict[];
}
