// How a finding is declared: a zod schema beside the rule that makes it (code, fixed severity, typed
// fields). The Finding union (types.ts), the stored-baseline schema and the message tables' keys
// all come from these schemas, so a finding's shape is written once.
// zod/mini: the rules load at start-up in the task pane (see settings.ts for why mini).
import * as z from "zod/mini";
import { ore as toOre } from "../../money";
import type { Severity } from "../../types";

/** An amount in øre: a whole number, made an `Ore` through money.ts. */
export const ore = z.pipe(z.int(), z.transform(toOre));
export const year = z.int();
/** A cell's 0-based row and column on a named sheet (types.ts CellPos). */
export const cellPos = z.object({ sheet: z.string(), row: z.int(), col: z.int() });

/** What every finding may carry; each code narrows it. */
const common = z.object({
  at: z.optional(cellPos),
  /** The activity the finding is about (`Activity.id`), for the overview's per-activity remarks. */
  activityId: z.optional(z.int()),
  /** That activity's name, for the message. */
  activity: z.optional(z.string()),
  year: z.optional(year),
});

/** An activity-level finding names its activity both ways and points at a cell. */
export const activityFields = { at: cellPos, activityId: z.int(), activity: z.string() };

/** One finding's schema: its code, its fixed severity and its own fields. */
export function finding<C extends string, S extends Severity, F extends z.core.$ZodLooseShape>(
  code: C,
  severity: S,
  fields: F
) {
  const head = z.extend(common, { code: z.literal(code), severity: z.literal(severity) });
  return z.extend(head, fields);
}
