// A block's "Ramme" column (per row: paid from the frame or not), found in its header row. Not a
// column role: it is read only to keep rows outside the frame apart (sheet/outsideFrame.ts).
import { isFrameColumnHeader } from "../outsideFrame";
import type { Block, Grid } from "../../types";

export function frameColumnOf(grid: Grid, block: Block): number | undefined {
  const header = grid.rows[block.headerRow - grid.originRow] ?? [];
  const taken = new Set<number>([
    ...Object.values(block.columns).filter((c): c is number => c !== undefined),
    ...block.years.map((y) => y.col),
  ]);
  for (let i = 0; i < header.length; i++) {
    const col = grid.originCol + i;
    if (!taken.has(col) && isFrameColumnHeader(header[i])) return col;
  }
  return undefined;
}
