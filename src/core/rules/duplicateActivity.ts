// DUPLICATE_ACTIVITY: the same activity name twice in one block (both rows still count).
import { fold } from "../text";
import type { Finding } from "../types";
import { about, type Rule } from "./rule";

export const duplicateActivity: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const ids of model.blockActivities) {
    // One map per block: linear, not a pairwise comparison.
    const first = new Map<string, string>();
    for (const id of ids) {
      const a = model.activities[id];
      const key = fold(a.name);
      if (key === "") continue;
      const firstCell = first.get(key);
      if (firstCell === undefined) {
        first.set(key, a.cell);
        continue;
      }
      out.push(
        about(
          {
            code: "DUPLICATE_ACTIVITY",
            severity: "warning",
            cell: a.cell,
            activity: a.name,
            values: { firstCell },
          },
          a.id
        )
      );
    }
  }
  return out;
};
