// Findings in the order people act on them: errors first, then down the sheet.
import { parseAddress } from "./address";
import type { Finding, Severity } from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity, then sheet order (row, column); sheet-wide findings (no cell) lead their severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f, i) => {
    const a = f.cell ? parseAddress(f.cell) : undefined;
    return { f, i, s: RANK[f.severity], row: a ? a.row : -1, col: a ? a.col : -1 };
  });
  keyed.sort((x, y) => x.s - y.s || x.row - y.row || x.col - y.col || x.i - y.i);
  return keyed.map((k) => k.f);
}
