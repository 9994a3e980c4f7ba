// The years of a sheet that states two units (UNIT_CONFLICT), read in each unit it states, as
// `--unit` would read it. A year over the frame in every reading is over, by at least its smallest
// overrun; a year within the frame in every reading (and with every amount read) is within, with at
// least its smallest leftover; any other year is uncertain, neither over nor within. When a frame
// row's label states a unit of its own, the frame and the amounts may be in different units, so
// every frame reading is weighed against every total reading.
import { unreadPerYear, yearSummaries } from "../derived";
import { ore } from "../money";
import { buildModel, withUnplaced } from "../sheet/build";
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
  if (!m) return [];
  const unread = withUnplaced(unreadPerYear(m.amountCells, m.years), m);
  return yearSummaries(m.activities, m.years, m.planYear, settings, m.sheetFrames, unread);
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

/** What is left of the frame (negative: over) under every reading weighed; none: cannot tell. */
function margins(readings: readonly UnitYears[], year: number, mixFrames: boolean): number[] {
  const read = readings.map((r) => r.years.find((y) => y.year === year));
  if (read.length < 2 || read.some((y) => y === undefined)) return [];
  const years = read as YearSummary[];
  if (!mixFrames) return years.map((y) => y.frame - y.total);
  return years.flatMap((t) => years.map((f) => f.frame - t.total));
}

/**
 * Years of a sheet that states different units: each year from the plan year on is over, within
 * or uncertain as every reading agrees (`unitMargin`: the least overrun or leftover), never the
 * verdict of the one unit the amounts happen to be read in.
 */
export function withUnitConflict(
  years: readonly YearSummary[],
  readings: readonly UnitYears[],
  mixFrames: boolean
): YearSummary[] {
  return years.map((y): YearSummary => {
    if (y.compareOnly) return y;
    const doubt = { ...y, unitInDoubt: true, unitConflict: true };
    const left = margins(readings, y.year, mixFrames);
    if (left.length > 0 && left.every((m) => m < 0)) {
      return { ...doubt, overFrame: true, status: "over", unitMargin: ore(-Math.max(...left)) };
    }
    if (left.length > 0 && y.unreadAmounts === 0 && left.every((m) => m >= 0)) {
      return { ...doubt, overFrame: false, status: "within", unitMargin: ore(Math.min(...left)) };
    }
    return { ...doubt, overFrame: false, status: "uncertain" };
  });
}

/** Whether a frame row's label states a unit of its own: then frames and totals are mixed. */
export const framesMayDiffer = (model: Model): boolean =>
  model.unit.conflict?.some((s) => s.source === "frameLabel") ?? false;
