// Spending against the budget, per year and per activity: what is spent, what is left, and (with a
// date) how much of the year is gone. Only for a sheet with spending columns ("Forbrug 2026").
import { isUnreadAmount } from "./derived";
import type { Model } from "./sheet/model";
import { minus, oreArray, type Ore } from "./money";
import { shareOfYear } from "./sheet/spendingHeader";
import type { Activity, Finding, SpendingReport, SpendingYear, YearSummary } from "./types";

/** A finding about spending (SPENT_…): about the year's money as used, not about the plan. */
export function isSpendingFinding(f: Finding): boolean {
  return f.code.startsWith("SPENT_");
}

/** The spending report; undefined when the sheet has no spending column (the report as before). */
export function spendingReport(
  model: Model,
  years: readonly YearSummary[]
): SpendingReport | undefined {
  const read = model.spending;
  if (!read) return undefined;
  const n = read.years.length;
  const unreadByActivity = unreadPerActivity(read.unread, read.years);
  const sums = new Array<number>(n).fill(0);
  // A year's spending is the frame's, as its budget (the year's total) is: rows outside the frame
  // keep their spending per activity and are summed on their own line by the overview sheet.
  const outside = new Set<number>();
  const byActivity = model.activities.map((a) => {
    const unread = unreadByActivity[a.id];
    // An activity with a cell not read has no figure for the year: a part-sum would be taken
    // for the whole (the overview sheet's cell, --json's, the furthest-from-plan table).
    const spent = (read.byActivity[a.id] ?? new Array<Ore | null>(n).fill(null)).map((v, k) =>
      unread?.[k] ? null : v
    );
    if (a.outsideFrame !== undefined) outside.add(a.id);
    else
      spent.forEach((v, k) => {
        if (v !== null) sums[k] += v;
      });
    return spent;
  });
  const spentSums = oreArray(sums);
  const out: SpendingYear[] = read.years.map((year, k) => {
    const summary = years.find((y) => y.year === year);
    const budget = summary?.total ?? null;
    const spent = spentSums[k];
    const until = read.until[k];
    return {
      year,
      budget,
      budgetUnread: summary?.unreadAmounts ?? 0,
      unitConflict: model.unit.conflict !== undefined,
      spent,
      notSpent: budget === null ? null : minus(budget, spent),
      shareSpent: budget === null || budget <= 0 ? null : spent / budget,
      ...(until !== undefined ? { until, shareOfYear: shareOfYear(until, year) } : {}),
      unread: read.unread.filter((c) => c.year === year && !outside.has(c.activityId)).length,
    };
  });
  return { years: out, byActivity, unreadByActivity };
}

/** Per activity id, the count of its spending cells not read per year; undefined when none. */
function unreadPerActivity(
  cells: readonly { activityId: number; year: number }[],
  years: readonly number[]
): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (const c of cells) {
    const counts = (out[c.activityId] ??= new Array<number>(years.length).fill(0));
    counts[years.indexOf(c.year)]++;
  }
  return out;
}

/**
 * The activity's budget for a year: null when its block has no budget column for the year or the
 * cell could not be read; a blank cell is 0.
 */
export function activityBudget(model: Model, a: Activity, year: number): Ore | null {
  if (!model.blocks[a.block].years.some((y) => y.year === year)) return null;
  const k = model.years.indexOf(year);
  return k < 0 ? null : (a.amounts[k] ?? null);
}

/** What an activity spent in the year (index into `model.spending.years`), with its cell. */
export interface ActivitySpent {
  activity: Activity;
  year: number;
  spent: Ore;
  budget: Ore | null;
  cell: { row: number; col: number };
  /** The date the spending runs to; undefined without one. */
  until: string | undefined;
  /** Some of the activity's spending cells for the year could not be read: `spent` is at least. */
  partial: boolean;
  /** Some of its budget cells for the year could not be read (a budget line): `budget` is at least. */
  budgetPartial: boolean;
}

/** Every activity's readable spending per year with its budget: what the spending rules judge. */
export function activitySpending(model: Model): ActivitySpent[] {
  const read = model.spending;
  if (!read) return [];
  const out: ActivitySpent[] = [];
  const unread = unreadPerActivity(read.unread, read.years);
  const budgetUnread = new Set(
    model.amountCells.filter(isUnreadAmount).map((c) => `${c.activityId}:${c.year}`)
  );
  for (const a of model.activities) {
    const spent = read.byActivity[a.id];
    const cells = read.firstCell[a.id];
    if (!spent || !cells) continue;
    read.years.forEach((year, k) => {
      const s = spent[k];
      const cell = cells[k];
      if (s === null || cell === undefined) return;
      const budget = activityBudget(model, a, year);
      const partial = (unread[a.id]?.[k] ?? 0) > 0;
      const budgetPartial = budgetUnread.has(`${a.id}:${year}`);
      out.push({
        activity: a,
        year,
        spent: s,
        budget,
        cell,
        until: read.until[k],
        partial,
        budgetPartial,
      });
    });
  }
  return out;
}
