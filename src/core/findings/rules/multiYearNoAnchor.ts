// MULTI_YEAR_NO_ANCHOR: money in two or more years from the plan year on, and no anchoring plan.
import { moneyYears } from "../../derived";
import * as z from "zod/mini";
import { activityFields, finding, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const multiYearNoAnchorFinding = finding("MULTI_YEAR_NO_ANCHOR", "error", {
  ...activityFields,
  years: z.array(year),
  anchoringText: z.optional(z.string()),
});

export const multiYearNoAnchor = rule([multiYearNoAnchorFinding], ({ model }) => {
  const out: FindingFrom<typeof multiYearNoAnchorFinding>[] = [];
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
});
