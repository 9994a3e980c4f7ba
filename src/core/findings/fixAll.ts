// "Ret alle N af denne slags": the fixes of a whole group of findings, offered only where every
// one of them is safe to write unseen. Decided here so the pane only shows and applies them.
import type { Finding, FindingCode, Report } from "../types";
import { fixesFor, type CellFix } from "./fixes";

/**
 * Kinds whose one fix writes what the check already counts: TEXT_AMOUNT the amount it read, as a
 * number; TOTAL_MISMATCH the SUM the check computed. AMBIGUOUS_NUMBER is a choice per cell (250
 * or 250.000 kr.), so never all at once.
 */
const FIX_ALL_KINDS: ReadonlySet<FindingCode> = new Set(["TEXT_AMOUNT", "TOTAL_MISMATCH"]);

/**
 * One fix per finding, when the group is of one kind that may be fixed all at once, holds two or
 * more findings, and each has exactly one fix (a total without a SUM to offer rules the group
 * out: "all" would not be all). Undefined otherwise.
 */
export function fixAllFor(findings: Finding[], report: Report): CellFix[] | undefined {
  if (findings.length < 2) return undefined;
  const code = findings[0].code;
  if (!FIX_ALL_KINDS.has(code) || findings.some((f) => f.code !== code)) return undefined;
  const fixes: CellFix[] = [];
  const cells = new Set<string>();
  for (const f of findings) {
    const offered = fixesFor(f, report);
    if (offered.length !== 1) return undefined;
    const [fix] = offered;
    const key = `${fix.at.sheet}\u0000${fix.at.row}\u0000${fix.at.col}`;
    // Two findings on one cell would write it twice: not a batch the user can reason about.
    if (cells.has(key)) return undefined;
    cells.add(key);
    fixes.push(fix);
  }
  return fixes;
}
