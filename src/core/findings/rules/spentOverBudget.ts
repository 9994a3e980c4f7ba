// SPENT_OVER_BUDGET: an activity has spent more in a year than its budget for that year.
import { activitySpending } from "../../spending";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentOverBudgetFinding = finding("SPENT_OVER_BUDGET", "warning", {
  ...activityFields,
  year,
  spent: ore,
  budget: ore,
});

export const spentOverBudget = rule([spentOverBudgetFinding], ({ model }) => {
  const out: FindingFrom<typeof spentOverBudgetFinding>[] = [];
  for (const s of activitySpending(model)) {
    if (s.budget === null || s.budget <= 0 || s.spent <= s.budget) continue;
    out.push({
      code: "SPENT_OVER_BUDGET",
      severity: "warning",
      ...aboutActivity(model, s.activity, s.cell.row, s.cell.col),
      year: s.year,
      spent: s.spent,
      budget: s.budget,
    });
  }
  return out;
});
