// The shape every rule has: the read sheet in, findings (data) out.
import type { Model } from "../model";
import type { Finding, YearSummary } from "../types";

export interface RuleContext {
  model: Model;
  years: YearSummary[];
}

export type Rule = (ctx: RuleContext) => Finding[];

/**
 * Which activity a finding is about, for the overview's per-activity remarks. Kept beside the
 * finding (not in it) so the Finding contract stays as the shells know it.
 */
export const findingActivity = new WeakMap<Finding, number>();

export function about(f: Finding, activityId: number): Finding {
  findingActivity.set(f, activityId);
  return f;
}
