// The overview sheet's sums outside the table: I alt, Ramme and Restbeløb per year above it, and
// the subtotals per focus area below it (the activities without one last, "Uden indsatsområde"),
// as formulas over the table with the engine's figures as their cached values.
import type { OutputLabels } from "../words/outputLabels";
import { columnLetter } from "../sheet/address";
import { oreToKr } from "../money";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "./overviewNames";
import type { PlanCell, PlanValue, PlanYear } from "./overviewSheetTypes";
import type { Ore, Overview, OverviewRow } from "../types";

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
export const abs = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;

export const kr = (amount: Ore | undefined): number | null =>
  amount === undefined ? null : oreToKr(amount);

/**
 * The overview's years ascending, and where each stands in `overview.years`, which the rows' and
 * subtotals' amounts are aligned with (ascending already; kept safe).
 */
export function yearOrder(overview: Overview): { years: number[]; at: number[] } {
  const years = [...overview.years].sort((a, b) => a - b);
  return { years, at: years.map((y) => overview.years.indexOf(y)) };
}

// SUMIF criteria: "~" escapes its wildcards; quotes double inside a formula string.
const sumifCriteria = (s: string): string => s.replace(/[~*?]/g, "~$&").replace(/"/g, '""');

/** Where the per-year summary writes, and what it needs from the plan being built. */
export interface SummaryInput {
  overview: Overview;
  years: number[];
  yearCol: (i: number) => number;
  put: (row: number, col: number, value: PlanValue, extra?: Partial<PlanCell>) => void;
  t: OutputLabels;
  /** The overview sheet's name, quoted for references. */
  q: string;
}

export const SUMMARY_ROWS = { head: 4, total: 5, frame: 6, leftover: 7 };

/** I alt (a SUM over the table), Ramme and Restbeløb (frame − total) per year. */
export function yearSummary(
  { overview, years, yearCol, put, t, q }: SummaryInput,
  firstDataRow: number,
  lastDataRow: number
): PlanYear[] {
  const { head, total: totalRow, frame: frameRow, leftover: leftoverRow } = SUMMARY_ROWS;
  put(head, 1, t.perYear, { bold: true });
  years.forEach((y, i) => put(head, yearCol(i), String(y), { bold: true }));
  put(totalRow, 1, t.total, { bold: true });
  put(frameRow, 1, t.frame, { bold: true });
  put(leftoverRow, 1, t.leftover, { bold: true });
  const byYear = new Map(overview.totals.map((s) => [s.year, s]));
  const planYears: PlanYear[] = [];
  years.forEach((year, i) => {
    const col = yearCol(i);
    const s = byYear.get(year);
    const total = kr(s?.total) ?? 0;
    const frame = kr(s?.frame) ?? 0;
    const leftover = kr(s?.leftover) ?? 0;
    put(totalRow, col, total, {
      formula: `SUM(${a1(firstDataRow, col)}:${a1(lastDataRow, col)})`,
      numFmt: KRONER_FORMAT,
      bold: true,
    });
    put(frameRow, col, frame, { numFmt: KRONER_FORMAT });
    put(leftoverRow, col, leftover, {
      formula: `${a1(frameRow, col)}-${a1(totalRow, col)}`,
      numFmt: LEFTOVER_FORMAT,
      bold: true,
    });
    planYears.push({
      year,
      column: columnLetter(col),
      compareOnly: s?.compareOnly ?? year < overview.planYear,
      overFrame: s?.overFrame ?? false,
      totalCell: a1(totalRow, col),
      frameCell: a1(frameRow, col),
      leftoverCell: a1(leftoverRow, col),
      definedName: `Restbeløb_${year}`,
      definedNameRef: `${q}!${abs(leftoverRow, col)}`,
      total,
      frame,
      leftover,
    });
  });
  // Compare-only years are marked under the leftover row, so nobody reads them as plan years.
  years.forEach((year, i) => {
    const s = byYear.get(year);
    if (s?.compareOnly ?? year < overview.planYear)
      put(leftoverRow + 1, yearCol(i), `(${t.compareOnly})`);
  });

  return planYears;
}

export type Put = SummaryInput["put"];

/** A column summed beside the years (spending): where, its format, and its sum over some rows. */
export interface SummedColumn {
  col: number;
  numFmt?: string;
  sum: (rows: readonly OverviewRow[]) => number;
}

/** Per focus area: SUMIF over the table's area column, so the subtotals follow edits. */
export function areaSubtotals(
  overview: Overview,
  at: number[],
  {
    yearCol,
    colOf,
    put,
    t,
    extra,
  }: {
    yearCol: (i: number) => number;
    colOf: (key: string) => number;
    put: Put;
    t: OutputLabels;
    /** Further columns summed per area the same way (spending); none on most sheets. */
    extra: readonly SummedColumn[];
  },
  firstDataRow: number,
  lastDataRow: number
): number {
  let row = lastDataRow + 2;
  const areaRange = (col: number): string => `${abs(firstDataRow, col)}:${abs(lastDataRow, col)}`;
  if (overview.areaSubtotals.length === 0) return row;
  put(row, 1, t.totalPerFocusArea, { bold: true });
  row += 1;
  for (const sub of overview.areaSubtotals) {
    // No area: SUMIF's "" criterion sums the rows whose area cell is empty (Excel and LibreOffice).
    put(row, 1, sub.area ?? t.noFocusArea);
    const criteria = sub.area === null ? "" : sumifCriteria(sub.area);
    const sumif = (col: number): string =>
      `SUMIF(${areaRange(colOf("area"))},"${criteria}",${areaRange(col)})`;
    at.forEach((yearAt, i) => {
      const col = yearCol(i);
      put(row, col, kr(sub.amounts[yearAt]) ?? 0, { formula: sumif(col), numFmt: KRONER_FORMAT });
    });
    if (extra.length) {
      const inArea = overview.rows.filter((r) => (r.area ? r.area : null) === sub.area);
      for (const c of extra) {
        put(row, c.col, c.sum(inArea), {
          formula: sumif(c.col),
          numFmt: c.numFmt ?? KRONER_FORMAT,
        });
      }
    }
    row += 1;
  }
  return row + 1;
}
