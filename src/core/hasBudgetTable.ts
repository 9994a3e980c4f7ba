// Placeholder signature; detection lands in the next commits.
import type { Grid, Settings } from "./types";

export function hasBudgetTable(_grid: Grid, _settings: Settings): boolean {
  return false;
}
