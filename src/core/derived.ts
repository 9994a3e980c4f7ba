// Named derived values: total, frame and leftover per year, each a plain function.
import type { Activity, AreaSubtotal, Ore, Settings, YearSummary } from "./types";

/** Sum of the activities' parsed amounts per year (every year listed, 0 when none). */
export function yearTotals(
  activities: readonly Activity[],
  years: readonly number[]
): Record<number, Ore> {
  const totals: Record<number, number> = {};
  for (const y of years) totals[y] = 0;
  for (const a of activities) {
    for (const y of years) {
      const v = a.amounts[y];
      if (v !== undefined) totals[y] += v;
    }
  }
  return totals as Record<number, Ore>;
}

/**
 * Frame for a year: the user's per-year frame, else a frame the user gave for every year, else the
 * sheet's "Ramme" row, else the built-in default.
 */
export function frameFor(year: number, settings: Settings, sheetFrames: Record<number, Ore>): Ore {
  const perYear = settings.frames[year];
  if (perYear !== undefined) return perYear;
  if (settings.frameGiven) return settings.defaultFrame;
  return sheetFrames[year] ?? settings.defaultFrame;
}

/** What is left of the frame (negative when over). */
export function leftover(total: Ore, frame: Ore): Ore {
  return (frame - total) as Ore;
}

export function yearSummaries(
  activities: readonly Activity[],
  years: readonly number[],
  planYear: number,
  settings: Settings,
  sheetFrames: Record<number, Ore>
): YearSummary[] {
  const totals = yearTotals(activities, years);
  return years.map((year) => {
    const total = totals[year];
    const frame = frameFor(year, settings, sheetFrames);
    const compareOnly = year < planYear;
    return {
      year,
      total,
      frame,
      leftover: leftover(total, frame),
      overFrame: !compareOnly && total > frame,
      compareOnly,
    };
  });
}

/** Subtotals per focus area in order of first appearance; empty when no activity names an area. */
export function areaSubtotals(
  activities: readonly Activity[],
  years: readonly number[]
): AreaSubtotal[] {
  const byArea = new Map<string, Activity[]>();
  for (const a of activities) {
    if (!a.area) continue;
    const list = byArea.get(a.area);
    if (list) list.push(a);
    else byArea.set(a.area, [a]);
  }
  return [...byArea].map(([area, list]) => ({ area, amounts: yearTotals(list, years) }));
}

/** Years an activity has money in, from the plan year on: "2026–2028" or "2026, 2028". */
export function moneyYears(a: Activity, planYear: number): number[] {
  return Object.entries(a.amounts)
    .filter(([y, ore]) => Number(y) >= planYear && ore !== 0)
    .map(([y]) => Number(y))
    .sort((x, y) => x - y);
}

export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  if (consecutive && years.length > 1) return `${years[0]}–${years[years.length - 1]}`;
  return years.join(", ");
}
