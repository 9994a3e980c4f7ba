// AMBIGUOUS_NUMBER: text like "250,000" that Danish and English notation read differently.
import type { Finding } from "../types";
import { about, type Rule } from "./rule";

export const ambiguousNumber: Rule = ({ model }) => {
  const out: Finding[] = [];
  for (const c of model.amountCells) {
    const p = c.parsed;
    if (p.kind !== "amount" || !p.ambiguous) continue;
    const a = model.activities[c.activityId];
    out.push(
      about(
        {
          code: "AMBIGUOUS_NUMBER",
          severity: "warning",
          cell: c.cell,
          activity: a.name,
          year: c.year,
          values: {
            text: String(c.raw),
            reading: p.ambiguous.reading,
            used: p.ambiguous.used,
            ...(p.ambiguous.other !== undefined ? { other: p.ambiguous.other } : {}),
          },
        },
        a.id
      )
    );
  }
  return out;
};
