// MULTI_YEAR_NO_ANCHOR: money in two or more years from the plan year on, and no anchoring plan.
import { moneyYears } from "../derived";
import type { Finding } from "../types";
import { aboutActivity, type Rule } from "./rule";

export const multiYearNoAnchor: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const a of model.activities) {
    if (!a.multiYear || a.anchoring !== "missing") continue;
    const col = model.blocks[a.block].columns.anchoring;
    // Without an anchoring column nothing can be known: NO_ANCHOR_COLUMN says so instead.
    if (col === undefined) continue;
    out.push({
      code: "MULTI_YEAR_NO_ANCHOR",
      severity: "error",
      ...aboutActivity(model, a, a.row, col),
      years: moneyYears(a, model.years, model.planYear),
      ...(a.anchoringText ? { anchoringText: a.anchoringText } : {}),
    });
  }
  return out;
};
