// NEGATIVE_AMOUNT: a negative amount lowers a year's total; usually a typing slip.
import type { Finding } from "../types";
import { about, type Rule } from "./rule";

export const negativeAmount: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const c of model.amountCells) {
    if (c.parsed.kind !== "amount" || c.parsed.ore >= 0) continue;
    const a = model.activities[c.activityId];
    out.push(
      about(
        {
          code: "NEGATIVE_AMOUNT",
          severity: "warning",
          cell: c.cell,
          activity: a.name,
          year: c.year,
          values: { amount: c.parsed.ore },
        },
        a.id
      )
    );
  }
  return out;
};
