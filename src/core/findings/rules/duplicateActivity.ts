// DUPLICATE_ACTIVITY: the same activity name twice in one block (both rows still count).
import { fold } from "../../sheet/text";
import { activityFields, cellPos, finding } from "./finding";
import { aboutActivity, activityCol, rule, type FindingFrom } from "./rule";

export const duplicateActivityFinding = finding("DUPLICATE_ACTIVITY", "warning", {
  ...activityFields,
  first: cellPos,
});

export const duplicateActivity = rule([duplicateActivityFinding], ({ model }) => {
  const out: FindingFrom<typeof duplicateActivityFinding>[] = [];
  for (const ids of model.blockActivities) {
    // One map per block, keyed by the folded name: linear, not a pairwise comparison.
    const firsts = new Map<string, number>();
    for (const id of ids) {
      const a = model.activities[id];
      const key = fold(a.name);
      if (key === "") continue;
      const first = firsts.get(key);
      if (first === undefined) {
        firsts.set(key, id);
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
});
