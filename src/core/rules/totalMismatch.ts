// TOTAL_MISMATCH: the sheet's own "I alt" (row or budget line) disagrees with the sum by ≥ 1 kr.
import type { Finding, Ore } from "../types";
import { about, type Rule } from "./rule";

const TOLERANCE = 100; // øre: differences under 1 kr. are rounding, not mistakes

export const totalMismatch: Rule = ({ model }) => {
  const out: Finding[] = [];
  const acts = model.activities;
  // Running sums per year, advanced with the rows: the sheet so far, the block, the segment
  // since the block's previous total row (sub-totals). A stated total may match any of them.
  const sheetSum = new Map<number, number>();
  let blockSum = new Map<number, number>();
  let segmentSum = new Map<number, number>();
  let block = -1;
  let next = 0;
  const add = (m: Map<number, number>, y: number, v: number) => m.set(y, (m.get(y) ?? 0) + v);

  const stated = model.statedTotals;
  for (let i = 0; i < stated.length; i++) {
    const t = stated[i];
    if (t.activityId !== undefined) {
      const a = acts[t.activityId];
      const computed = a.amounts[t.year] ?? 0;
      if (Math.abs(t.stated - computed) >= TOLERANCE) {
        out.push(about(mismatch(t.cell, t.year, t.stated, computed, a.name), a.id));
      }
      continue;
    }
    while (next < acts.length && acts[next].row < t.row) {
      const a = acts[next++];
      if (a.block !== block) {
        block = a.block;
        blockSum = new Map();
        segmentSum = new Map();
      }
      for (const [y, v] of Object.entries(a.amounts)) {
        add(sheetSum, Number(y), v);
        add(blockSum, Number(y), v);
        add(segmentSum, Number(y), v);
      }
    }
    if (t.block !== block) {
      block = t.block;
      blockSum = new Map();
      segmentSum = new Map();
    }
    const candidates = [segmentSum, blockSum, sheetSum].map((m) => m.get(t.year) ?? 0);
    if (!candidates.some((c) => Math.abs(t.stated - c) < TOLERANCE)) {
      const closest = candidates.reduce((best, c) =>
        Math.abs(t.stated - c) < Math.abs(t.stated - best) ? c : best
      );
      out.push(mismatch(t.cell, t.year, t.stated, closest));
    }
    // Sub-totals: the next total row's segment starts after this row (all its years).
    if (i + 1 >= stated.length || stated[i + 1].row !== t.row) segmentSum = new Map();
  }
  return out;
};

function mismatch(
  cell: string,
  year: number,
  stated: Ore,
  computed: number,
  activity?: string
): Finding {
  return {
    code: "TOTAL_MISMATCH",
    severity: "warning",
    cell,
    ...(activity !== undefined ? { activity } : {}),
    year,
    values: { stated, computed, difference: Math.abs(stated - computed) },
  };
}
