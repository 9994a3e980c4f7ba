// Rows as shells hand them in may be sparse: one stray value in column XFD makes a row 16,384
// long with two cells in it. Walks over whole rows use these, so they cost the cells present.
import type { CellValue } from "../types";

/** Up to this width a row is walked index by index (the common, dense case). */
const DENSE_WIDTH = 1024;

/** The indexes holding a value in a wide row, ascending; undefined for a dense row (walk 0…length). */
export function sparseIndexes(row: readonly CellValue[]): number[] | undefined {
  if (row.length <= DENSE_WIDTH) return undefined;
  return Object.keys(row).map(Number);
}

/** The values of a row, holes of a sparse row skipped. */
export function presentValues(row: readonly CellValue[]): readonly CellValue[] {
  return row.length <= DENSE_WIDTH ? row : Object.values(row);
}
