// `--json`'s spending figures of a year with their bounds, from spendingBounds (the one answer the
// words say too): where cells could not be read, a script is told which way a figure may be off,
// and where a figure cannot be known it gets null and "unknown", never a number.
import { z } from "zod";
import { oreToKr } from "../money";
import { spendingBounds, type Bounded } from "../spendingBounds";
import type { Ore, SpendingYear } from "../types";

const bound = z.enum(["exact", "atLeast", "atMost", "unknown"]);

/** The keys a year with spending gains beside `spent` and `spentUntil`. */
export const jsonSpendingYearShape = {
  /** Spending cells of the year not read (their activities are left out of `spent`). */
  spentUnread: z.number().int().min(0).optional(),
  /** "atLeast" when spending cells could not be read: more may have been spent. */
  spentBound: z.enum(["exact", "atLeast"]).optional(),
  /** budget − spent (kroner); null without a budget, or when it cannot be known. */
  notSpent: z.number().finite().nullable().optional(),
  /** How `notSpent` stands to the true figure; "unknown" when budget and spending both miss cells; null without a budget. */
  notSpentBound: bound.nullable().optional(),
  /** spent / budget (0.51 is 51 %); null without a budget above 0, or when it cannot be known. */
  shareSpent: z.number().finite().nullable().optional(),
  /** How `shareSpent` stands to the true share, as `notSpentBound`. */
  shareSpentBound: bound.nullable().optional(),
};

type Keys = {
  [K in keyof typeof jsonSpendingYearShape]-?: z.infer<(typeof jsonSpendingYearShape)[K]>;
};

const figure = <T, U>(b: Bounded<T> | "unknown" | null, to: (v: T) => U) =>
  b === null
    ? { value: null, bound: null }
    : b === "unknown"
      ? { value: null, bound: "unknown" as const }
      : { value: to(b.value), bound: b.bound };

export function jsonSpendingBounds(y: SpendingYear): NonNullable<Keys> {
  const b = spendingBounds(y);
  const rest = figure(b.notSpent, (v: Ore) => oreToKr(v));
  const share = figure(b.shareSpent, (v: number) => v);
  return {
    spentUnread: y.unread,
    spentBound: b.spent.bound === "exact" ? "exact" : "atLeast",
    notSpent: rest.value,
    notSpentBound: rest.bound,
    shareSpent: share.value,
    shareSpentBound: share.bound,
  };
}
