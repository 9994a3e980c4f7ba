// FIXED_GRANT (info): a grant set by the agreement ("Fast 4-årig bevilling") needs no anchoring plan.
import { moneyYears } from "../derived";
import type { Finding } from "../types";
import { aboutActivity, type Rule } from "./rule";

export const fixedGrant: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const a of model.activities) {
    const fixed = model.fixedCells[a.id];
    if (a.anchoring !== "fixed" || !fixed) continue;
    const years = moneyYears(a, model.years, model.planYear);
    if (years.length === 0) continue;
    out.push({
      code: "FIXED_GRANT",
      severity: "info",
      ...aboutActivity(model, a, a.row, fixed.col),
      years,
      text: fixed.text,
    });
  }
  return out;
};
