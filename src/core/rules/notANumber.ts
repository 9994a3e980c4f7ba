// NOT_A_NUMBER: an amount cell holding text or an Excel error; it is left out of the sums.
import type { Finding } from "../types";
import { about, type Rule } from "./rule";

export const notANumber: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const c of model.amountCells) {
    const p = c.parsed;
    if (p.kind !== "text" && p.kind !== "error") continue;
    const a = model.activities[c.activityId];
    out.push(
      about(
        {
          code: "NOT_A_NUMBER",
          severity: "error",
          cell: c.cell,
          activity: a.name,
          year: c.year,
          values: p.kind === "error" ? { error: p.error } : { text: p.text },
        },
        a.id
      )
    );
  }
  return out;
};
