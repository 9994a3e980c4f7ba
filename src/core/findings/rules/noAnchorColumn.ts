// NO_ANCHOR_COLUMN: multi-year grants exist, but there is no anchoring-plan column to check them
// by. The finding names each such grant with its cell, so finance can see which ones.
import * as z from "zod/mini";
import { cellPos, finding } from "./finding";
import { activityCol, rule, type FindingFrom } from "./rule";

/** A multi-year grant named in NO_ANCHOR_COLUMN: which activity, and its name cell. */
export const grantRef = z.object({ activityId: z.int(), activity: z.string(), at: cellPos });

export const noAnchorColumnFinding = finding("NO_ANCHOR_COLUMN", "warning", {
  at: cellPos,
  count: z.int(),
  // Stored before the list existed: read as an empty list.
  grants: z._default(z.array(grantRef), []),
});

export const noAnchorColumn = rule([noAnchorColumnFinding], ({ model }) => {
  const grants: FindingFrom<typeof grantRef>[] = [];
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
  return [
    {
      code: "NO_ANCHOR_COLUMN",
      severity: "warning",
      at: { sheet: model.sheet, row: b.headerRow, col: b.columns.activity ?? b.years[0].col },
      count: grants.length,
      grants,
    },
  ];
});
