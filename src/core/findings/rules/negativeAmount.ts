// NEGATIVE_AMOUNT: a negative amount lowers a year's total; usually a typing slip.
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const negativeAmountFinding = finding("NEGATIVE_AMOUNT", "warning", {
  ...activityFields,
  year,
  amount: ore,
});

export const negativeAmount = rule([negativeAmountFinding], ({ model }) => {
  const out: FindingFrom<typeof negativeAmountFinding>[] = [];
  for (const c of model.amountCells) {
    if (c.parsed.kind !== "amount" || c.parsed.ore >= 0) continue;
    out.push({
      code: "NEGATIVE_AMOUNT",
      severity: "warning",
      ...aboutActivity(model, model.activities[c.activityId], c.row, c.col),
      year: c.year,
      amount: c.parsed.ore,
    });
  }
  return out;
});
