// What changed since the approved plan, by activity: per-year totals and leftovers before and
// after, each activity's per-year changes, anchoring changes, new and resolved findings.
import { minus, ZERO_ORE } from "../money";
import type { AnchoringStatus, Finding, Ore, Report } from "../types";
import { baselineFromReport, type Baseline, type BaselineActivity } from "./baseline";
import { compareFindings } from "./findings";
import { matchActivities, type MatchHow } from "./match";

export type ChangeStatus = "added" | "removed" | "changed" | "unchanged";

export interface YearDelta {
  year: number;
  /** Now minus approved, øre. */
  delta: Ore;
}

export interface ActivityChange {
  status: ChangeStatus;
  /** The name now (for a removed activity: its approved name). */
  name: string;
  nr?: string;
  /** The approved name when it differs from the name now (a rename). */
  approvedName?: string;
  area?: string;
  /** The activity in the report now (for "Vis"); absent for a removed activity. */
  activityId?: number;
  cell?: string;
  how?: MatchHow;
  /** Only the years whose amount changed, ascending. */
  deltas: YearDelta[];
  anchoring: { approved: AnchoringStatus; now: AnchoringStatus } | null;
}

export interface YearChange {
  year: number;
  approvedTotal: Ore;
  total: Ore;
  delta: Ore;
  approvedFrame: Ore;
  frame: Ore;
  approvedLeftover: Ore;
  leftover: Ore;
}

export interface Changes {
  baseline: { file?: string; sheet: string; planYear: number; approvedAt: string | null };
  /** The plan year now. */
  planYear: number;
  /** The approved plan is for another plan year: only the years both have are compared. */
  otherPlanYear: boolean;
  years: YearChange[];
  /** Now order first (added and kept), then removed ones in approved order. */
  activities: ActivityChange[];
  findings: { new: Finding[]; resolved: Finding[] };
}

/** Years to compare: all of both when the plan years agree, else only the common ones. */
function comparedYears(a: Baseline, b: Baseline): number[] {
  const ya = a.years.map((y) => y.year);
  const yb = new Set(b.years.map((y) => y.year));
  const years =
    a.planYear === b.planYear ? [...new Set([...ya, ...yb])] : ya.filter((y) => yb.has(y));
  return years.sort((x, y) => x - y);
}

function yearChanges(approved: Baseline, now: Baseline, years: number[]): YearChange[] {
  const get = (b: Baseline, y: number) => b.years.find((s) => s.year === y);
  return years.map((year) => {
    const a = get(approved, year);
    const n = get(now, year);
    const approvedTotal = a?.total ?? ZERO_ORE;
    const total = n?.total ?? ZERO_ORE;
    const approvedFrame = a?.frame ?? n?.frame ?? ZERO_ORE;
    const frame = n?.frame ?? approvedFrame;
    return {
      year,
      approvedTotal,
      total,
      delta: minus(total, approvedTotal),
      approvedFrame,
      frame,
      approvedLeftover: minus(approvedFrame, approvedTotal),
      leftover: minus(frame, total),
    };
  });
}

function deltas(a: BaselineActivity | undefined, n: BaselineActivity | undefined, years: number[]) {
  const out: YearDelta[] = [];
  for (const year of years) {
    const d = minus(n?.amounts[year] ?? ZERO_ORE, a?.amounts[year] ?? ZERO_ORE);
    if (d !== 0) out.push({ year, delta: d });
  }
  return out;
}

const tidy = (s: string): string => s.replace(/\s+/g, " ").trim();

export function compare(approved: Baseline, report: Report): Changes {
  const now = baselineFromReport(report, null);
  const years = comparedYears(approved, now);
  const m = matchActivities(approved.activities, now.activities);
  const byNow = new Map(m.pairs.map(([i, j, how]) => [j, { i, how }]));
  const activities: ActivityChange[] = now.activities.map((n, j) => {
    const hit = byNow.get(j);
    const a = hit ? approved.activities[hit.i] : undefined;
    const ra = report.activities[j];
    const d = deltas(a, n, years);
    const renamed = a !== undefined && tidy(a.name) !== tidy(n.name);
    const anchoring =
      a && a.anchoring !== n.anchoring ? { approved: a.anchoring, now: n.anchoring } : null;
    const status: ChangeStatus = !a
      ? "added"
      : d.length || anchoring || renamed
        ? "changed"
        : "unchanged";
    return {
      status,
      name: n.name,
      ...(n.nr !== undefined ? { nr: n.nr } : {}),
      ...(renamed ? { approvedName: a.name } : {}),
      ...(n.area !== undefined ? { area: n.area } : {}),
      activityId: ra.id,
      cell: ra.cell,
      ...(hit ? { how: hit.how } : {}),
      deltas: d,
      anchoring,
    };
  });
  for (const i of m.removed) {
    const a = approved.activities[i];
    activities.push({
      status: "removed",
      name: a.name,
      ...(a.nr !== undefined ? { nr: a.nr } : {}),
      ...(a.area !== undefined ? { area: a.area } : {}),
      deltas: deltas(a, undefined, years),
      anchoring: null,
    });
  }
  return {
    baseline: {
      ...(approved.file !== undefined ? { file: approved.file } : {}),
      sheet: approved.sheet,
      planYear: approved.planYear,
      approvedAt: approved.approvedAt,
    },
    planYear: now.planYear,
    otherPlanYear: approved.planYear !== now.planYear,
    years: yearChanges(approved, now, years),
    activities,
    findings: compareFindings(approved, now, m, new Set(years)),
  };
}

/** The activities that changed (added, removed, changed), in the order `compare` gives. */
export function changedActivities(c: Changes): ActivityChange[] {
  return c.activities.filter((a) => a.status !== "unchanged");
}
