// The shape every rule has: the read sheet in, findings (data) out, and the schemas of the findings
// it makes (finding.ts), so the rule is the one place its finding's shape is written.
import type * as z from "zod/mini";
import type { Model } from "../../sheet/model";
import type { Activity, CellPos, YearSummary } from "../../types";

export interface RuleContext {
  model: Model;
  years: YearSummary[];
}

/** A rule: the schemas of the findings it makes, and how it makes them from the read sheet. */
export interface Rule<S extends readonly z.core.$ZodType[] = readonly z.core.$ZodType[]> {
  findings: S;
  run: (ctx: RuleContext) => S[number]["_zod"]["output"][];
}

/** The finding a schema describes: `FindingFrom<typeof overFrameFinding>`. */
export type FindingFrom<S extends z.core.$ZodType> = S["_zod"]["output"];

/** A rule with its findings' schemas: `rule([overFrameFinding], ({ model, years }) => …)`. */
export function rule<const S extends readonly z.core.$ZodType[]>(
  findings: S,
  // NoInfer: the schemas alone fix S, so the findings the rule returns are checked against them.
  run: (ctx: RuleContext) => NoInfer<S>[number]["_zod"]["output"][]
): Rule<S> {
  return { findings, run };
}

/** The fields an activity-level finding shares: where, and which activity (by id and name). */
export function aboutActivity(
  model: Model,
  a: Activity,
  row: number,
  col: number
): { at: CellPos; activityId: number; activity: string } {
  return { at: { sheet: model.sheet, row, col }, activityId: a.id, activity: a.name };
}

/** The column of an activity's name cell (its block's activity column, else its first year's). */
export function activityCol(model: Model, a: Activity): number {
  const b = model.blocks[a.block];
  return b.columns.activity ?? b.years[0].col;
}
