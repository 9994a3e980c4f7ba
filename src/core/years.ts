// A year's answer against its frame: the figures, and whether they can be trusted (uncertainty is
// data: a year with unread amounts or a doubted unit says so, and no shell turns it into a check).
import type { Ore } from "./money";

/**
 * A year's answer: over the frame, within it, uncertain (amounts left out of its total could not
 * be read, or the unit is in doubt: never shown as an all-clear), or shown to compare only.
 */
export type YearStatus = "over" | "within" | "uncertain" | "compareOnly";

/** Per-year derived values. */
export interface YearSummary {
  year: number;
  /** The amounts read; at least this much when `unreadAmounts` > 0. */
  total: Ore;
  frame: Ore;
  /** frame − total (negative when over); at most this much when `unreadAmounts` > 0. */
  leftover: Ore;
  overFrame: boolean;
  /** Years before the plan year: shown to compare, not checked against the frame. */
  compareOnly: boolean;
  /** Amount cells of this year left out of `total`: text that is no amount, Excel errors. */
  unreadAmounts: number;
  /** True when the unit guard doubts the amounts' unit (UNIT_IN_DOUBT). */
  unitInDoubt: boolean;
  /**
   * True when the sheet states different units and no setting decides (UNIT_CONFLICT): the figures
   * are read in one of them, and the status holds in every unit stated: over or within only when
   * every reading says so (then `margin`), else uncertain.
   */
  unitConflict?: boolean;
  /**
   * Amounts in `total` of list activities whose rows disagree in the Ramme column (inside on one
   * row, outside on another): counted inside, but the year is over only if it is over without
   * them, and uncertain where they decide it. Present only when not 0.
   */
  frameInDoubt?: Ore;
  /**
   * When the year's figures are in doubt (two units, or `frameInDoubt`) and it is over (or within)
   * the frame whichever way they are read: the smallest overrun (or leftover), said "mindst".
   */
  margin?: Ore;
  status: YearStatus;
  /** Amounts of rows outside the frame (project management …): shown apart, not in `total`. */
  outsideFrame?: Ore;
}
