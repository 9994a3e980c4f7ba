// Label matching that tolerates how people spell headers: case, accents, hyphens, æ/ø/å.
import type { CellValue } from "./types";

/** "Indsats-område" → "indsatsomraade"; æ/ø/å fold the same way whether typed or decomposed. */
export function fold(s: string): string {
  // Plain printable ASCII (most cells) needs no Unicode work: this runs on every label cell of big sheets.
  if (/^[ -~]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, "");
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
 * True when a text has no whitespace to tidy: nothing but single plain spaces between other
 * characters. (Conservative: a few non-spaces near U+2000 also answer false.)
 */
export function isTidy(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c < 33) {
      if (c !== 32 || i === 0 || i === last || s.charCodeAt(i - 1) === 32) return false;
    } else if (
      c >= 0xa0 &&
      (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff)
    ) {
      return false;
    }
  }
  return true;
}

/** Hash of a folded text: equal folds give equal hashes. -1 for the empty fold. */
function hashFolded(f: string): number {
  if (f === "") return -1;
  let h = 0;
  for (let i = 0; i < f.length; i++) h = (h * 31 + f.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * hashFolded(fold(s)), without building the folded text for plain ASCII (most names): a cheap
 * number to group names by before comparing their folds.
 */
export function foldHash(s: string): number {
  let h = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 32 || c > 126) return hashFolded(fold(s));
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = (h * 31 + c) & 0x3fffffff;
      n++;
    }
  }
  return n === 0 ? -1 : h;
}

/** Text of a cell, trimmed with inner whitespace collapsed; "" for non-text. */
export function tidyCellText(v: CellValue | undefined): string {
  if (typeof v !== "string") return "";
  // Most cells are tidy already: this runs on every label cell of big sheets.
  if (isTidy(v)) return v;
  return v.replace(/[\s\u00a0\u202f]+/g, " ").trim();
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

/** Two-letter starts of every folded total, frame and leftover label (see text.ts). */
const MARKER_STARTS = new Set(
  ["ia", "to", "su", "sa", "aa", "bu", "ra", "fr", "re", "le", "ik", "uf"].map(
    (p) => p.charCodeAt(0) * 128 + p.charCodeAt(1)
  )
);

/**
 * False when a text cannot fold to an "I alt", "Ramme" or "Restbeløb" label: its first two
 * letters or digits (plain ASCII) start none of them. Saves folding every label of a big sheet.
 * Any other character before those two means "maybe": fold() decides.
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

/** "I alt", "I alt:", "Total", "Sum", "Samlet", "I alt 2026" … */
export function isTotalLabel(text: string): boolean {
  return isTotalFolded(fold(text));
}

export function isTotalFolded(f: string): boolean {
  return TOTAL.has(f) || f.startsWith("ialt");
}

/** A folded "Ramme", "Budgetramme", "Ramme (kr.)", "Årlig ramme". */
export function isFrameFolded(f: string): boolean {
  return /^(?:aarlig|samlet)?(?:budget)?rammen?(?:kr|ialt|peraar|praar)?$|^(?:budget)?frame$/.test(
    f
  );
}

/** A folded "Resterende beløb pr. år", "Restbeløb", "Rest": derived by the sheet, not an activity. */
export function isLeftoverFolded(f: string): boolean {
  return (
    f === "rest" ||
    f.startsWith("restbeloeb") ||
    f.startsWith("resterende") ||
    f.startsWith("leftover") ||
    f.startsWith("remaining") ||
    f.startsWith("ikkefordelt") ||
    f.startsWith("ufordelt")
  );
}
