// NO_ANCHOR_COLUMN: multi-year grants exist, but there is no anchoring-plan column to check them by.
import type { Finding } from "../types";
import type { Rule } from "./rule";

export const noAnchorColumn: Rule = ({ model }) => {
  let count = 0;
  let firstBlock = -1;
  for (const a of model.activities) {
    if (!a.multiYear || a.anchoring === "fixed") continue;
    if (model.blocks[a.block].columns.anchoring !== undefined) continue;
    count++;
    if (firstBlock < 0) firstBlock = a.block;
  }
  if (count === 0) return [];
  const b = model.blocks[firstBlock];
  const f: Finding = {
    code: "NO_ANCHOR_COLUMN",
    severity: "warning",
    at: { sheet: model.sheet, row: b.headerRow, col: b.columns.activity ?? b.years[0].col },
    count,
  };
  return [f];
};
