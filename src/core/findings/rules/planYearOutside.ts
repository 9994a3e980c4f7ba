// PLAN_YEAR_OUTSIDE (error): the plan year given in the settings (or --plan-year) is neither among
// the sheet's year columns nor next to one, so which years are checked is most likely wrong.
import { fitsColumns } from "../../sheet/planYear";
import { finding, year } from "./finding";
import { rule } from "./rule";

export const planYearOutsideFinding = finding("PLAN_YEAR_OUTSIDE", "error", {
  year,
  first: year,
  last: year,
});

export const planYearOutside = rule([planYearOutsideFinding], ({ model }) => {
  const years = model.years;
  if (model.planYearSource !== "settings" || fitsColumns(model.planYear, years)) return [];
  const first = years[0];
  const last = years[years.length - 1];
  return [{ code: "PLAN_YEAR_OUTSIDE", severity: "error", year: model.planYear, first, last }];
});
