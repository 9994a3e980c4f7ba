// OUTSIDE_FRAME (info): a row the frame does not pay for (project management, or marked "uden for
// rammen" in the sheet) is summed on its own line and not held against the frame; this finding
// says so, in every shell, with the cell that decided it and the amounts kept out.
import * as z from "zod/mini";
import { activityFields, finding, ore, year } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const outsideFrameFinding = finding("OUTSIDE_FRAME", "info", {
  ...activityFields,
  reason: z.enum(["projectManagement", "marked", "frameColumn"]),
  /** What the sheet says: the name, the remark or the Ramme cell. */
  text: z.string(),
  /** The amounts kept out of the frame, per year from the plan year on (none: nothing to keep). */
  amounts: z.array(z.object({ year, amount: ore })),
});

export const outsideFrame = rule([outsideFrameFinding], ({ model }) => {
  const out: FindingFrom<typeof outsideFrameFinding>[] = [];
  for (const a of model.activities) {
    const o = a.outsideFrame;
    if (!o) continue;
    const amounts: { year: number; amount: (typeof a.amounts)[number] & number }[] = [];
    model.years.forEach((y, i) => {
      const amount = a.amounts[i];
      if (y >= model.planYear && amount !== null && amount !== 0) amounts.push({ year: y, amount });
    });
    out.push({
      code: "OUTSIDE_FRAME",
      severity: "info",
      ...aboutActivity(model, a, o.row ?? a.row, o.col),
      reason: o.reason,
      text: o.text,
      amounts,
    });
  }
  return out;
});
