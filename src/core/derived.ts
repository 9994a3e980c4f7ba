// Named derived values: total, frame and leftover per year, each a plain function.
import { minus, ore, oreArray, type Ore } from "./money";
import type { Model } from "./sheet/model";
import type { Activity, AreaSubtotal, Settings, YearStatus, YearSummary } from "./types";

/**
 * Sum of the activities' parsed amounts per year, aligned with `years` (the years the activities'
 * amounts are aligned with); 0 when none. Rows outside the frame are summed apart (`outside`).
 */
export function yearTotals(
  activities: readonly Activity[],
  years: readonly number[],
  outside: "inside" | "outside" = "inside"
): Ore[] {
  const n = years.length;
  const totals = new Array<number>(n).fill(0);
  const wantOutside = outside === "outside";
  for (const a of activities) {
    if ((a.outsideFrame !== undefined) !== wantOutside) continue;
    const amounts = a.amounts;
    for (let i = 0; i < n; i++) {
      const v = amounts[i];
      if (v !== null && v !== undefined) totals[i] += v;
    }
  }
  return oreArray(totals);
}

/**
 * How many activities the plan has, and how many rows are kept outside the frame (project
 * management …): the one count every shell shows ("12 aktiviteter + 1 uden for rammen"), so a row
 * the frame does not pay for is never counted as an activity of the plan.
 */
export function activityCounts(activities: readonly Activity[]): {
  inFrame: number;
  outsideFrame: number;
} {
  let outsideFrame = 0;
  for (const a of activities) if (a.outsideFrame !== undefined) outsideFrame++;
  return { inFrame: activities.length - outsideFrame, outsideFrame };
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
  return minus(frame, total);
}

/**
 * The year's answer: unread amounts or a doubted unit make a within-frame year uncertain, and so do
 * list activities both inside and outside the frame that put it over (`undecided`).
 */
export function yearStatus(
  y: Pick<YearSummary, "compareOnly" | "overFrame" | "unreadAmounts" | "unitInDoubt">,
  undecided = false
): YearStatus {
  if (y.compareOnly) return "compareOnly";
  if (y.overFrame) return "over";
  return y.unreadAmounts > 0 || y.unitInDoubt || undecided ? "uncertain" : "within";
}

/**
 * A year's facts with `doubt` (amounts of activities both inside and outside the frame, counted
 * in `total`): over only when over without them; uncertain when they decide it; the margin then.
 */
function frameFacts(total: Ore, frame: Ore, doubt: number, compareOnly: boolean, unread: number) {
  const facts = { compareOnly, overFrame: !compareOnly && total - doubt > frame };
  const base = { ...facts, unreadAmounts: unread, unitInDoubt: false };
  if (doubt === 0 || compareOnly) return { ...base, status: yearStatus(base) };
  const status = yearStatus(base, total > frame);
  const margin =
    status === "over"
      ? ore(total - doubt - frame)
      : status === "within"
        ? ore(frame - total)
        : null;
  return { ...base, status, frameInDoubt: ore(doubt), ...(margin !== null ? { margin } : {}) };
}

/** An amount cell that could not be read: text that is no amount, an Excel error. */
export function isUnreadAmount(c: { parsed: { kind: string } }): boolean {
  return c.parsed.kind === "text" || c.parsed.kind === "error";
}

/**
 * Amount cells per year (aligned with `years`) that feed an activity but could not be read: text
 * that is no amount, Excel errors. They are left out of the totals, so a total is "at least".
 */
export function unreadPerYear(
  cells: readonly { year: number; parsed: { kind: string } }[],
  years: readonly number[]
): number[] {
  const index = new Map(years.map((y, i) => [y, i]));
  const out = new Array<number>(years.length).fill(0);
  for (const c of cells) {
    if (!isUnreadAmount(c)) continue;
    const i = index.get(c.year);
    if (i !== undefined) out[i]++;
  }
  return out;
}

/** The year without its margin: for a status that no longer holds the margin's verdict. */
export function withoutMargin(y: YearSummary): YearSummary {
  const out = { ...y };
  delete out.margin;
  return out;
}

/** Per year, the amounts of activities whose list rows disagree in the Ramme column. */
function inDoubtTotals(activities: readonly Activity[], years: readonly number[]): Ore[] {
  return yearTotals(
    activities.filter((a) => a.frameInDoubt),
    years
  );
}

/**
 * Unread amounts per year with a long list's rows whose year cell is no year: such an amount may
 * belong to any year, so each year's total may lack it (LIST_YEAR_UNREAD names the cell).
 */
export function withUnplaced(unread: number[], model: Pick<Model, "list">): number[] {
  const n = model.list?.unplaced.filter((u) => u.amount !== undefined).length ?? 0;
  return n === 0 ? unread : unread.map((u) => u + n);
}

/** The model's years as read, with every unread amount counted, before any unit guard. */
export function modelYears(model: Model, settings: Settings): YearSummary[] {
  const unread = withUnplaced(unreadPerYear(model.amountCells, model.years), model);
  const { activities, years, planYear, sheetFrames } = model;
  return yearSummaries(activities, years, planYear, settings, sheetFrames, unread);
}

export function yearSummaries(
  activities: readonly Activity[],
  years: readonly number[],
  planYear: number,
  settings: Settings,
  sheetFrames: Record<number, Ore>,
  unread: readonly number[] = []
): YearSummary[] {
  const totals = yearTotals(activities, years);
  const outside = activities.some((a) => a.outsideFrame)
    ? yearTotals(activities, years, "outside")
    : undefined;
  const doubt = activities.some((a) => a.frameInDoubt) ? inDoubtTotals(activities, years) : [];
  return years.map((year, i) => {
    const total = totals[i];
    const frame = frameFor(year, settings, sheetFrames);
    return {
      year,
      total,
      frame,
      leftover: leftover(total, frame),
      ...frameFacts(total, frame, doubt[i] ?? 0, year < planYear, unread[i] ?? 0),
      ...(outside ? { outsideFrame: outside[i] } : {}),
    };
  });
}

/**
 * Subtotals per focus area in order of first appearance, then (area `null`) the activities without
 * one, so the subtotals of a year always sum to its total; empty when no activity names an area.
 */
export function areaSubtotals(
  activities: readonly Activity[],
  years: readonly number[]
): AreaSubtotal[] {
  // Summed as read (per area, in sheet order): no list of each area's activities is built.
  const byArea = new Map<string | null, number[]>();
  const n = years.length;
  let named = false;
  for (const a of activities) {
    if (a.outsideFrame) continue; // summed on its own line, not in any area's
    const area = a.area ? a.area : null;
    named ||= area !== null;
    let sums = byArea.get(area);
    if (!sums) byArea.set(area, (sums = new Array<number>(n).fill(0)));
    const amounts = a.amounts;
    for (let i = 0; i < n; i++) {
      const v = amounts[i];
      if (v !== null && v !== undefined) sums[i] += v;
    }
  }
  if (!named) return [];
  const none = byArea.get(null);
  byArea.delete(null);
  const out = [...byArea].map(([area, sums]) => ({ area, amounts: oreArray(sums) }));
  return none ? [...out, { area: null, amounts: oreArray(none) }] : out;
}

/**
 * Years an activity has money in, from the plan year on (`years`: what its amounts are aligned
 * with), ascending: yearSpan() writes them "2026–2028" or "2026, 2028".
 */
export function moneyYears(a: Activity, years: readonly number[], planYear: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < years.length; i++) {
    const ore = a.amounts[i];
    if (years[i] >= planYear && ore !== null && ore !== undefined && ore !== 0) out.push(years[i]);
  }
  return out.sort((x, y) => x - y);
}

export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  if (consecutive && years.length > 1) return `${years[0]}–${years[years.length - 1]}`;
  return years.join(", ");
}
