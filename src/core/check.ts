// The engine in one call: grid in, report with findings and overview out. Findings are data.
import { buildModel } from "./sheet/build";
import { modelYears } from "./derived";
import { unitDoubt, withUnitDoubt } from "./findings/plausibility";
import { framesMayDiffer, readingsPerUnit, withUnitConflict } from "./findings/unitConflictYears";
import { buildOverview } from "./overview/overview";
import { allRules } from "./findings/rules";
import { sortFindings } from "./findings/sortFindings";
import { spendingReport } from "./spending";
import type { CheckResult, Finding, Grid, Settings } from "./types";

export function check(grid: Grid, settings: Settings): CheckResult {
  const model = buildModel(grid, settings);
  if (!model) return { ok: false, reason: "NO_BUDGET_TABLE", sheet: grid.sheetName };
  const read = modelYears(model, settings);
  // Two units stated: a year is over or within only if it is in each; none stated and implausibly
  // small amounts: no year is an all-clear.
  const years = model.unit.conflict
    ? withUnitConflict(read, readingsPerUnit(grid, settings, model, read), framesMayDiffer(model))
    : unitDoubt(model, read)
      ? withUnitDoubt(read)
      : read;
  const findings = sortFindings(allRules.flatMap((rule): Finding[] => rule.run({ model, years })));
  const spending = spendingReport(model, years);
  return {
    ok: true,
    report: {
      sheet: model.sheet,
      planYear: model.planYear,
      planYearSource: model.planYearSource,
      unit: model.unit,
      blocks: model.blocks,
      activities: model.activities,
      years,
      findings,
      overview: spending
        ? { ...buildOverview(model, years, findings), spending }
        : buildOverview(model, years, findings),
      ...(spending ? { spending } : {}),
    },
  };
}
