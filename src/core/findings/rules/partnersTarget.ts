// PARTNERS_BELOW_TARGET / PARTNERS_SHARE: at least 75 % of the plan year's activities need two or
// more partners (partnership agreements). Only when the sheet has a partners column.
import * as z from "zod/mini";
import { hasTwoOrMorePartners, PARTNER_SEPARATORS } from "../../sheet/partners";
import { cellPos, finding, year } from "./finding";
import { rule } from "./rule";

const PARTNERS_TARGET = 0.75;

/** The share both codes report: how many of the plan year's activities have two partners. */
const share = {
  at: cellPos,
  year,
  withTwo: z.int(),
  total: z.int(),
  /** withTwo / total, 0..1. */
  share: z.number(),
  target: z.number(),
  /** The separators the sheet's partners cells use (none when no cell names two), for the hint. */
  separators: z.optional(z.array(z.enum(PARTNER_SEPARATORS))),
};

export const partnersBelowTargetFinding = finding("PARTNERS_BELOW_TARGET", "warning", share);
export const partnersShareFinding = finding("PARTNERS_SHARE", "info", share);

export const partnersTarget = rule(
  [partnersBelowTargetFinding, partnersShareFinding],
  ({ model }) => {
    const withColumn = model.blocks.findIndex((b) => b.columns.partners !== undefined);
    if (withColumn < 0) return [];
    let total = 0;
    let withTwo = 0;
    const plan = model.years.indexOf(model.planYear);
    // An amount the sheet holds but we could not read ("ca. 300.000", #DIV/0!) still puts its
    // activity in the year: leaving it out would make the share a confident wrong figure.
    const unreadInPlanYear = new Set(
      model.amountCells
        .filter(
          (c) =>
            c.year === model.planYear && (c.parsed.kind === "text" || c.parsed.kind === "error")
        )
        .map((c) => c.activityId)
    );
    for (const a of model.activities) {
      if (model.blocks[a.block].columns.partners === undefined) continue;
      if (a.outsideFrame) continue; // not an activity of the plan (project management …)
      const inYear = plan >= 0 && ((a.amounts[plan] ?? 0) !== 0 || unreadInPlanYear.has(a.id));
      if (!inYear) continue;
      total++;
      // "Alle partnerskabets parter" is one text but the whole partnership: two or more.
      if (hasTwoOrMorePartners(a.partners)) withTwo++;
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
      separators: [...model.partnerSeparators],
    };
    return [
      share >= PARTNERS_TARGET
        ? { code: "PARTNERS_SHARE", severity: "info", ...fields }
        : { code: "PARTNERS_BELOW_TARGET", severity: "warning", ...fields },
    ];
  }
);
