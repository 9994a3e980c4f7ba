// OVER_FRAME: a year from the plan year on whose total exceeds its frame. On a sheet that states two
// units (UNIT_CONFLICT), a year over the frame in every unit stated; in a list with activities both
// inside and outside the frame (LIST_CONFLICT on the Ramme column), a year over without them. Then
// `over` is the smallest overrun ("mindst"), and `total`/`frame` the figures shown for the year.
import * as z from "zod/mini";
import { minus, type Ore } from "../../money";
import type { Model, StatedTotal } from "../../sheet/model";
import { finding, ore, year } from "./finding";
import { rule, type FindingFrom } from "./rule";

export const overFrameFinding = finding("OVER_FRAME", "error", {
  year,
  total: ore,
  frame: ore,
  over: ore,
  /**
   * `over` is at least: over in every unit the sheet states ("unit"), or over without the list
   * activities both inside and outside the frame ("frameColumn").
   */
  atLeast: z.optional(z.enum(["unit", "frameColumn"])),
});

export const overFrame = rule([overFrameFinding], ({ model, years }) => {
  const out: FindingFrom<typeof overFrameFinding>[] = [];
  for (const y of years) {
    if (!y.overFrame) continue;
    const t = grandTotal(model, y.year, y.total);
    out.push({
      code: "OVER_FRAME",
      severity: "error",
      ...(t ? { at: { sheet: model.sheet, row: t.row, col: t.col } } : {}),
      year: y.year,
      total: y.total,
      frame: y.frame,
      ...(y.margin !== undefined
        ? { over: y.margin, atLeast: y.unitConflict ? ("unit" as const) : ("frameColumn" as const) }
        : { over: minus(y.total, y.frame) }),
    });
  }
  return out;
});

/**
 * The sheet's own total for the year, to point at: on a one-block sheet its last "I alt"; on a
 * sheet of several blocks the last "I alt" that states the whole year (within 1 kr.), never a
 * block's own I alt, which shows only part of the total the finding names. None: no cell.
 */
function grandTotal(model: Model, year: number, total: Ore): StatedTotal | undefined {
  const stated = model.statedTotals.filter((t) => t.year === year && t.activityId === undefined);
  const whole =
    model.blocks.length <= 1 ? stated : stated.filter((t) => Math.abs(t.stated - total) < 100);
  return whole.length > 0 ? whole[whole.length - 1] : undefined;
}
