// SPENT_OVER_BUDGET: an activity has spent more in a year than its budget for that year. Where one
// of its spending cells could not be read, what it spent is at least the rest, and the finding
// says «mindst»; where one of its budget cells could not be read, overspending cannot be known.
import * as z from "zod/mini";
import { activitySpending } from "../../spending";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentOverBudgetFinding = finding("SPENT_OVER_BUDGET", "warning", {
  ...activityFields,
  year,
  spent: ore,
  budget: ore,
  /** A spending cell of the activity's year was not read: `spent` (and the overspend) is at least. */
  spentAtLeast: z.optional(z.literal(true)),
});

export const spentOverBudget = rule([spentOverBudgetFinding], ({ model }) => {
  const out: FindingFrom<typeof spentOverBudgetFinding>[] = [];
  for (const s of activitySpending(model)) {
    if (s.budget === null || s.budget <= 0 || s.spent <= s.budget || s.budgetPartial) continue;
    out.push({
      code: "SPENT_OVER_BUDGET",
      severity: "warning",
      ...aboutActivity(model, s.activity, s.cell.row, s.cell.col),
      year: s.year,
      spent: s.spent,
      budget: s.budget,
      ...(s.partial ? { spentAtLeast: true as const } : {}),
    });
  }
  return out;
});
