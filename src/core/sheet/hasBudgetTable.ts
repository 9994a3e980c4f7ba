// Shells use this to pick the first sheet that holds a budget table.
import { detectBlocks } from "./detect";
import type { Grid, Settings } from "../types";

export function hasBudgetTable(grid: Grid, settings: Settings): boolean {
  try {
    return detectBlocks(grid, settings).length > 0;
  } catch {
    // A sheet the detector cannot read is, for choosing sheets, a sheet without a table.
    return false;
  }
}
