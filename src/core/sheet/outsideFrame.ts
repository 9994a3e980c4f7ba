// Rows not paid from the frame: project management (the agreement puts 0,31 mio. kr. a year for
// half a person-year in Sikker By on top of the 1,9 mio. kr. frame), or any row the sheet marks so
// ("uden for rammen", "finansieres udenfor rammen", a Ramme column that says "Nej"). They are shown
// and summed on their own line, never held against the frame. Every word for it lives here.
import { foldAnyText } from "./text";
import { sparseIndexes } from "./rowCells";
import type { CellValue, OutsideFrame } from "../types";

/** Lower case, æ/ø/å spelled out, punctuation dropped, one space between words. */
function foldWords(s: string): string {
  return s
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldAnyText)
    .filter((w) => w !== "")
    .join(" ");
}

/**
 * The activity's name begins with project management: "Projektledelse (Sikker By, ½ årsværk)",
 * "Projektleder, Sikker By". Only as the name's first word: "Ledelse af Haven" or "Netværk for
 * projektledere" is an ordinary activity.
 */
const PROJECT_MANAGEMENT = /^projektled(?:else|elsen|er|eren|erloen)\b/;

/**
 * A text that says the row is outside the frame: "uden for rammen", "udenfor ramme", "finansieres
 * udenfor rammen", "ikke en del af rammen", "ikke omfattet af rammen", "finansieres uden for".
 */
const MARKED_OUTSIDE = new RegExp(
  "\\b(?:" +
    [
      "uden ?for (?:den )?(?:oekonomiske )?rammen?",
      "ikke (?:en del af|omfattet af|inden ?for|finansieret af) (?:den )?rammen?",
      "finansieres uden ?for",
    ].join("|") +
    ")\\b"
);

/** A column that says, per row, whether it is paid from the frame: "Ramme", "Inden for rammen". */
const FRAME_COLUMN =
  /^(?:ramme|rammen|i rammen|inden ?for rammen|indenfor ramme|rammefinansieret)$/;

/** In such a column, the answers that put a row outside the frame. */
const NOT_IN_FRAME = /^(?:nej|n|no|uden ?for|uden ?for rammen|ekstern|eksternt finansieret)$/;

/** Cheap pre-check on raw text before folding: every marked text names the frame ("ramme"). */
const MAY_MARK = /ramme|uden ?for/i;

/** A Ramme column cell's answer: outside the frame ("Nej"), inside (any other text), or none. */
export function frameAnswer(v: CellValue | undefined): "in" | "out" | undefined {
  if (typeof v !== "string" || v.trim() === "") return undefined;
  return NOT_IN_FRAME.test(foldWords(v)) ? "out" : "in";
}

export function isFrameColumnHeader(v: CellValue | undefined): boolean {
  return typeof v === "string" && FRAME_COLUMN.test(foldWords(v));
}

/** The name is project management (see PROJECT_MANAGEMENT). */
export function namesProjectManagement(name: string): boolean {
  return /^\s*projekt/i.test(name) && PROJECT_MANAGEMENT.test(foldWords(name));
}

/** A text in the row says it is outside the frame. */
export function marksOutsideFrame(text: string): boolean {
  return MAY_MARK.test(text) && MARKED_OUTSIDE.test(foldWords(text));
}

/**
 * Why a row is outside the frame, or undefined. `cells` are the row's cells from `originCol`;
 * year columns are skipped; `frameCol` is the block's Ramme column, if it has one.
 */
export function outsideFrameOf(
  name: string,
  nameCol: number,
  cells: readonly CellValue[],
  originCol: number,
  { isYearCol, frameCol }: { isYearCol: Uint8Array; frameCol: number | undefined }
): OutsideFrame | undefined {
  if (frameCol !== undefined) {
    const v = cells[frameCol - originCol];
    if (typeof v === "string" && NOT_IN_FRAME.test(foldWords(v))) {
      return { reason: "frameColumn", text: v.trim(), col: frameCol };
    }
  }
  // A sparse row (a stray value far right) is walked by the cells it holds, not to its length.
  for (const i of sparseIndexes(cells) ?? cells.keys()) {
    const v = cells[i];
    if (typeof v !== "string" || isYearCol[i] === 1 || !marksOutsideFrame(v)) continue;
    return { reason: "marked", text: v.trim(), col: originCol + i };
  }
  if (namesProjectManagement(name))
    return { reason: "projectManagement", text: name, col: nameCol };
  return undefined;
}
