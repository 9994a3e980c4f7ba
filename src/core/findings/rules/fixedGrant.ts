// FIXED_GRANT (info): a grant set by the agreement ("Fast 4-årig bevilling") needs no anchoring plan.
import { moneyYears } from "../../derived";
import * as z from "zod/mini";
import { activityFields, finding, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const fixedGrantFinding = finding("FIXED_GRANT", "info", {
  ...activityFields,
  years: z.array(year),
  text: z.string(),
});

export const fixedGrant = rule([fixedGrantFinding], ({ model }) => {
  const out: FindingFrom<typeof fixedGrantFinding>[] = [];
  for (const a of model.activities) {
    const fixed = model.fixedCells[a.id];
    if (a.anchoring !== "fixed" || !fixed) continue;
    const years = moneyYears(a, model.years, model.planYear);
    if (years.length === 0) continue;
    out.push({
      code: "FIXED_GRANT",
      severity: "info",
      ...aboutActivity(model, a, fixed.row ?? a.row, fixed.col),
      years,
      text: fixed.text,
    });
  }
  return out;
});
