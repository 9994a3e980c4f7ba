// The approved plan as we keep it ("grundlag"): what the steering group approved, reduced to what a
// later check compares against. Built from a report, stored as a custom XML part (baselineXml.ts),
// and validated with zod when read back. Money in integer øre, years as plain numbers.
// zod/mini: the task pane loads this (see settings.ts for why mini).
import * as z from "zod/mini";
import { findingSchemas } from "../findings/rules";
import { ore as toOre } from "../money";
import type { AnchoringStatus, Finding, Ore, Report } from "../types";
import { isSpendingFinding } from "../spending";

export interface BaselineActivity {
  nr?: string;
  name: string;
  area?: string;
  /** Amount per year, keyed by year; a year without a parseable amount is absent. */
  amounts: Record<number, Ore>;
  anchoring: AnchoringStatus;
}

export interface BaselineYear {
  year: number;
  total: Ore;
  frame: Ore;
}

/** One line of the approval history: when, and each year's total then. */
export interface ApprovalLine {
  date: string;
  totals: Record<number, Ore>;
}

export interface Baseline {
  /** Approval date, ISO "2025-12-12"; null when not known (a plain approved file). */
  approvedAt: string | null;
  planYear: number;
  sheet: string;
  /** The file it was read from, when compared with a file (not stored). */
  file?: string;
  years: BaselineYear[];
  activities: BaselineActivity[];
  findings: Finding[];
  history: ApprovalLine[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const year = z.int().check(z.gte(1900), z.lte(2200));
const ore = z.pipe(z.int().check(z.gte(-1e14), z.lte(1e14)), z.transform(toOre));
/** A year as a record key: four digits in the XML, a number to the code that reads it. */
const yearKey = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number));
const isoDate = z.string().check(z.regex(ISO_DATE));

export const baselineSchema = z.object({
  approvedAt: z.nullable(isoDate),
  planYear: year,
  sheet: z.string().check(z.minLength(1), z.maxLength(31)),
  years: z.array(z.object({ year, total: ore, frame: ore })),
  activities: z.array(
    z.object({
      nr: z.optional(z.string()),
      name: z.string().check(z.minLength(1)),
      area: z.optional(z.string()),
      amounts: z.record(yearKey, ore),
      anchoring: z.enum(["present", "missing", "fixed", "notNeeded"]),
    })
  ),
  findings: z.array(z.union(findingSchemas)),
  history: z.array(z.object({ date: isoDate, totals: z.record(yearKey, ore) })),
});

/** The approved plan as of `date` (ISO), from a check of it. History is left to approve(). */
export function baselineFromReport(report: Report, date: string | null): Baseline {
  const years = report.years.map((y) => y.year);
  return {
    approvedAt: date,
    planYear: report.planYear,
    sheet: report.sheet,
    years: report.years.map((y) => ({ year: y.year, total: y.total, frame: y.frame })),
    activities: report.activities.map((a) => {
      const amounts: Record<number, Ore> = {};
      years.forEach((y, i) => {
        const v = a.amounts[i];
        if (v !== null && v !== undefined) amounts[y] = v;
      });
      return {
        ...(a.nr !== undefined ? { nr: a.nr } : {}),
        name: a.name,
        ...(a.area !== undefined ? { area: a.area } : {}),
        amounts,
        anchoring: a.anchoring,
      };
    }),
    // The approved plan is the plan, not its spending: spending findings are never a change.
    findings: report.findings.filter((f) => !isSpendingFinding(f)).map((f) => ({ ...f })),
    history: [],
  };
}

/**
 * A new approval of `report` on `date`: the snapshot of now, with the earlier approval history
 * (from the baseline it replaces, if any) plus one line for this approval.
 */
export function approve(report: Report, date: string, previous?: Baseline | null): Baseline {
  const next = baselineFromReport(report, date);
  const totals: Record<number, Ore> = {};
  for (const y of report.years) totals[y.year] = y.total;
  next.history = [...(previous?.history ?? []), { date, totals }];
  return next;
}

/** "2025-12-12" → "12-12-2025", the way Danish users write a date. */
export function danishDate(iso: string): string {
  const m = ISO_DATE.exec(iso) ? iso.split("-") : null;
  return m ? `${m[2]}-${m[1]}-${m[0]}` : iso;
}

/** A local date as ISO "YYYY-MM-DD" (the approval day as the user sees it). */
export function isoDay(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
