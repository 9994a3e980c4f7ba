// The `changes` object of `--json`: amounts in kroner, years as string keys (like `amounts`).
import { z } from "zod";
import { oreToKr } from "../money";
import {
  anchoringSchema,
  jsonFinding,
  jsonFindingSchema,
  kronerByYearSchema,
  kronerSchema,
  listOf,
} from "./jsonReport";
import type { Lang } from "../types";
import type { Changes, YearDelta } from "../compare/compare";

export const jsonChangesSchema = z
  .object({
    baseline: z
      .object({
        file: z.string(),
        sheet: z.string(),
        planYear: z.number().int(),
        approvedAt: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable(),
      })
      .strict(),
    years: listOf({
      year: z.number().int(),
      approvedTotal: kronerSchema,
      total: kronerSchema,
      delta: kronerSchema,
      approvedLeftover: kronerSchema,
      leftover: kronerSchema,
    }),
    activities: listOf({
      name: z.string(),
      nr: z.string().nullable(),
      approvedName: z.string().nullable(),
      status: z.enum(["added", "removed", "changed", "unchanged"]),
      deltas: kronerByYearSchema,
      anchoring: z.object({ approved: anchoringSchema, now: anchoringSchema }).strict().nullable(),
    }),
    findings: z
      .object({ new: z.array(jsonFindingSchema), resolved: z.array(jsonFindingSchema) })
      .strict(),
  })
  .strict();

export type JsonChanges = z.infer<typeof jsonChangesSchema>;

function byYear(deltas: readonly YearDelta[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of deltas) out[String(d.year)] = oreToKr(d.delta);
  return out;
}

/** `file`: what the baseline came from (the approved file, or the checked file for a stored one). */
export function jsonChanges(c: Changes, file: string, lang: Lang): JsonChanges {
  return {
    baseline: {
      file: c.baseline.file ?? file,
      sheet: c.baseline.sheet,
      planYear: c.baseline.planYear,
      approvedAt: c.baseline.approvedAt,
    },
    years: c.years.map((y) => ({
      year: y.year,
      approvedTotal: oreToKr(y.approvedTotal),
      total: oreToKr(y.total),
      delta: oreToKr(y.delta),
      approvedLeftover: oreToKr(y.approvedLeftover),
      leftover: oreToKr(y.leftover),
    })),
    activities: c.activities.map((a) => ({
      name: a.name,
      nr: a.nr ?? null,
      approvedName: a.approvedName ?? null,
      status: a.status,
      deltas: byYear(a.deltas),
      anchoring: a.anchoring,
    })),
    findings: {
      new: c.findings.new.map((f) => jsonFinding(f, lang)),
      resolved: c.findings.resolved.map((f) => jsonFinding(f, lang)),
    },
  };
}
