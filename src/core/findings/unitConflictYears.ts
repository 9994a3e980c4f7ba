// The years of a sheet that states two units (UNIT_CONFLICT), read in each unit it states, as
// `--unit` would read it. A year over the frame in every reading is over, by at least its smallest
// overrun; a year within the frame in every reading (and with every amount read) is within, with at
// least its smallest leftover; any other year is uncertain, neither over nor within. When a frame
// row's label states a unit of its own, the frame and the amounts may be in different units, so
// every frame reading is weighed against every total reading.
import { modelYears, withoutMargin } from "../derived";
import { ore } from "../money";
import { buildModel } from "../sheet/build";
import type { AmountUnit } from "../sheet/amountScale";
import type { Model } from "../sheet/model";
import type { Grid, Settings, YearSummary } from "../types";

/** The years as read in one of the units the sheet states. */
export interface UnitYears {
  unit: AmountUnit;
  years: readonly YearSummary[];
}

/** The years read in `unit` (every amount and the frame row), with the same settings otherwise. */
function yearsIn(grid: Grid, settings: Settings, unit: AmountUnit): YearSummary[] {
  const m = buildModel(grid, { ...settings, unit });
  return m ? modelYears(m, settings) : [];
}

/**
 * The years in each unit the sheet states, the one read (`read`) first; empty without a conflict.
 * Costs one more reading of the sheet per other unit, on conflicting sheets only.
 */
export function readingsPerUnit(
  grid: Grid,
  settings: Settings,
  model: Model,
  read: readonly YearSummary[]
): UnitYears[] {
  const conflict = model.unit.conflict;
  if (!conflict) return [];
  const units = [...new Set(conflict.map((s) => s.unit))];
  return units.map((unit) =>
    unit === model.unit.unit
      ? { unit, years: read }
      : { unit, years: yearsIn(grid, settings, unit) }
  );
}

/**
 * Under every reading weighed: how far over the frame the year is at least (`over`, > 0: over;
 * list activities both inside and outside the frame left out) and what is left at most (`left`,
 * ≥ 0: within; they counted in). None: cannot tell.
 */
function margins(
  readings: readonly UnitYears[],
  year: number,
  mixFrames: boolean
): { over: number; left: number }[] {
  const read = readings.map((r) => r.years.find((y) => y.year === year));
  if (read.length < 2 || read.some((y) => y === undefined)) return [];
  const years = read as YearSummary[];
  const pair = (t: YearSummary, f: YearSummary) => ({
    over: t.total - (t.frameInDoubt ?? 0) - f.frame,
    left: f.frame - t.total,
  });
  if (!mixFrames) return years.map((y) => pair(y, y));
  return years.flatMap((t) => years.map((f) => pair(t, f)));
}

/**
 * Years of a sheet that states different units: each year from the plan year on is over, within
 * or uncertain as every reading agrees (`margin`: the least overrun or leftover), never the
 * verdict of the one unit the amounts happen to be read in.
 */
export function withUnitConflict(
  years: readonly YearSummary[],
  readings: readonly UnitYears[],
  mixFrames: boolean
): YearSummary[] {
  return years.map((y): YearSummary => {
    if (y.compareOnly) return y;
    // The one reading's own margin (list rows in doubt) says nothing across the units.
    const doubt = { ...withoutMargin(y), unitInDoubt: true, unitConflict: true };
    const each = margins(readings, y.year, mixFrames);
    if (each.length > 0 && each.every((m) => m.over > 0)) {
      const least = Math.min(...each.map((m) => m.over));
      return { ...doubt, overFrame: true, status: "over", margin: ore(least) };
    }
    if (each.length > 0 && y.unreadAmounts === 0 && each.every((m) => m.left >= 0)) {
      const least = Math.min(...each.map((m) => m.left));
      return { ...doubt, overFrame: false, status: "within", margin: ore(least) };
    }
    return { ...doubt, overFrame: false, status: "uncertain" };
  });
}

/** Whether a frame row's label states a unit of its own: then frames and totals are mixed. */
export const framesMayDiffer = (model: Model): boolean =>
  model.unit.conflict?.some((s) => s.source === "frameLabel") ?? false;
