// The `--json` document: exactly one JSON value, amounts in kroner as JSON numbers.
// The zod schema is the contract the tests hold the output to (and documents the shape).
import { z } from "zod";
import { a1 } from "../sheet/address";
import { oreToKr, ZERO_ORE } from "../money";
import { findingMessage } from "../words/messages/index";
import { jsonSpendingBounds, jsonSpendingYearShape } from "./jsonSpendingBounds";
import type { Finding, Lang, Ore, Report } from "../types";

/** Amounts in `--json`: kroner as JSON numbers. */
export const kronerSchema = z.number().finite();
/** Kroner keyed by year as a string ({"2026": 1500}), like an activity's `amounts`. */
export const kronerByYearSchema = z.record(z.string().regex(/^\d{4}$/), kronerSchema);
export const anchoringSchema = z.enum(["present", "missing", "fixed", "notNeeded"]);
/** A JSON array of objects with exactly these keys. */
export const listOf = <S extends z.ZodRawShape>(shape: S) => z.array(z.object(shape).strict());

export const jsonFindingSchema = z
  .object({
    severity: z.enum(["error", "warning", "info"]),
    code: z.string(),
    message: z.string(),
    cell: z.string().nullable(),
    activity: z.string().nullable(),
    year: z.number().int().nullable(),
  })
  .strict();

/** A finding as `--json` prints it: its words in `lang`, absent values null. */
export function jsonFinding(f: Finding, lang: Lang): z.infer<typeof jsonFindingSchema> {
  return {
    severity: f.severity,
    code: f.code,
    message: findingMessage(f, lang),
    cell: f.at ? a1(f.at) : null,
    activity: f.activity ?? null,
    year: f.year ?? null,
  };
}

export const jsonReportSchema = z
  .object({
    file: z.string(),
    sheet: z.string(),
    planYear: z.number().int(),
    /** The unit the sheet's amounts were read in (every amount here is kroner) and where. */
    unit: z
      .object({
        unit: z.enum(["kr", "1000", "mio"]),
        source: z.enum(["settings", "header", "note", "title", "frameLabel", "none"]),
        cell: z.string().nullable(),
        /** Every cell that states a unit, when they state different ones (UNIT_CONFLICT); else null. */
        conflict: listOf({
          unit: z.enum(["kr", "1000", "mio"]),
          source: z.enum(["header", "note", "title", "frameLabel"]),
          cell: z.string(),
        }).nullable(),
      })
      .strict(),
    /**
     * How the sheet keeps the plan: a table with year columns, or a long list with one row per
     * activity and year, or per activity, year and budget line.
     */
    shape: z.enum(["table", "listPerYear", "listPerYearAndLine"]),
    years: listOf({
      year: z.number().int(),
      /** The amounts read: at least this much when `unreadAmounts` > 0; null: no budget column. */
      total: kronerSchema.nullable(),
      frame: kronerSchema.nullable(),
      leftover: kronerSchema.nullable(),
      overFrame: z.boolean(),
      /**
       * On a sheet that states two units (`unit.conflict`), a year over or within the frame in
       * each unit stated: the smallest overrun (status "over") or leftover ("within") among those
       * readings, in kroner; null otherwise (then such a year is "uncertain").
       */
      margin: kronerSchema.nullable(),
      /** Amount cells left out of `total`: text that is no amount, Excel errors. */
      unreadAmounts: z.number().int().min(0),
      /** Amounts of rows outside the frame (project management …), not in `total`; 0 when none. */
      outsideFrame: kronerSchema.nullable(),
      /** "noBudget": spending in a year the sheet has no budget column for; never judged. */
      status: z.enum(["over", "within", "uncertain", "compareOnly", "noBudget"]),
      /** Spent in the year (kroner); only when the sheet has a spending column for it. */
      spent: kronerSchema.optional(),
      /** The date that spending runs to (ISO), when its header gives one. */
      spentUntil: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      ...jsonSpendingYearShape,
    }),
    activities: listOf({
      name: z.string(),
      nr: z.string().nullable(),
      area: z.string().nullable(),
      /** 1-based sheet row, as Excel numbers it. */
      row: z.number().int().min(1),
      amounts: kronerByYearSchema,
      multiYear: z.boolean(),
      anchoring: anchoringSchema,
      partners: z.array(z.string()),
      /**
       * Spent per year (kroner), only years whose every spending cell of the activity was read;
       * only on sheets with spending.
       */
      spent: kronerByYearSchema.optional(),
      /** Per year, the activity's spending cells not read (no `spent` for that year); only on sheets with spending. */
      spentUnread: z.record(z.string().regex(/^\d{4}$/), z.number().int().min(1)).optional(),
      /** Why the row is kept out of the frame (its amounts are not in the years' totals), or null. */
      outsideFrame: z
        .object({
          reason: z.enum(["projectManagement", "marked", "frameColumn"]),
          text: z.string(),
          cell: z.string(),
        })
        .strict()
        .nullable(),
    }),
    findings: z.array(jsonFindingSchema),
  })
  .strict();

export type JsonReport = z.infer<typeof jsonReportSchema>;

const SHAPES = {
  table: "table",
  year: "listPerYear",
  line: "listPerYearAndLine",
} as const satisfies Record<string, JsonReport["shape"]>;

/** Absent values are null, so every key is always there for `jq` and scripts. */
export function jsonReport(report: Report, file: string, lang: Lang): JsonReport {
  return {
    file,
    sheet: report.sheet,
    planYear: report.planYear,
    unit: {
      unit: report.unit.unit,
      source: report.unit.source,
      cell: report.unit.cell ?? null,
      conflict:
        report.unit.conflict?.map((s) => ({
          unit: s.unit,
          source: s.source,
          cell: a1({ sheet: report.sheet, row: s.row, col: s.col }),
        })) ?? null,
    },
    shape: SHAPES[report.overview.listShape ?? "table"],
    years: jsonYears(report),
    activities: report.activities.map((a) => ({
      name: a.name,
      nr: a.nr ?? null,
      area: a.area ?? null,
      row: a.row + 1,
      amounts: amountsByYear(a.amounts, report.years),
      multiYear: a.multiYear,
      anchoring: a.anchoring,
      partners: [...a.partners],
      ...(report.spending
        ? {
            spent: amountsByYear(report.spending.byActivity[a.id], report.spending.years),
            spentUnread: unreadByYear(
              report.spending.unreadByActivity[a.id],
              report.spending.years
            ),
          }
        : {}),
      outsideFrame: a.outsideFrame
        ? {
            reason: a.outsideFrame.reason,
            text: a.outsideFrame.text,
            cell: a1({
              sheet: report.sheet,
              row: a.outsideFrame.row ?? a.row,
              col: a.outsideFrame.col,
            }),
          }
        : null,
    })),
    findings: report.findings.map((f) => jsonFinding(f, lang)),
  };
}

type JsonYear = JsonReport["years"][number];

/**
 * The budget years, and in year order among them each year with spending but no budget column
 * (last year's accounts beside this year's plan): its `spent`, no budget and status "noBudget".
 */
function jsonYears(report: Report): JsonYear[] {
  const budget = report.years.map((y): JsonYear => ({
    year: y.year,
    total: oreToKr(y.total),
    frame: oreToKr(y.frame),
    leftover: oreToKr(y.leftover),
    overFrame: y.overFrame,
    margin: y.margin !== undefined ? oreToKr(y.margin) : null,
    unreadAmounts: y.unreadAmounts,
    outsideFrame: oreToKr(y.outsideFrame ?? ZERO_ORE),
    status: y.status,
    ...yearSpent(report, y.year),
  }));
  const spendingOnly = (report.spending?.years ?? [])
    .filter((s) => s.budget === null && !report.years.some((y) => y.year === s.year))
    .map((s): JsonYear => ({
      year: s.year,
      total: null,
      frame: null,
      leftover: null,
      overFrame: false,
      margin: null,
      unreadAmounts: 0,
      outsideFrame: null,
      status: "noBudget",
      ...yearSpent(report, s.year),
    }));
  return [...budget, ...spendingOnly].sort((a, b) => a.year - b.year);
}

/**
 * A year's `spent` and `spentUntil`, and the bounds of spent, not yet spent and the share, when
 * the sheet has spending for it (else no keys at all).
 */
function yearSpent(report: Report, year: number): Partial<JsonYear> {
  const s = report.spending?.years.find((y) => y.year === year);
  if (!s) return {};
  return {
    spent: oreToKr(s.spent),
    ...(s.until !== undefined ? { spentUntil: s.until } : {}),
    ...jsonSpendingBounds(s),
  };
}

/** Counts keyed by year, only years above 0: {"2026": 1}. */
function unreadByYear(
  counts: readonly number[] | undefined,
  years: readonly { year: number }[]
): Record<string, number> {
  const out: Record<string, number> = {};
  counts?.forEach((n, i) => {
    if (n > 0) out[String(years[i].year)] = n;
  });
  return out;
}

/** Amounts aligned with `years`, keyed by year in kroner: {"2026": 1500}; null ones left out. */
function amountsByYear(
  amounts: readonly (Ore | null)[],
  years: readonly { year: number }[]
): Record<string, number> {
  const out: Record<string, number> = {};
  years.forEach((y, i) => {
    const ore = amounts[i];
    if (ore !== null && ore !== undefined) out[String(y.year)] = oreToKr(ore);
  });
  return out;
}
