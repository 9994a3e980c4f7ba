// NO_ANCHOR_COLUMN: multi-year grants exist, but there is no anchoring-plan column to check them
// by. The finding names each such grant with its cell, so finance can see which ones.
import type { Finding, GrantRef } from "../types";
import { activityCol, type Rule } from "./rule";

export const noAnchorColumn: Rule = ({ model }) => {
  const grants: GrantRef[] = [];
  let firstBlock = -1;
  for (const a of model.activities) {
    if (!a.multiYear || a.anchoring === "fixed") continue;
    if (model.blocks[a.block].columns.anchoring !== undefined) continue;
    grants.push({
      activityId: a.id,
      activity: a.name,
      at: { sheet: model.sheet, row: a.row, col: activityCol(model, a) },
    });
    if (firstBlock < 0) firstBlock = a.block;
  }
  if (grants.length === 0) return [];
  const b = model.blocks[firstBlock];
  const f: Finding = {
    code: "NO_ANCHOR_COLUMN",
    severity: "warning",
    at: { sheet: model.sheet, row: b.headerRow, col: b.columns.activity ?? b.years[0].col },
    count: grants.length,
    grants,
  };
  return [f];
};
