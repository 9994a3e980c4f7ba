// NEGATIVE_AMOUNT: a negative amount lowers a year's total; usually a typing slip.
import type { Finding } from "../types";
import { aboutActivity, type Rule } from "./rule";

export const negativeAmount: Rule = ({ model }) => {
  const out: Finding[] = [];
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
};
