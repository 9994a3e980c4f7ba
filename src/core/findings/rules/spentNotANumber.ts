// SPENT_NOT_A_NUMBER: a spending cell holding text or an Excel error; it is left out of the year's
// spending, as an unreadable budget cell is left out of the budget.
import * as z from "zod/mini";
import { activityFields, finding, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const spentNotANumberFinding = finding("SPENT_NOT_A_NUMBER", "warning", {
  ...activityFields,
  year,
  value: z.union([z.object({ text: z.string() }), z.object({ error: z.string() })]),
});

export const spentNotANumber = rule([spentNotANumberFinding], ({ model }) => {
  const out: FindingFrom<typeof spentNotANumberFinding>[] = [];
  for (const c of model.spending?.unread ?? []) {
    out.push({
      code: "SPENT_NOT_A_NUMBER",
      severity: "warning",
      ...aboutActivity(model, model.activities[c.activityId], c.row, c.col),
      year: c.year,
      value: c.value,
    });
  }
  return out;
});
