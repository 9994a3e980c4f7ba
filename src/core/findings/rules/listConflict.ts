// LIST_CONFLICT: in a long list, two rows of one activity name different values in the same column
// (two focus areas, two responsible parties …). The first value is the one used; the finding names
// both cells, so the user can see which rows disagree. A blank later cell is no conflict. In the
// Ramme column (one row inside the frame, another outside) no answer is used: the activity counts
// inside the frame, and a year it decides is uncertain (derived.ts, YearSummary.frameInDoubt).
import * as z from "zod/mini";
import { activityFields, cellPos, finding } from "./finding";
import { aboutActivity, rule, type FindingFrom } from "./rule";

export const listConflictFinding = finding("LIST_CONFLICT", "warning", {
  ...activityFields,
  /** The column the rows disagree on. */
  role: z.enum(["area", "responsible", "partners", "anchoring", "grantType", "frame"]),
  /** The later row's value (at `at`), and the first row's, which is the one used. */
  value: z.string(),
  first: cellPos,
  firstValue: z.string(),
});

export const listConflict = rule([listConflictFinding], ({ model }) => {
  const out: FindingFrom<typeof listConflictFinding>[] = [];
  for (const c of model.list?.conflicts ?? []) {
    out.push({
      code: "LIST_CONFLICT",
      severity: "warning",
      ...aboutActivity(model, model.activities[c.activityId], c.other.row, c.other.col),
      role: c.role,
      value: c.other.text,
      first: { sheet: model.sheet, row: c.first.row, col: c.first.col },
      firstValue: c.first.text,
    });
  }
  return out;
});
