// Label cells (activity, area, Nr., budget line) as the sheet shows them: a blank cell inside a
// merge reads as the merge's value, and below the merge's first row it continues the row above.
import { cellLabel } from "../text";
import type { Block, CellValue, ColumnRole, Grid } from "../../types";

const COL_KEY = 20000; // > Excel's 16,384 columns
const LABEL_ROLES: ColumnRole[] = ["activity", "area", "nr", "budgetLine"];

interface MergedCell {
  value: CellValue;
  continuation: boolean;
}

export class LabelReader {
  private readonly merged = new Map<number, MergedCell>();
  private readonly originCol: number;

  constructor(grid: Grid, blocks: readonly Block[]) {
    this.originCol = grid.originCol;
    const cols = new Set<number>();
    for (const b of blocks) {
      for (const role of LABEL_ROLES) if (b.columns[role] !== undefined) cols.add(b.columns[role]);
    }
    this.collectMerges(grid, cols);
  }

  /** Cells inside merges (not their top-left), for the label columns only: linear in rows. */
  private collectMerges(grid: Grid, cols: Set<number>): void {
    const lastRow = grid.originRow + grid.rows.length - 1;
    for (const m of grid.merges ?? []) {
      const top = Math.max(m.top, grid.originRow);
      const bottom = Math.min(m.bottom, lastRow);
      const value = grid.rows[m.top - grid.originRow]?.[m.left - grid.originCol] ?? null;
      for (const c of cols) {
        if (c < m.left || c > m.right) continue;
        for (let r = top; r <= bottom; r++) {
          if (r === m.top && c === m.left) continue;
          this.merged.set(r * COL_KEY + c, { value, continuation: r > m.top });
        }
      }
    }
  }

  /** The blank cell's merge, if it lies inside one (below or right of its first cell). */
  private mergeAt(row: number, cells: readonly CellValue[], col: number): MergedCell | undefined {
    if (this.merged.size === 0) return undefined;
    const own = cells[col - this.originCol] ?? null;
    return own === null || own === "" ? this.merged.get(row * COL_KEY + col) : undefined;
  }

  /** The label in column `col` of sheet row `row` (whose cells are `cells`). */
  at(row: number, cells: readonly CellValue[], col: number | undefined): string {
    if (col === undefined) return "";
    const m = this.mergeAt(row, cells, col);
    return cellLabel(m ? m.value : (cells[col - this.originCol] ?? null));
  }

  /** The label came from a merge and the row continues the one above. */
  continues(row: number, cells: readonly CellValue[], col: number | undefined): boolean {
    return col !== undefined && this.mergeAt(row, cells, col)?.continuation === true;
  }
}
