// Spending on the overview sheet: per year with spending a "Forbrug ÅÅÅÅ" column and, where the
// sheet has a budget column for the year, a "Rest ÅÅÅÅ" column (budget − forbrug: positive is
// money not yet spent, negative is spent beyond the budget). Both stand after the budget years
// (the chart's years stay together) and are summed like them: SUM on I alt, SUMIF per focus area,
// SUM under the rows outside the frame. Nothing of this exists on a sheet without spending. An
// activity whose spending cell could not be read gets no figure (its finding is in the remarks),
// and the I alt over such a column says what it is: «mindst» for Forbrug, the rows left out for Rest.
import { minus, type Ore } from "../money";
import type { Labels } from "../words/labels";
import { formatDate } from "../words/format";
import type { Lang, Overview, OverviewRow } from "../types";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "./overviewNames";
import { a1, kr, SUMMARY_ROWS, yearOrder, type Put, type SummedColumn } from "./overviewSheetSums";
import type { PlanColumn, PlanValue } from "./overviewSheetTypes";

/**
 * A spending column of the table and how a row fills it (øre, so sums are exact). It has no
 * `year`: whatever goes by the budget years' columns (totals, frame, status, changes) skips it.
 */
export interface SpendingColumnSpec extends PlanColumn {
  spending: "spent" | "rest";
  ore: (r: OverviewRow) => Ore | null;
  cell: (r: OverviewRow) => PlanValue;
  /** What the summary writes under the year's rows: the date spending runs to, or the sign. */
  note?: string;
  /** Under that: what the I alt is when cells could not be read ("mindst (1 celle ulæst)"). */
  bound?: string;
}

const sumOf = (rows: readonly OverviewRow[], ore: (r: OverviewRow) => Ore | null): Ore => {
  let s = 0;
  for (const r of rows) s += ore(r) ?? 0;
  return s as Ore;
};

/** A spending column's sum over some rows, in kroner (0 over none). */
const columnSum =
  (c: SpendingColumnSpec) =>
  (rows: readonly OverviewRow[]): number =>
    kr(sumOf(rows, c.ore)) ?? 0;

/**
 * The spending columns in year order (Forbrug, then Rest when the year has a budget column);
 * none without spending. `at[i]` is the index into the rows' amounts of the budget year `years[i]`.
 */
export function spendingColumnSpecs(
  overview: Overview,
  years: number[],
  at: number[],
  t: Labels,
  lang: Lang
): SpendingColumnSpec[] {
  const s = overview.spending;
  if (!s) return [];
  const w = t.spending;
  const out: SpendingColumnSpec[] = [];
  s.years.forEach((y, k) => {
    const spent = (r: OverviewRow): Ore | null => s.byActivity[r.activityId]?.[k] ?? null;
    const i = years.indexOf(y.year);
    out.push({
      key: `spent${y.year}`,
      header: w.spentColumn(y.year),
      kind: "kroner",
      numFmt: KRONER_FORMAT,
      width: 14,
      spending: "spent",
      ore: spent,
      cell: (r) => kr(spent(r) ?? undefined),
      ...(y.until !== undefined
        ? { note: w.until(formatDate(y.until, lang)) }
        : i < 0
          ? { note: w.noBudgetShort }
          : {}),
      ...(y.unread > 0 ? { bound: w.spentColumnBound(y.unread) } : {}),
    });
    if (i < 0) return; // no budget column for the year: nothing to subtract from
    // Rest only where both are known: an unreadable budget or spending cell leaves it blank.
    const rest = (r: OverviewRow): Ore | null => {
      const budget = r.amounts[at[i]] ?? null;
      const used = spent(r);
      return budget === null || used === null ? null : minus(budget, used);
    };
    const leftOut = overview.rows.filter((r) => rest(r) === null).length;
    out.push({
      key: `rest${y.year}`,
      header: w.restColumn(y.year),
      kind: "kroner",
      numFmt: LEFTOVER_FORMAT,
      width: 14,
      spending: "rest",
      ore: rest,
      cell: (r) => kr(rest(r) ?? undefined),
      note: w.restSign,
      ...(leftOut > 0 ? { bound: w.restColumnLeftOut(leftOut) } : {}),
    });
  });
  return out;
}

/** Where the spending sums write: a column's position by key, and the plan's put. */
export interface SpendingSumsInput {
  overview: Overview;
  specs: readonly SpendingColumnSpec[];
  colOf: (key: string) => number;
  put: Put;
}

/**
 * Above the table: each spending column's header, its I alt (SUM over the table), its note, and
 * under that what the sum leaves out.
 */
export function spendingSummary(
  { overview, specs, colOf, put }: SpendingSumsInput,
  firstDataRow: number,
  lastDataRow: number
): void {
  const { head, total, leftover } = SUMMARY_ROWS;
  for (const c of specs) {
    const col = colOf(c.key);
    put(head, col, c.header, { bold: true });
    put(total, col, kr(sumOf(overview.rows, c.ore)), {
      formula: `SUM(${a1(firstDataRow, col)}:${a1(lastDataRow, col)})`,
      numFmt: c.numFmt,
      bold: true,
    });
    if (c.note !== undefined) put(leftover + 1, col, c.note);
    if (c.bound !== undefined) put(leftover + 2, col, c.bound);
  }
}

/** The spending columns as the subtotals and the outside-frame total sum them. */
export function summedSpending(
  specs: readonly SpendingColumnSpec[],
  colOf: (key: string) => number
): SummedColumn[] {
  return specs.map((c) => ({
    col: colOf(c.key),
    ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : {}),
    sum: columnSum(c),
  }));
}

/**
 * The spending columns' sums over any of the overview's rows, by column key ("spent2026"): for
 * the CSV's summary lines, which lay the table out as the sheet does but carry no formulas.
 */
export function spendingSumsByKey(
  overview: Overview,
  t: Labels,
  lang: Lang
): Map<string, (rows: readonly OverviewRow[]) => number> {
  const { years, at } = yearOrder(overview);
  const specs = spendingColumnSpecs(overview, years, at, t, lang);
  return new Map(specs.map((c) => [c.key, columnSum(c)]));
}
