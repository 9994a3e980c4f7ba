// LIST_YEAR_UNREAD: in a long list, a row whose year cell is no year ("2026/27", "ukendt", blank
// beside an amount). Its amount is counted in no year, so every year's total may lack it: the
// years are uncertain (check.ts counts the amount as unread in each), never silently short.
import * as z from "zod/mini";
import { activityFields, finding, ore } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const listYearUnreadFinding = finding("LIST_YEAR_UNREAD", "error", {
  ...activityFields,
  /** What the year cell shows ("" when blank). */
  value: z.string(),
  /** The row's amount when it could be read, or its text when not; neither when blank. */
  amount: z.optional(ore),
  amountText: z.optional(z.string()),
});

export const listYearUnread = rule([listYearUnreadFinding], ({ model }) => {
  const out: FindingFrom<typeof listYearUnreadFinding>[] = [];
  for (const u of model.list?.unplaced ?? []) {
    const amount = u.amount;
    out.push({
      code: "LIST_YEAR_UNREAD",
      severity: "error",
      ...aboutActivity(model, model.activities[u.activityId], u.at.row, u.at.col),
      value: u.at.text,
      ...(amount && "ore" in amount ? { amount: amount.ore } : {}),
      ...(amount && "text" in amount ? { amountText: amount.text } : {}),
    });
  }
  return out;
});
