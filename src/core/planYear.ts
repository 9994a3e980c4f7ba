// Which year the plan is for: amounts before it are there to compare, not to check.
import { yearOf } from "./text";
import type { PlanYearSource, Settings } from "./types";

export interface PlanYearInputs {
  settings: Settings;
  workbookTitle?: string;
  sheetName: string;
  /** Text-only rows above the first header, and block titles ("Tryghedsplan 2026"). */
  titleTexts: string[];
  /** Year columns found, any order. */
  yearColumns: number[];
}

/**
 * Settings first; then a year named in the workbook title, sheet name or a title row; else the
 * earliest year column not before the current year; else the latest year column.
 */
export function resolvePlanYear(p: PlanYearInputs): { year: number; source: PlanYearSource } {
  if (p.settings.planYear !== undefined) return { year: p.settings.planYear, source: "settings" };
  const fromTitle = p.workbookTitle !== undefined ? yearOf(p.workbookTitle) : undefined;
  if (fromTitle !== undefined) return { year: fromTitle, source: "title" };
  const fromSheet = yearOf(p.sheetName);
  if (fromSheet !== undefined) return { year: fromSheet, source: "sheetName" };
  for (const t of p.titleTexts) {
    const y = yearOf(t);
    if (y !== undefined) return { year: y, source: "title" };
  }
  const years = [...p.yearColumns].sort((a, b) => a - b);
  const upcoming = years.find((y) => y >= p.settings.currentYear);
  if (upcoming !== undefined) return { year: upcoming, source: "columns" };
  if (years.length > 0) return { year: years[years.length - 1], source: "columns" };
  return { year: p.settings.currentYear, source: "columns" };
}
