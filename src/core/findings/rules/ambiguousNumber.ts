// AMBIGUOUS_NUMBER: text like "250,000" that Danish and English notation read differently.
import * as z from "zod/mini";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const ambiguousNumberFinding = finding("AMBIGUOUS_NUMBER", "warning", {
  ...activityFields,
  year,
  text: z.string(),
  reading: z.enum(["da", "en"]),
  used: ore,
  other: z.optional(ore),
});

export const ambiguousNumber = rule([ambiguousNumberFinding], ({ model }) => {
  const out: FindingFrom<typeof ambiguousNumberFinding>[] = [];
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
});
