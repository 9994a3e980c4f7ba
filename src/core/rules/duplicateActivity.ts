// DUPLICATE_ACTIVITY: the same activity name twice in one block (both rows still count).
import { fold, foldHash } from "../text";
import type { Finding } from "../types";
import { aboutActivity, activityCol, type Rule } from "./rule";

export const duplicateActivity: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const ids of model.blockActivities) {
    // One map per block: linear, not a pairwise comparison. Keyed by a number hash of the folded
    // name (cheap), and the folds compared only when two names share a hash.
    const firsts = new Map<number, number[]>();
    for (const id of ids) {
      const a = model.activities[id];
      const h = foldHash(a.name);
      if (h < 0) continue;
      const bucket = firsts.get(h);
      if (bucket === undefined) {
        firsts.set(h, [id]);
        continue;
      }
      const key = fold(a.name);
      const first = bucket.find((b) => fold(model.activities[b].name) === key);
      if (first === undefined) {
        bucket.push(id);
        continue;
      }
      const f = model.activities[first];
      out.push({
        code: "DUPLICATE_ACTIVITY",
        severity: "warning",
        ...aboutActivity(model, a, a.row, activityCol(model, a)),
        first: { sheet: model.sheet, row: f.row, col: activityCol(model, f) },
      });
    }
  }
  return out;
};
