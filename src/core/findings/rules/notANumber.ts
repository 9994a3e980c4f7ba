// NOT_A_NUMBER: an amount cell holding text or an Excel error; it is left out of the sums.
import * as z from "zod/mini";
import { activityFields, finding, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const notANumberFinding = finding("NOT_A_NUMBER", "error", {
  ...activityFields,
  year,
  value: z.union([z.object({ text: z.string() }), z.object({ error: z.string() })]),
});

export const notANumber = rule([notANumberFinding], ({ model }) => {
  const out: FindingFrom<typeof notANumberFinding>[] = [];
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
});
