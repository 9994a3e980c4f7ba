// SPENT_WITHOUT_BUDGET: spending in a year where the activity has no budget (its cell blank or 0).
// Only for years the activity's block has a budget column for: last year's accounts beside this
// year's plan are shown, not judged.
import { activitySpending } from "../../spending";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentWithoutBudgetFinding = finding("SPENT_WITHOUT_BUDGET", "warning", {
  ...activityFields,
  year,
  spent: ore,
});

export const spentWithoutBudget = rule([spentWithoutBudgetFinding], ({ model }) => {
  const out: FindingFrom<typeof spentWithoutBudgetFinding>[] = [];
  for (const s of activitySpending(model)) {
    if (s.budget !== 0 || s.spent <= 0) continue;
    out.push({
      code: "SPENT_WITHOUT_BUDGET",
      severity: "warning",
      ...aboutActivity(model, s.activity, s.cell.row, s.cell.col),
      year: s.year,
      spent: s.spent,
    });
  }
  return out;
});
