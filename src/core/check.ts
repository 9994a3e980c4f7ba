// Placeholder signature so shells can compile against it; the pipeline lands in the next commits.
import type { CheckResult, Grid, Settings } from "./types";

export function check(grid: Grid, _settings: Settings): CheckResult {
  return { ok: false, reason: "NO_BUDGET_TABLE", sheet: grid.sheetName };
}
