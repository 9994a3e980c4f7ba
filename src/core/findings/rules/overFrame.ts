// OVER_FRAME: a year from the plan year on whose total exceeds its frame.
import { minus } from "../../money";
import { finding, ore, year } from "./finding";
import { rule, type FindingFrom } from "./rule";

export const overFrameFinding = finding("OVER_FRAME", "error", {
  year,
  total: ore,
  frame: ore,
  over: ore,
});

export const overFrame = rule([overFrameFinding], ({ model, years }) => {
  const out: FindingFrom<typeof overFrameFinding>[] = [];
  for (const y of years) {
    if (!y.overFrame) continue;
    // Point at the sheet's own total for that year when it has one (the last, the grand total).
    const stated = model.statedTotals.filter(
      (t) => t.year === y.year && t.activityId === undefined
    );
    const t = stated.length > 0 ? stated[stated.length - 1] : undefined;
    out.push({
      code: "OVER_FRAME",
      severity: "error",
      ...(t ? { at: { sheet: model.sheet, row: t.row, col: t.col } } : {}),
      year: y.year,
      total: y.total,
      frame: y.frame,
      over: minus(y.total, y.frame),
    });
  }
  return out;
});
