// The overview sheet's column widths, sized to what the columns hold (header, table cells and the
// labels and sums the plan writes above and below the table) within each column's limits; a text
// column whose content is longer than its limit wraps instead of being cut off.
import type { PlanCell, PlanColumn, PlanValue } from "./overviewSheetTypes";

/** Width limits (characters) per column key; kroner columns share one. */
const LIMITS: Record<string, { min: number; max: number }> = {
  nr: { min: 5, max: 14 },
  name: { min: 14, max: 45 },
  area: { min: 14, max: 30 },
  responsible: { min: 14, max: 30 },
  partners: { min: 14, max: 40 },
  multiYear: { min: 9, max: 12 },
  anchoring: { min: 12, max: 26 },
  remarks: { min: 30, max: 70 },
};
const KRONER_LIMITS = { min: 11, max: 18 };
/** Spending columns: room for the date under them ("by 30 September 2026"). */
const SPENDING_LIMITS = { min: 11, max: 24 };
/** Any column not listed (a later per-year column, say). */
const OTHER_LIMITS = { min: 10, max: 30 };
/** Characters of padding beside the longest text (Excel's cell margins, the filter button). */
const PADDING = 2;

/** How many characters a value shows: the longest line of a text, a number with its grouping and " kr.". */
export function shownLength(value: PlanValue, kroner: boolean): number {
  if (value === null) return 0;
  if (typeof value === "number") {
    const digits = String(Math.round(Math.abs(value))).length;
    const grouped = digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0);
    return grouped + (kroner ? 4 : 0);
  }
  return Math.max(...value.split("\n").map((line) => line.length));
}

const limitsOf = (c: PlanColumn) =>
  LIMITS[c.key] ??
  (c.spending !== undefined ? SPENDING_LIMITS : c.kind === "kroner" ? KRONER_LIMITS : OTHER_LIMITS);

/**
 * Each table column's width and whether it wraps. `cells` are the plan's cells outside the table
 * (their columns count too, except the title, which runs across the empty cells beside it).
 */
export function sizeColumns(
  columns: PlanColumn[],
  rows: PlanValue[][],
  cells: PlanCell[]
): PlanColumn[] {
  const longest = columns.map((c) => c.header.length);
  rows.forEach((r) =>
    r.forEach((v, i) => {
      longest[i] = Math.max(longest[i], shownLength(v, columns[i].kind === "kroner"));
    })
  );
  for (const cell of cells) {
    if (cell.title || cell.spills || cell.col >= columns.length) continue;
    const kroner = cell.numFmt !== undefined;
    longest[cell.col] = Math.max(longest[cell.col], shownLength(cell.value, kroner));
  }
  return columns.map((c, i) => {
    const { min, max } = limitsOf(c);
    const want = longest[i] + PADDING;
    const width = Math.min(max, Math.max(min, want));
    const wrap = c.kind === "remarks" || (c.kind === "text" && want > max);
    return { ...c, width, ...(wrap ? { wrap: true } : {}) };
  });
}
