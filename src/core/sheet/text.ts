// Label matching that tolerates how people spell headers: case, accents, hyphens, æ/ø/å.
import type { CellValue } from "../types";

/** Printable ASCII only (most cells): such a text folds by lower-casing and dropping the rest. */
export const PRINTABLE_ASCII = /^[ -~]*$/;

/** "Indsats-område" → "indsatsomraade"; æ/ø/å fold the same way whether typed or decomposed. */
export function fold(s: string): string {
  // Pre-check kept, as the bench shows (engine, 10,000 activities × 10 years, CPU per check,
  // median of 15 alternating runs on 2026-11-30): 27.3 ms with it, 30.1 ms without. Since
  // duplicateActivity folds every activity name, most of them pass here.
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return foldAnyText(s);
}

/** fold() without its ASCII shortcut: Unicode normalised, æ/ø/å spelled out, accents dropped. */
export function foldAnyText(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[æä]/g, "ae")
    .replace(/[øö]/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Whitespace that tidying would change: a leading or trailing space, two spaces in a row, or any
 * whitespace other than a plain space (tab, line break, no-break space …). A text with none is
 * already tidy.
 */
export const UNTIDY_SPACE = /^ | $| {2}|[^\S ]/;

/** Trims a text and collapses each run of whitespace to one plain space. */
export function tidySpaces(s: string): string {
  return UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** Text of a cell, trimmed with inner whitespace collapsed; "" for non-text. */
export function tidyCellText(v: CellValue | undefined): string {
  return typeof v === "string" ? tidySpaces(v) : "";
}

/** Text of a cell for labels: strings, and numbers written as text (nr. columns). */
export function cellLabel(v: CellValue | undefined): string {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return tidyCellText(v);
}

const YEAR_RE = /(?:^|[^0-9])(19[9][0-9]|20[0-9]{2}|2100)(?![0-9])/;

/** A year 1990-2100 as a number, or the first one inside a text ("Budget 2026", "2027 (kr.)"). */
export function yearOf(v: CellValue | undefined): number | undefined {
  if (typeof v === "number") {
    return Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : undefined;
  }
  if (typeof v !== "string") return undefined;
  const m = YEAR_RE.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** Two-letter starts of every folded total, frame and leftover label (isTotalFolded, isFrameFolded, isLeftoverFolded below). */
const MARKER_STARTS = new Set(
  [
    "ia",
    "to",
    "su",
    "sa",
    "aa",
    "bu",
    "ra",
    "fr",
    "re",
    "le",
    "ik",
    "uf",
    "ud",
    "ti",
    "ko",
    "di",
  ].map((p) => p.charCodeAt(0) * 128 + p.charCodeAt(1))
);

/**
 * False when a text cannot fold to an "I alt", "Ramme" or "Restbeløb" label: its first two
 * letters or digits (plain ASCII) start none of them. Saves folding every label of a big sheet.
 * Any other character before those two means "maybe": fold() decides. Kept, as the bench shows:
 * 27.4 ms per check with it, 53.7 ms without (engine bench, 10,000 activities × 10 years, CPU per
 * check, median of 7 alternating runs on 2026-11-30). The text spec checks that it never rules
 * out a label the folded tests accept.
 */
export function mayBeMarker(s: string): boolean {
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 126) return true;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (first < 0) first = c;
      else return MARKER_STARTS.has(first * 128 + c);
    }
  }
  return false;
}

const TOTAL = new Set(["ialt", "total", "totalt", "sum", "samlet", "samletialt", "totalialt"]);

/**
 * A subtotal's first word, whole: "Subtotal Aktive byrum", "Sum indsatsområde 1", "Total for
 * Aktive byrum", "Totalt: Positive fællesskaber". Folding would join it to the next word, so
 * "Totalrenovering" and "Summer camp" are checked on the text as written.
 */
const TOTAL_FIRST_WORD = /^\s*(?:sub-?total|total|totalt|sum|i alt)(?![\p{L}\p{N}])/iu;

/** A text of any length that opens with a total's word ("Subtotal Kommunikation, dialog og synlighed"). */
export function opensAsTotal(text: string): boolean {
  return TOTAL_FIRST_WORD.test(text);
}

/** "I alt", "I alt:", "Total", "Sum", "Samlet", "I alt 2026", "Subtotal Aktive byrum" … */
export function isTotalLabel(text: string): boolean {
  return isTotalText(text, fold(text));
}

/** isTotalLabel for a text already folded (`folded` is fold(text)). */
export function isTotalText(text: string, folded: string): boolean {
  return isTotalFolded(folded) || TOTAL_FIRST_WORD.test(text);
}

export function isTotalFolded(f: string): boolean {
  return TOTAL.has(f) || f.startsWith("ialt");
}

/** The units a frame label may name, folded: "Ramme (1.000 kr.)", "Ramme i t.kr.", "Ramme, mio. kr.". */
const FRAME_UNIT = "(?:i)?(?:kr|dkk|1000kr|kr1000|tkr|tusindekr|tusindkr|miokr|mio|millkr|mill)";
const FRAME_FOLDED = new RegExp(
  `^(?:aarlig|samlet)?(?:budget)?rammen?${FRAME_UNIT}?(?:ialt|peraar|praar)?${FRAME_UNIT}?$|^(?:budget)?frame$`
);

/** A folded "Ramme", "Budgetramme", "Ramme (kr.)", "Årlig ramme", "Ramme (1.000 kr.)". */
export function isFrameFolded(f: string): boolean {
  return FRAME_FOLDED.test(f);
}

/** Checks the sheet makes of its own figures: a row that says so is no activity. */
const CHECK_ROWS = new Set(["kontrol", "kontrolsum", "difference", "differens", "diff"]);

/**
 * A folded "Resterende beløb pr. år", "Restbeløb", "Rest", "Ikke disponeret", "Til rådighed",
 * "Uforbrugt", or a check row ("Kontrol", "Difference"): derived by the sheet, not an activity.
 */
export function isLeftoverFolded(f: string): boolean {
  return (
    f === "rest" ||
    f.startsWith("restbeloeb") ||
    f.startsWith("resterende") ||
    f.startsWith("leftover") ||
    f.startsWith("remaining") ||
    f.startsWith("ikkefordelt") ||
    f.startsWith("ufordelt") ||
    f.startsWith("ikkedisponeret") ||
    f.startsWith("udisponeret") ||
    f.startsWith("uforbrugt") ||
    f.startsWith("tilraadighed") ||
    f.startsWith("tildisposition") ||
    CHECK_ROWS.has(f)
  );
}
