// The rows outside the frame on the overview sheet: below the table and its subtotals (never in
// the table, whose SUM is the frame's I alt), one line each with its amounts and why it is kept
// out, and their own total as a SUM over those lines.
import type { OutputLabels } from "../words/outputLabels";
import { kr, a1, type Put, type SummedColumn } from "./overviewSheetSums";
import { KRONER_FORMAT } from "./overviewNames";
import type { PlanColumn, PlanValue } from "./overviewSheetTypes";
import type { Overview, OverviewRow } from "../types";

/**
 * Writes the section from `row` on (nothing without such rows); `values` are the outside rows laid
 * out like the table's (same columns). Returns the next free row.
 */
export function outsideFrameSection(
  overview: Overview,
  { rows: outside, values: rows }: { rows: readonly OverviewRow[]; values: PlanValue[][] },
  columns: PlanColumn[],
  { put, t, extra }: { put: Put; t: OutputLabels; extra: readonly SummedColumn[] },
  row: number
): number {
  if (rows.length === 0) return row;
  put(row, 1, t.outsideFrame, { bold: true });
  const first = row + 1;
  rows.forEach((values, i) =>
    values.forEach((v, col) => {
      if (v === null) return;
      const c = columns[col];
      put(first + i, col, v, c.kind === "kroner" ? { numFmt: c.numFmt ?? KRONER_FORMAT } : {});
    })
  );
  const last = first + rows.length - 1;
  const totalRow = last + 1;
  put(totalRow, 1, t.outsideFrameTotal, { bold: true });
  const byYear = new Map(overview.totals.map((s) => [s.year, s.outsideFrame]));
  columns.forEach((c, col) => {
    if (c.year === undefined || c.kind !== "kroner") return;
    put(totalRow, col, kr(byYear.get(c.year)) ?? 0, {
      formula: `SUM(${a1(first, col)}:${a1(last, col)})`,
      numFmt: KRONER_FORMAT,
      bold: true,
    });
  });
  for (const c of extra) {
    put(totalRow, c.col, c.sum(outside), {
      formula: `SUM(${a1(first, c.col)}:${a1(last, c.col)})`,
      numFmt: c.numFmt ?? KRONER_FORMAT,
      bold: true,
    });
  }
  return totalRow + 2;
}
