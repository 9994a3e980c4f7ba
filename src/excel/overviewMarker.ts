// How the add-in knows which "Budgetoversigt" it made: a hidden workbook-level name
// (Budgettjek_oversigt, _2, …) that refers to A1 of each overview sheet it wrote, with our
// comment. A name follows its sheet when the sheet is renamed, needs no extra sync to set (unlike a
// sheet id, known only after the sheet exists), and a user's own sheet of that name has none.
import { quoteSheet } from "../core/address";
import type { OverviewStatus } from "../host/WorkbookHost";
import { referencedSheet } from "./rangeAddress";

export const MARKER_PREFIX = "Budgettjek_oversigt";
/** Comment on every name the add-in makes: names without it belong to the user. */
export const OUR_COMMENT = "Budgettjek";

export interface NameInfo {
  name: string;
  formula: unknown;
  comment: string;
}

const sameSheet = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLocaleLowerCase() === b.toLocaleLowerCase();

export const isMarker = (n: NameInfo): boolean =>
  n.name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase()) && n.comment === OUR_COMMENT;

export function overviewStatusFrom(
  sheetExists: boolean,
  sheetName: string,
  names: NameInfo[]
): OverviewStatus {
  if (!sheetExists) return "absent";
  const ours = names.some((n) => isMarker(n) && sameSheet(referencedSheet(n.formula), sheetName));
  return ours ? "ours" : "foreign";
}

/** A marker name not yet in use: Budgettjek_oversigt, then Budgettjek_oversigt_2, … */
export function freeMarkerName(names: NameInfo[]): string {
  const taken = new Set(names.map((n) => n.name.toLowerCase()));
  if (!taken.has(MARKER_PREFIX.toLowerCase())) return MARKER_PREFIX;
  for (let i = 2; ; i++) {
    const candidate = `${MARKER_PREFIX}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export const markerFormula = (sheetName: string): string => `=${quoteSheet(sheetName)}!$A$1`;

/** A name we made earlier that points at this sheet (or at a deleted one: "#REF!"). */
export function isOurNameOn(n: NameInfo, sheetName: string): boolean {
  if (n.comment !== OUR_COMMENT) return false;
  const sheet = referencedSheet(n.formula);
  return sheet === undefined ? String(n.formula).includes("#REF!") : sameSheet(sheet, sheetName);
}
