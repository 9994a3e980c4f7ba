// Fixes clicked in file mode: the file as opened is never changed, so they are kept here, shown
// in every later read of the sheet (the re-check sees them) and handed to the writer of the copy
// the user downloads. A later fix of the same cell replaces the earlier one.
import type { CellFix } from "../core/findings";
import { columnLetter } from "../core/sheet";
import type { Grid } from "../core";

export class PendingFixes {
  private readonly byCell = new Map<string, CellFix>();

  add(fix: CellFix): number {
    this.byCell.set(`${fix.at.sheet}\u0000${fix.at.row}\u0000${fix.at.col}`, fix);
    return this.byCell.size;
  }

  list(): CellFix[] {
    return [...this.byCell.values()];
  }

  /** The grid as it reads with the fixes in it (a new grid; the read one is left as it was). */
  overlay(grid: Grid): Grid {
    const mine = this.list().filter((f) => f.at.sheet === grid.sheetName);
    if (mine.length === 0) return grid;
    const rows = grid.rows.map((r) => r.slice());
    for (const fix of mine) {
      const r = fix.at.row - grid.originRow;
      const c = fix.at.col - grid.originCol;
      if (r < 0 || c < 0) continue;
      while (rows.length <= r) rows.push([]);
      const row = rows[r];
      while (row.length < c) row.push(null);
      // A formula reads as the total the core computed for it (Excel recalculates on opening).
      row[c] = fix.write.value;
    }
    return { ...grid, rows };
  }
}

/** The package writer's cell edits, loaded with the writer (file mode's copy only). */
export async function loadCellEdits(): Promise<
  (input: Uint8Array, fixes: CellFix[]) => Uint8Array
> {
  const { editCellsInCopy } = await import(
    /* webpackChunkName: "ooxml-write" */ "../ooxml/write/cellEdit"
  );
  return (input, fixes) =>
    editCellsInCopy(
      input,
      fixes.map((f) => {
        const address = `${columnLetter(f.at.col)}${f.at.row + 1}`;
        return f.write.kind === "number"
          ? {
              sheet: f.at.sheet,
              address,
              number: f.write.value,
              numFmt: f.write.numberFormat,
              numFmtFrom: f.write.formatFrom.map((p) => `${columnLetter(p.col)}${p.row + 1}`),
            }
          : { sheet: f.at.sheet, address, formula: f.write.formula };
      })
    );
}
