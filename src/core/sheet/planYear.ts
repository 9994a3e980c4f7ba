// Which year the plan is for: amounts before it are there to compare, not to check.
import { yearOf } from "./text";
import type { PlanYearSource, Settings } from "../types";

export interface PlanYearInputs {
  settings: Settings;
  workbookTitle?: string;
  sheetName: string;
  /** Text-only rows above the first header, and block titles ("Tryghedsplan 2026"). */
  titleTexts: string[];
  /** Year columns found, any order. */
  yearColumns: number[];
}

/** A named year counts only among the year columns or next to one (a plan for 2026 may show 2025). */
export function fitsColumns(year: number, columns: number[]): boolean {
  return columns.length === 0 || columns.some((c) => Math.abs(c - year) <= 1);
}

/**
 * Settings first; then a year named in a title row, the sheet name, or the file (workbook) name,
 * in that order, if it is among the year columns or next to one; else the earliest year column
 * not before the current year; else the latest year column.
 */
export function resolvePlanYear(p: PlanYearInputs): { year: number; source: PlanYearSource } {
  if (p.settings.planYear !== undefined) return { year: p.settings.planYear, source: "settings" };
  const named: [string | undefined, PlanYearSource][] = [
    ...p.titleTexts.map((t): [string, PlanYearSource] => [t, "title"]),
    [p.sheetName, "sheetName"],
    [p.workbookTitle, "fileName"],
  ];
  for (const [text, source] of named) {
    const y = text !== undefined ? yearOf(text) : undefined;
    if (y !== undefined && fitsColumns(y, p.yearColumns)) return { year: y, source };
  }
  const years = [...p.yearColumns].sort((a, b) => a - b);
  const upcoming = years.find((y) => y >= p.settings.currentYear);
  if (upcoming !== undefined) return { year: upcoming, source: "columns" };
  if (years.length > 0) return { year: years[years.length - 1], source: "columns" };
  return { year: p.settings.currentYear, source: "columns" };
}
