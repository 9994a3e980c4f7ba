// NOT_A_NUMBER: an amount cell holding text or an Excel error; it is left out of the sums.
import type { Finding } from "../types";
import { aboutActivity, type Rule } from "./rule";

export const notANumber: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const c of model.amountCells) {
    const p = c.parsed;
    if (p.kind !== "text" && p.kind !== "error") continue;
    out.push({
      code: "NOT_A_NUMBER",
      severity: "error",
      ...aboutActivity(model, model.activities[c.activityId], c.row, c.col),
      year: c.year,
      value: p.kind === "error" ? { error: p.error } : { text: p.text },
    });
  }
  return out;
};
