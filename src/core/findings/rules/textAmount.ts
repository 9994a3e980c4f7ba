// TEXT_AMOUNT: an amount cell holding text that the engine reads as a number ("120.000 kr.",
// "120000"). We count it, but Excel's SUM skips text, so the sheet's own totals leave it out.
// Ambiguous text ("250,000") is AMBIGUOUS_NUMBER's to report, not this rule's.
import * as z from "zod/mini";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const textAmountFinding = finding("TEXT_AMOUNT", "warning", {
  ...activityFields,
  year,
  text: z.string(),
  amount: ore,
});

export const textAmount = rule([textAmountFinding], ({ model }) => {
  const out: FindingFrom<typeof textAmountFinding>[] = [];
  for (const c of model.amountCells) {
    const p = c.parsed;
    if (typeof c.raw !== "string" || p.kind !== "amount" || p.ambiguous) continue;
    out.push({
      code: "TEXT_AMOUNT",
      severity: "warning",
      ...aboutActivity(model, model.activities[c.activityId], c.row, c.col),
      year: c.year,
      text: c.raw,
      amount: p.ore,
    });
  }
  return out;
});
