// A plan kept as a long list, as finance systems export it: one row per activity and year (or per
// activity, year and budget line) under a header with an activity, a year and an amount column.
// Looked for only when no wide table (years as columns) is found, so a wide table always wins.
import { ACTIVITY_NAMES, HEADER_SCAN_ROWS, mayBeHeader, ROLE_NAMES } from "./detect";
import { namesSpending, untilDate } from "./spendingHeader";
import { unitIn } from "./unitWords";
import { cellLabel, fold, yearOf } from "./text";
import type { Block, CellValue, ColumnRole, Grid, SpendingColumn } from "../types";

/** The year column: "År", "Year", "Budgetår", "Regnskabsår", "Finansår". */
const YEAR_NAMES = /^(?:aar(?:stal)?|year|budgetaar|regnskabsaar|finansaar|fiscalyear|budgetyear)$/;

/** The amount column: "Beløb", "Beløb (kr.)", "Beløb (1.000 kr.)", "Budget", "Amount". */
const AMOUNT_NAMES = /^(?:beloeb(?:et)?|budget(?:beloeb)?|amount|bevilget(?:beloeb)?)(.*)$/;

/** Budget-line names only a list knows ("Konto"); the wide table's own names count too. */
const LIST_LINE_NAMES = /^(?:konto|kontonavn|art|omkostningstype)$/;

/**
 * A year cell as finance systems write it: a date (grid text "2026-01-01", shown as 2026 in Excel)
 * or the budget year's code ("B2026", "Budget 2026", "BO 2027": budget and budget estimate).
 * Not "R2025" (regnskab, spending) nor "2026/27": those stay unread and are named at the cell.
 */
const YEAR_CELL = /^(?:(?:b|bo|budget|budgetår)\s*-?\s*)?(\d{4})(?:-\d{2}-\d{2}(?:T[\d:.]+)?)?$/i;

/** A year cell's year: a whole number 1990-2100, or a text that is only that ("2026", "B2026"). */
export function listYear(v: CellValue | undefined): number | undefined {
  if (typeof v === "number") return yearOf(v);
  const m = typeof v === "string" ? YEAR_CELL.exec(v.trim()) : null;
  return m ? yearOf(Number(m[1])) : undefined;
}

/** "Beløb (1.000 kr.)" is an amount header; "Budget 2026" is a wide table's year column. */
function isAmountHeader(label: string, f: string): boolean {
  if (yearOf(label) !== undefined) return false;
  const m = AMOUNT_NAMES.exec(f);
  return m !== null && (m[1] === "" || unitIn(label) !== undefined);
}

export interface ListHeader {
  columns: Partial<Record<ColumnRole, number>>;
  yearCol: number;
  amountCol: number;
  /** A spending column beside the amount ("Forbrug", "Regnskab", "Forbrug pr. 30.09.2026"). */
  spending?: { col: number; header: string };
}

/** Reads one row as a list header: an activity, a year and an amount column, else undefined. */
export function matchListHeader(
  row: readonly CellValue[],
  originCol: number
): ListHeader | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  let activityRank = ACTIVITY_NAMES.length;
  let yearCol = -1;
  let amountCol = -1;
  let spending: ListHeader["spending"];
  for (let c = 0; c < row.length; c++) {
    const label = cellLabel(row[c]);
    if (label === "") continue;
    const f = fold(label);
    const col = originCol + c;
    const rank = ACTIVITY_NAMES.findIndex((re) => re.test(f));
    if (rank >= 0) {
      if (rank < activityRank) [activityRank, columns.activity] = [rank, col];
      continue;
    }
    if (YEAR_NAMES.test(f)) {
      if (yearCol < 0) yearCol = col;
      continue;
    }
    // Spending is never budget: "Forbrug", "Regnskab", "Bogført pr. 30.09.2026" (spendingHeader.ts).
    if (namesSpending(label)) {
      spending ??= { col, header: label };
      continue;
    }
    const role = LIST_LINE_NAMES.test(f)
      ? "budgetLine"
      : ROLE_NAMES.find(([, re]) => re.test(f))?.[0];
    if (role) {
      if (columns[role] === undefined) columns[role] = col;
      continue;
    }
    if (amountCol < 0 && isAmountHeader(label, f)) amountCol = col;
  }
  if (columns.activity === undefined || yearCol < 0 || amountCol < 0) return undefined;
  return { columns, yearCol, amountCol, ...(spending ? { spending } : {}) };
}

/**
 * The list's spending column as one column per year (each row's year cell says which year its
 * spending is). A date in the header ("pr. 30.09.2026") is the date the spending of its year runs to.
 */
function spendingColumns(h: ListHeader, years: readonly number[]): SpendingColumn[] | undefined {
  const s = h.spending;
  if (!s) return undefined;
  const dated = yearOf(s.header);
  const until = dated === undefined ? undefined : untilDate(s.header, dated);
  return years.map((year) =>
    year === dated && until !== undefined ? { year, col: s.col, until } : { year, col: s.col }
  );
}

/** The years the list's year column holds, ascending (cells that are no year are left to the reader). */
function yearsIn(grid: Grid, headerIdx: number, yearCol: number): number[] {
  const seen = new Set<number>();
  for (let r = headerIdx + 1; r < grid.rows.length; r++) {
    const y = listYear(grid.rows[r]?.[yearCol - grid.originCol]);
    if (y !== undefined) seen.add(y);
  }
  return [...seen].sort((a, b) => a - b);
}

/** How a long list was kept: one row per activity and year, or per activity, year and budget line. */
export type ListShape = "year" | "line";

/** The shape of the sheet's long list; undefined for a table with year columns. */
export function listShapeOf(blocks: readonly Block[]): ListShape | undefined {
  const list = blocks.find((b) => b.list);
  if (!list) return undefined;
  return list.columns.budgetLine === undefined ? "year" : "line";
}

/**
 * The long list on the sheet, as one block: its header in the first 30 rows, its rows to the end.
 * The block's years all point at the amount column (each row says its year); empty when none.
 */
export function detectList(grid: Grid): Block[] {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row || !mayBeHeader(row)) continue;
    const h = matchListHeader(row, grid.originCol);
    if (!h) continue;
    const years = yearsIn(grid, r, h.yearCol);
    if (years.length === 0) continue;
    const spending = spendingColumns(h, years);
    return [
      {
        headerRow: grid.originRow + r,
        endRow: grid.originRow + grid.rows.length - 1,
        columns: h.columns,
        years: years.map((year) => ({ year, col: h.amountCol })),
        list: { yearCol: h.yearCol, amountCol: h.amountCol },
        ...(spending ? { spending } : {}),
      },
    ];
  }
  return [];
}
