// What a row of a block is, decided from its facts alone: the reading rules, named.
import { sparseIndexes } from "../rowCells";
import {
  fold,
  isFrameFolded,
  isLeftoverFolded,
  isTotalLabel,
  isTotalText,
  opensAsTotal,
  mayBeMarker,
} from "../text";
import type { CellValue } from "../../types";

const LABEL_MAX = 40;

export type RowKind =
  /** Nothing to read (empty, or a label-less row without amounts). */
  | "skip"
  /** The block's "I alt" row (a total or a subtotal). */
  | "total"
  /** An activity's own "I alt" budget line. */
  | "lineTotal"
  /** A "Ramme" row: the sheet's frame per year. */
  | "frame"
  /** A "Restbeløb" row: derived by the sheet, not read. */
  | "leftover"
  /** A budget line (or merged continuation) of the activity above. */
  | "continuation"
  /** A title or section row: one text, no amounts; names the focus area below it. */
  | "section"
  | "activity";

/**
 * What the classifier needs to know of a row's cells outside the year columns, packed in one
 * number (a big sheet has 10,000 rows; an object each showed in the engine bench's garbage
 * collection): the three label flags, and the non-empty and text counts capped at 2.
 */
export type RowFacts = number;
const TOTAL_LABEL = 1;
const FRAME_LABEL = 2;
const LEFTOVER_LABEL = 4;
const TEXTS = 3; // bits 3-4: texts outside year columns, 0, 1 or 2 (= more)
const NON_EMPTY = 5; // bits 5-6: non-empty cells, 0, 1 or 2 (= more)

export const nonEmptyOf = (f: RowFacts): number => (f >> NON_EMPTY) & 3;

/** The row label a row's facts name, if any (a long list reads these rows as the wide table does). */
export function markerOf(f: RowFacts): "total" | "frame" | "leftover" | undefined {
  if (f & TOTAL_LABEL) return "total";
  if (f & FRAME_LABEL) return "frame";
  return f & LEFTOVER_LABEL ? "leftover" : undefined;
}
const textsOf = (f: RowFacts): number => (f >> TEXTS) & 3;

/** Only whitespace. */
function isBlankText(v: string): boolean {
  return v.trim() === "";
}

/** Counts the row's non-empty cells and texts; short texts are checked for row labels. */
export function rowFacts(cells: readonly CellValue[], isYearCol: Uint8Array): RowFacts {
  let flags = 0;
  let nonEmpty = 0;
  let texts = 0;
  const present = sparseIndexes(cells);
  const width = present ? present.length : cells.length;
  for (let j = 0; j < width; j++) {
    const i = present ? present[j] : j;
    const v = cells[i];
    if (v === null || v === undefined || v === "") continue;
    nonEmpty++;
    if (typeof v !== "string" || isYearCol[i] === 1 || isBlankText(v)) continue;
    texts++;
    // Only short texts can be row labels ("I alt", "Ramme", "Restbeløb"): fold just those. A
    // subtotal names its focus area, which may be long ("Subtotal Kommunikation, dialog og synlighed").
    if (!mayBeMarker(v)) continue;
    if (v.length <= LABEL_MAX) {
      const folded = fold(v);
      if (isTotalText(v, folded)) flags |= TOTAL_LABEL;
      if (isFrameFolded(folded)) flags |= FRAME_LABEL;
      if (isLeftoverFolded(folded)) flags |= LEFTOVER_LABEL;
    } else if (opensAsTotal(v)) flags |= TOTAL_LABEL;
  }
  return flags | (Math.min(texts, 2) << TEXTS) | (Math.min(nonEmpty, 2) << NON_EMPTY);
}

/** The row's first text outside the year columns (a section row's title). */
export function firstText(cells: readonly CellValue[], isYearCol: Uint8Array): string {
  const present = sparseIndexes(cells);
  const width = present ? present.length : cells.length;
  for (let j = 0; j < width; j++) {
    const i = present ? present[j] : j;
    const v = cells[i];
    if (typeof v === "string" && v !== "" && isYearCol[i] !== 1 && !isBlankText(v)) return v;
  }
  return "";
}

/**
 * `anyAmount`: any amount cell not blank; `line`: the budget-line cell's text ("" without that
 * column); `currentName`: the activity later rows may still continue, if any.
 */
export function classifyRow(
  facts: RowFacts,
  anyAmount: boolean,
  activity: string,
  /** The activity label came from a merge and the row continues the one above. */
  continues: boolean,
  line: string,
  hasLines: boolean,
  currentName: string | undefined
): RowKind {
  if (nonEmptyOf(facts) === 0) return "skip";
  const hasCurrent = currentName !== undefined;
  if (facts & TOTAL_LABEL) {
    const lineTotal =
      hasLines &&
      hasCurrent &&
      isTotalLabel(line) &&
      (activity === "" || continues || activity === currentName);
    return lineTotal ? "lineTotal" : "total";
  }
  if (facts & FRAME_LABEL) return "frame";
  if (facts & LEFTOVER_LABEL) return "leftover";
  if (hasCurrent && (continues || (hasLines && activity === ""))) {
    return "continuation";
  }
  if (!anyAmount && nonEmptyOf(facts) === 1 && textsOf(facts) === 1) return "section";
  if (activity === "" && !anyAmount) return "skip";
  return "activity";
}
