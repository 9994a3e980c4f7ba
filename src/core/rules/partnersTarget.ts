// PARTNERS_BELOW_TARGET / PARTNERS_SHARE: at least 75 % of the plan year's activities need two or
// more partners (partnership agreements). Only when the sheet has a partners column.
import type { Finding } from "../types";
import type { Rule } from "./rule";

const PARTNERS_TARGET = 0.75;

export const partnersTarget: Rule = ({ model }) => {
  const withColumn = model.blocks.findIndex((b) => b.columns.partners !== undefined);
  if (withColumn < 0) return [];
  let total = 0;
  let withTwo = 0;
  const plan = model.years.indexOf(model.planYear);
  for (const a of model.activities) {
    if (model.blocks[a.block].columns.partners === undefined) continue;
    if (plan < 0 || (a.amounts[plan] ?? 0) === 0) continue;
    total++;
    if (a.partners.length >= 2) withTwo++;
  }
  if (total === 0) return [];
  const share = withTwo / total;
  const b = model.blocks[withColumn];
  const fields = {
    at: { sheet: model.sheet, row: b.headerRow, col: b.columns.partners! },
    year: model.planYear,
    withTwo,
    total,
    share,
    target: PARTNERS_TARGET,
  };
  const f: Finding =
    share >= PARTNERS_TARGET
      ? { code: "PARTNERS_SHARE", severity: "info", ...fields }
      : { code: "PARTNERS_BELOW_TARGET", severity: "warning", ...fields };
  return [f];
};
