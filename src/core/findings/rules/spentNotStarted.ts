// SPENT_NOT_STARTED (a note): an activity with budget in a year has spent nothing by a date past
// mid-year, or in a past year's accounts ("Regnskab 2025" read in 2026): has it started?
import * as z from "zod/mini";
import { shareOfYear } from "../../sheet/spendingHeader";
import { activitySpending } from "../../spending";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentNotStartedFinding = finding("SPENT_NOT_STARTED", "info", {
  ...activityFields,
  year,
  budget: ore,
  /** The date the spending runs to (ISO); absent for a past year's accounts without one. */
  until: z.optional(z.string()),
});

/** Past the middle of the year: the spending runs to a date after 1 July (or the year is over). */
export function pastMidYear(year: number, until: string | undefined, currentYear: number): boolean {
  if (until !== undefined) return shareOfYear(until, year) > 0.5;
  return year < currentYear;
}

export const spentNotStarted = rule([spentNotStartedFinding], ({ model }) => {
  const out: FindingFrom<typeof spentNotStartedFinding>[] = [];
  for (const s of activitySpending(model)) {
    // Nothing read is not nothing spent where a cell of the year could not be read.
    if (s.budget === null || s.budget <= 0 || s.spent !== 0 || s.partial) continue;
    if (!pastMidYear(s.year, s.until, model.settings.currentYear)) continue;
    out.push({
      code: "SPENT_NOT_STARTED",
      severity: "info",
      ...aboutActivity(model, s.activity, s.cell.row, s.cell.col),
      year: s.year,
      budget: s.budget,
      ...(s.until !== undefined ? { until: s.until } : {}),
    });
  }
  return out;
});
