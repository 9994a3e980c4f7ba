// What the engine says about spending beside the budget: the columns it read, the figures per year
// and per activity. Pure types, kept apart from the plan's own (the findings are in rules/spent*.ts).
import type { Ore } from "./money";

/** A spending column of a block ("Forbrug 2026", "Bogført pr. 30.09.2026"). Coordinates 0-based. */
export interface SpendingColumn {
  year: number;
  col: number;
  /** The date the spending runs to (ISO, "2026-09-30"), when the header gives one. */
  until?: string;
}

/** One year's spending against the plan's budget for that year. */
export interface SpendingYear {
  year: number;
  /**
   * The plan's total for the year as read; null when the sheet has no budget column for it. At
   * least this much when `budgetUnread` > 0.
   */
  budget: Ore | null;
  /**
   * The sheet states different units and none was chosen (UNIT_CONFLICT): spending and budget are
   * read in one of them, so the share and what is left cannot be known until the unit is settled.
   */
  unitConflict: boolean;
  /** The year's budget amounts that could not be read (the year's `unreadAmounts`); 0 without a budget. */
  budgetUnread: number;
  /**
   * Sum of the activities' spending with every cell read: at least this much when `unread` > 0
   * (the bounds every shell says are `spendingBounds`'s).
   */
  spent: Ore;
  /** budget − spent as read (negative when more is spent than budgeted); null without a budget. */
  notSpent: Ore | null;
  /** spent / budget as read; null without a budget above 0. */
  shareSpent: number | null;
  /** The date the spending runs to, when a header gives one (the first block's, if several). */
  until?: string;
  /** The share of the year gone by on `until` (0..1). */
  shareOfYear?: number;
  /**
   * Spending cells of the year that could not be read (text, Excel errors, formulas saved without
   * their result): their activities are left out of `spent`.
   */
  unread: number;
}

/** Spending beside the plan: only in a report of a sheet with spending columns. */
export interface SpendingReport {
  /** Every year with a spending column, ascending. */
  years: SpendingYear[];
  /**
   * Per activity (indexed by `Activity.id`), spending per year aligned with `years`: null where
   * the activity's block has no spending column for the year or any of its cells for the year
   * could not be read (no part-sum is ever given as the activity's figure); a blank cell is 0.
   */
  byActivity: (Ore | null)[][];
  /**
   * Per activity id, aligned with `years`: how many of its spending cells could not be read;
   * undefined for an activity whose every spending cell was read.
   */
  unreadByActivity: (number[] | undefined)[];
}
