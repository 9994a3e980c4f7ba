// Findings in the order people act on them: errors first, then down the sheet.
import type { Finding, Severity } from "../types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The one order of severities, worst first (error, warning, info): for a sort's comparator. */
export function bySeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

/** Severity, then sheet order (row, column); sheet-wide findings (no cell) lead their severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({
    f,
    i,
    s: RANK[f.severity],
    row: f.at ? f.at.row : -1,
    col: f.at ? f.at.col : -1,
  }));
  keyed.sort((x, y) => x.s - y.s || x.row - y.row || x.col - y.col || x.i - y.i);
  return keyed.map((k) => k.f);
}
