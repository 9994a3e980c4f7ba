// AMBIGUOUS_NUMBER: text like "250,000" that Danish and English notation read differently.
import type { Finding } from "../types";
import { aboutActivity, type Rule } from "./rule";

export const ambiguousNumber: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const c of model.amountCells) {
    const p = c.parsed;
    if (p.kind !== "amount" || !p.ambiguous) continue;
    const { reading, used, other } = p.ambiguous;
    out.push({
      code: "AMBIGUOUS_NUMBER",
      severity: "warning",
      ...aboutActivity(model, model.activities[c.activityId], c.row, c.col),
      year: c.year,
      text: String(c.raw),
      reading,
      used,
      ...(other !== undefined ? { other } : {}),
    });
  }
  return out;
};
