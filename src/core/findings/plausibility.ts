// The unit guard: with no unit stated, amounts that are implausibly small against the frame are
// most likely kept in 1.000 kr. (or mio. kr.). Then no year is an all-clear and the report says how
// to state the unit. The rule, named: every amount read is below 10.000 kr., and every year from
// the plan year on has a total under 1 % of its frame or a frame under 10.000 kr. itself.
import type { Ore } from "../money";
import { MIN_FRAME_ORE } from "../settings";
import type { Model } from "../sheet/model";
import { withoutMargin } from "../derived";
import type { YearSummary } from "../types";

/** Below this, an amount or a frame is small for a safety plan (its frame is 1.900.000 kr.). */
export const SMALL_AMOUNT = MIN_FRAME_ORE;
/** A year's total under this share of its frame (1 %) is implausible when no unit is stated. */
const SHARE_DIVISOR = 100;

export interface UnitDoubt {
  /** The plan year (or the first year checked), whose figures the warning names. */
  year: number;
  total: Ore;
  frame: Ore;
  /** The largest amount read (absolute). */
  largest: Ore;
  /** The unit the amounts most likely are in. */
  likely: "1000" | "mio";
}

function largestAmount(model: Model): number {
  let largest = 0;
  for (const a of model.activities) {
    for (const v of a.amounts) if (v !== null && Math.abs(v) > largest) largest = Math.abs(v);
  }
  return largest;
}

const implausibleYear = (y: YearSummary): boolean =>
  y.frame < SMALL_AMOUNT || y.total * SHARE_DIVISOR < y.frame;

/** The guard's verdict: undefined when a unit is stated or the amounts are plausible. */
export function unitDoubt(model: Model, years: readonly YearSummary[]): UnitDoubt | undefined {
  if (model.unit.source !== "none") return undefined;
  const checked = years.filter((y) => !y.compareOnly);
  const largest = largestAmount(model);
  if (checked.length === 0 || largest === 0 || largest >= SMALL_AMOUNT) return undefined;
  if (!checked.every(implausibleYear)) return undefined;
  const y = checked.find((s) => s.year === model.planYear) ?? checked[0];
  return {
    year: y.year,
    total: y.total,
    frame: y.frame,
    largest: largest as Ore,
    // Millions when even a thousandfold total would stay under 1 % of the frame (0,12; 0,3 …).
    likely: y.total * 1000 * SHARE_DIVISOR < y.frame ? "mio" : "1000",
  };
}

/** Years the guard doubts: a within-frame year is no longer an all-clear. */
export function withUnitDoubt(years: readonly YearSummary[]): YearSummary[] {
  return years.map((y) =>
    y.status === "within"
      ? { ...withoutMargin(y), unitInDoubt: true, status: "uncertain" }
      : { ...y, unitInDoubt: !y.compareOnly }
  );
}
