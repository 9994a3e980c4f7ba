// A finding read back from outside (the approved plan's stored findings): zod judges it against the
// same union the rules produce (types.ts `Finding`), code by code, so a stored finding renders
// like a fresh one.
// zod/mini: the task pane loads this (see settings.ts for why mini).
import * as z from "zod/mini";

const ore = z.int();
const year = z.int();
const cellPos = z.object({ sheet: z.string(), row: z.int(), col: z.int() });
const common = {
  at: z.optional(cellPos),
  activityId: z.optional(z.int()),
  activity: z.optional(z.string()),
  year: z.optional(year),
};
const aboutActivity = { ...common, at: cellPos, activityId: z.int(), activity: z.string() };
const share = {
  ...common,
  at: cellPos,
  year,
  withTwo: z.int(),
  total: z.int(),
  share: z.number(),
  target: z.number(),
};
const of = <C extends string, S extends string>(
  code: C,
  severity: S,
  fields: Record<string, z.core.SomeType>
) => z.object({ code: z.literal(code), severity: z.literal(severity), ...fields });

export const findingSchema = z.union([
  of("OVER_FRAME", "error", { ...common, year, total: ore, frame: ore, over: ore }),
  of("MULTI_YEAR_NO_ANCHOR", "error", {
    ...aboutActivity,
    years: z.array(year),
    anchoringText: z.optional(z.string()),
  }),
  of("FIXED_GRANT", "info", { ...aboutActivity, years: z.array(year), text: z.string() }),
  of("NO_ANCHOR_COLUMN", "warning", {
    ...common,
    at: cellPos,
    count: z.int(),
    // Stored before the list existed: read as an empty list.
    grants: z._default(
      z.array(z.object({ activityId: z.int(), activity: z.string(), at: cellPos })),
      []
    ),
  }),
  of("NOT_A_NUMBER", "error", {
    ...aboutActivity,
    year,
    value: z.union([z.object({ text: z.string() }), z.object({ error: z.string() })]),
  }),
  of("AMBIGUOUS_NUMBER", "warning", {
    ...aboutActivity,
    year,
    text: z.string(),
    reading: z.enum(["da", "en"]),
    used: ore,
    other: z.optional(ore),
  }),
  of("NEGATIVE_AMOUNT", "warning", { ...aboutActivity, year, amount: ore }),
  of("TEXT_AMOUNT", "warning", { ...aboutActivity, year, text: z.string(), amount: ore }),
  of("DUPLICATE_ACTIVITY", "warning", { ...aboutActivity, first: cellPos }),
  of("TOTAL_MISMATCH", "warning", {
    ...common,
    at: cellPos,
    year,
    stated: ore,
    computed: ore,
    difference: ore,
  }),
  of("PARTNERS_BELOW_TARGET", "warning", share),
  of("PARTNERS_SHARE", "info", share),
  of("MERGES_UNREAD", "info", { ...common, sheet: z.string() }),
]);
