// One check result per (grid, settings), and what follows from it: the announcement for screen
// readers and how many findings the last re-read resolved. Nothing here is stored twice.
import { useMemo, useState } from "react";
import { check } from "../../core";
import type { CheckResult, Finding, Grid, Settings } from "../../core";
import type { UiStrings } from "../strings";

export interface CheckState {
  result: CheckResult | undefined;
  /** Said by the live region: the counts after a check, or that no table was found. */
  announcement: string;
  /** Findings of the previous read of this sheet that the latest read no longer produces. */
  resolved: number;
}

// Settings object → grid → result: a setting change recomputes from the grid already read, and the
// same grid under the same settings is never checked twice (write/export reuse the shown result).
const cache = new WeakMap<Settings, WeakMap<Grid, CheckResult>>();

export function checkOnce(grid: Grid, settings: Settings): CheckResult {
  let byGrid = cache.get(settings);
  if (!byGrid) cache.set(settings, (byGrid = new WeakMap()));
  let result = byGrid.get(grid);
  if (!result) byGrid.set(grid, (result = check(grid, settings)));
  return result;
}

export function useCheck(grid: Grid | undefined, settings: Settings, t: UiStrings): CheckState {
  const result = useMemo(() => (grid ? checkOnce(grid, settings) : undefined), [grid, settings]);

  // The previous read and its result, to count what a re-read resolved (React's "adjust state
  // while rendering" pattern: no effect, no extra render of stale numbers).
  const [last, setLast] = useState<{ grid?: Grid; result?: CheckResult; resolved: number }>({
    resolved: 0,
  });
  let resolved = last.resolved;
  if (last.result !== result) {
    const reread = grid !== undefined && last.grid !== grid;
    const sameSheet = last.grid?.sheetName === grid?.sheetName;
    if (reread) resolved = sameSheet ? countResolved(last.result, result) : 0;
    if (!grid) resolved = 0;
    setLast({ grid, result, resolved });
  }

  const announcement = useMemo(() => {
    if (!result) return "";
    if (!result.ok) return t.noBudgetTableAnnounce(result.sheet);
    const count = (s: string) => result.report.findings.filter((f) => f.severity === s).length;
    const done = t.announceDone(count("error"), count("warning"));
    return resolved > 0 ? `${done} ${t.resolvedCount(resolved)}` : done;
  }, [result, resolved, t]);

  return { result, announcement, resolved };
}

/** A finding's identity across reads: what it is and where. */
function findingKey(f: Finding): string {
  const at = f.at ? `${f.at.sheet}!${f.at.row},${f.at.col}` : "";
  return `${f.code}|${at}|${f.year ?? ""}|${f.activityId ?? ""}`;
}

function countResolved(before: CheckResult | undefined, after: CheckResult | undefined): number {
  if (!before?.ok || !after?.ok) return 0;
  const now = new Set(after.report.findings.map(findingKey));
  // Notes (info) are not problems: one turning into another is no mend.
  return before.report.findings.filter((f) => f.severity !== "info" && !now.has(findingKey(f)))
    .length;
}
