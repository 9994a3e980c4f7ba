// What a year's spending figures are worth when cells could not be read: an unread spending cell
// makes what is spent a lower bound (and what is left an upper one), an unread budget amount
// makes the budget a lower bound (what is left a lower bound, the share spent an upper one), and
// with both, neither what is left nor the share can be known; nor with two units on the sheet
// (either may be 1.000 times off the other). One answer every shell words.
import type { Ore } from "./money";
import type { SpendingYear } from "./spendingTypes";

/** How a figure stands to the true one: it is it, the true one is at least it, or at most it. */
export type Bound = "exact" | "atLeast" | "atMost";

export interface Bounded<T> {
  value: T;
  bound: Bound;
}

export interface SpendingBounds {
  /** The year's budget (exact, or at least); null when the sheet has no budget column for it. */
  budget: Bounded<Ore> | null;
  /** What is spent (exact, or at least). */
  spent: Bounded<Ore>;
  /**
   * budget − spent: null without a budget; "unknown" when both the budget and the spending have
   * cells not read (either may hide any amount, so the difference can be anything), or when the
   * sheet states two units.
   */
  notSpent: Bounded<Ore> | "unknown" | null;
  /** spent / budget: null without a budget above 0; "unknown" as for `notSpent`. */
  shareSpent: Bounded<number> | "unknown" | null;
}

const bounded = <T>(value: T, bound: Bound): Bounded<T> => ({ value, bound });

/** The bound of a figure that moves the other way: at most left is at least spent beyond, etc. */
export function opposite(bound: Bound): Bound {
  return bound === "atMost" ? "atLeast" : bound === "atLeast" ? "atMost" : "exact";
}

export function spendingBounds(y: SpendingYear): SpendingBounds {
  const spentPartial = y.unread > 0;
  const budgetPartial = y.budget !== null && y.budgetUnread > 0;
  const spent = bounded(y.spent, spentPartial ? "atLeast" : "exact");
  if (y.budget === null) return { budget: null, spent, notSpent: null, shareSpent: null };
  const budget = bounded(y.budget, budgetPartial ? "atLeast" : "exact");
  if ((spentPartial && budgetPartial) || y.unitConflict) {
    return {
      budget,
      spent,
      notSpent: "unknown",
      shareSpent: y.shareSpent === null ? null : "unknown",
    };
  }
  // More spent than read: less left, a larger share. More budget than read: more left, a smaller share.
  const rest: Bound = spentPartial ? "atMost" : budgetPartial ? "atLeast" : "exact";
  const share = opposite(rest);
  return {
    budget,
    spent,
    notSpent: y.notSpent === null ? null : bounded(y.notSpent, rest),
    shareSpent: y.shareSpent === null ? null : bounded(y.shareSpent, share),
  };
}

/**
 * Spent beyond the budget for certain: what is left is below 0 and the true rest can only be
 * lower still. An over-budget figure resting on a partial budget is at most over, so not this.
 */
export function surelyOverBudget(b: SpendingBounds): boolean {
  const r = b.notSpent;
  return r !== null && r !== "unknown" && r.value < 0 && r.bound !== "atLeast";
}
