// SPENT_WITHOUT_BUDGET: spending in a year where the activity has no budget (its cell blank or 0).
// Only for years the activity's block has a budget column for: last year's accounts beside this
// year's plan are shown, not judged, nor is a year where a budget cell of the activity could not
// be read (its budget is not known to be 0). A spending cell not read makes `spent` at least.
import * as z from "zod/mini";
import { activitySpending } from "../../spending";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentWithoutBudgetFinding = finding("SPENT_WITHOUT_BUDGET", "warning", {
  ...activityFields,
  year,
  spent: ore,
  /** A spending cell of the activity's year was not read: `spent` is at least. */
  spentAtLeast: z.optional(z.literal(true)),
});

export const spentWithoutBudget = rule([spentWithoutBudgetFinding], ({ model }) => {
  const out: FindingFrom<typeof spentWithoutBudgetFinding>[] = [];
  for (const s of activitySpending(model)) {
    if (s.budget !== 0 || s.spent <= 0 || s.budgetPartial) continue;
    out.push({
      code: "SPENT_WITHOUT_BUDGET",
      severity: "warning",
      ...aboutActivity(model, s.activity, s.cell.row, s.cell.col),
      year: s.year,
      spent: s.spent,
      ...(s.partial ? { spentAtLeast: true as const } : {}),
    });
  }
  return out;
});
