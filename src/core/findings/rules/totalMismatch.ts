// TOTAL_MISMATCH: the sheet's own "I alt" (row or budget line) disagrees with the sum by ≥ 1 kr.
import { absOre, minus, ore } from "../../money";
import type { StatedTotal } from "../../sheet/model";
import { cellPos, finding, ore as oreField, year } from "./finding";
import { rule, type FindingFrom } from "./rule";

const TOLERANCE = 100; // øre: differences under 1 kr. are rounding, not mistakes

export const totalMismatchFinding = finding("TOTAL_MISMATCH", "warning", {
  at: cellPos,
  year,
  stated: oreField,
  computed: oreField,
  difference: oreField,
});
type TotalMismatch = FindingFrom<typeof totalMismatchFinding>;

export const totalMismatch = rule([totalMismatchFinding], ({ model }) => {
  const out: TotalMismatch[] = [];
  const acts = model.activities;
  const stated = model.statedTotals;
  if (stated.length === 0) return out;
  const years = model.years;
  const yi = new Map(years.map((y, i) => [y, i]));
  // Running sums per year, advanced with the rows: the sheet so far, the block, and the segment
  // since the block's previous total row (sub-totals). A stated total may match any of them.
  const sheetSum = new Float64Array(years.length);
  const blockSum = new Float64Array(years.length);
  const segmentSum = new Float64Array(years.length);
  // The same sums of the rows outside the frame: a stated total may leave them out, or not.
  const outSheet = new Float64Array(years.length);
  const outBlock = new Float64Array(years.length);
  const outSegment = new Float64Array(years.length);
  let block = -1;
  let next = 0;
  /** A new block starts its own block and segment sums; the sheet's run on. */
  const enterBlock = (b: number): void => {
    block = b;
    blockSum.fill(0);
    segmentSum.fill(0);
    outBlock.fill(0);
    outSegment.fill(0);
  };

  for (let i = 0; i < stated.length; i++) {
    const t = stated[i];
    if (t.activityId !== undefined) {
      const a = acts[t.activityId];
      const computed = a.amounts[yi.get(t.year)!] ?? 0;
      if (Math.abs(t.stated - computed) >= TOLERANCE) {
        out.push({ ...mismatch(model.sheet, t, computed), activityId: a.id, activity: a.name });
      }
      continue;
    }
    while (next < acts.length && acts[next].row < t.row) {
      const a = acts[next++];
      if (a.block !== block) enterBlock(a.block);
      for (let k = 0; k < years.length; k++) {
        const v = a.amounts[k];
        if (v === null) continue;
        sheetSum[k] += v;
        blockSum[k] += v;
        segmentSum[k] += v;
        if (a.outsideFrame === undefined) continue;
        outSheet[k] += v;
        outBlock[k] += v;
        outSegment[k] += v;
      }
    }
    if (t.block !== block) enterBlock(t.block);
    const k = yi.get(t.year)!;
    const candidates = [segmentSum[k], blockSum[k], sheetSum[k]];
    if (outSheet[k] !== 0) {
      candidates.push(
        segmentSum[k] - outSegment[k],
        blockSum[k] - outBlock[k],
        sheetSum[k] - outSheet[k]
      );
    }
    if (!candidates.some((c) => Math.abs(t.stated - c) < TOLERANCE)) {
      const closest = candidates.reduce((best, c) =>
        Math.abs(t.stated - c) < Math.abs(t.stated - best) ? c : best
      );
      out.push(mismatch(model.sheet, t, closest));
    }
    // Sub-totals: the next total row's segment starts after this row (all its years).
    if (i + 1 >= stated.length || stated[i + 1].row !== t.row) {
      segmentSum.fill(0);
      outSegment.fill(0);
    }
  }
  return out;
});

function mismatch(sheet: string, t: StatedTotal, computed: number): TotalMismatch {
  return {
    code: "TOTAL_MISMATCH",
    severity: "warning",
    at: { sheet, row: t.row, col: t.col },
    year: t.year,
    stated: t.stated,
    computed: ore(computed),
    difference: absOre(minus(t.stated, ore(computed))),
  };
}
