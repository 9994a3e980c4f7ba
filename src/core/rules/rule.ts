// The shape every rule has: the read sheet in, findings (data) out.
import type { Model } from "../model";
import type { Activity, CellPos, Finding, YearSummary } from "../types";

export interface RuleContext {
  model: Model;
  years: YearSummary[];
}

export type Rule = (ctx: RuleContext) => Finding[];

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
