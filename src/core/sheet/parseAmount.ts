// Amounts as people type them in Danish sheets, read to integer øre without floating-point drift,
// in the unit the sheet keeps them in (kr., 1.000 kr., mio. kr.): every amount the engine reads
// (budget, frame row, spending, long lists) goes through parseAmount, or readAmounts' fast path.
import { digitsToOre, numberToOre, UNIT_EXP10, type AmountUnit } from "./amountScale";
import { ore, type Ore } from "../money";
import type { CellValue } from "../types";

/** How a text amount was read when Danish and English notation disagree. */
export interface Ambiguity {
  /** The reading used: "da" ("250,000" → 250) or "en" ("1,900,000" → 1.900.000). */
  reading: "da" | "en";
  used: Ore;
  /** The other notation's reading, when it has one. */
  other?: Ore;
}

export type ParsedAmount =
  | { kind: "blank" }
  | { kind: "amount"; ore: Ore; ambiguous?: Ambiguity }
  | { kind: "text"; text: string }
  | { kind: "error"; error: string };

const BLANK_TEXT = new Set(["", "-", "–", "—", "−"]);

/** Folds the spaces Excel and PDFs leave in numbers (non-breaking, thin, narrow) to plain ones. */
function normaliseSpaces(s: string): string {
  return s
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface NumberReading {
  ore: number;
  ambiguous?: { reading: "da" | "en"; other?: number };
}

/** Reads the bare number part (no sign, currency or "mio."). */
function readNumber(s: string, exp10: number): NumberReading | undefined {
  let m: RegExpExecArray | null;
  // Danish grouping with dots or spaces: 1.900.000 / 1 900 000, optional decimal comma.
  if ((m = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(\d+))?$/.exec(s))) {
    return { ore: digitsToOre(m[1].replace(/[. ]/g, ""), m[2] ?? "", exp10) };
  }
  // English grouping with several comma groups ("1,900,000"): only English reads it.
  if ((m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(s))) {
    return {
      ore: digitsToOre(m[1].replace(/,/g, ""), m[2] ?? "", exp10),
      ambiguous: { reading: "en" },
    };
  }
  // One comma and three digits after ("250,000"): Danish decimal, English thousands.
  if ((m = /^([1-9]\d{0,2}),(\d{3})$/.exec(s))) {
    return {
      ore: digitsToOre(m[1], m[2], exp10),
      ambiguous: { reading: "da", other: digitsToOre(m[1] + m[2], "", exp10) },
    };
  }
  // Plain digits, optional decimal comma: 1900000 / 120,5.
  if ((m = /^(\d+)(?:,(\d+))?$/.exec(s))) {
    return { ore: digitsToOre(m[1], m[2] ?? "", exp10) };
  }
  // English grouping with a decimal point ("1,900.50") or a bare decimal point ("1234.50").
  if ((m = /^(\d{1,3}(?:,\d{3})+|\d+)\.(\d{1,2})$/.exec(s))) {
    return { ore: digitsToOre(m[1].replace(/,/g, ""), m[2], exp10), ambiguous: { reading: "en" } };
  }
  return undefined;
}

/**
 * Reads text like "120.000 kr.", "kr. 25.000", "25.000,-", "1,9 mio. kr.", "-5.000": in the
 * sheet's unit (`exp10`), unless the text names millions itself ("1,9 mio." is always millions).
 */
function readText(raw: string, unitExp10: number): NumberReading | undefined {
  let s = normaliseSpaces(raw).toLowerCase();
  let negative = false;
  if (/^[-–−]\s*\d/.test(s)) {
    negative = true;
    s = s.replace(/^[-–−]\s*/, "");
  }
  // Currency before or after, in either order with "mio.".
  s = s.replace(/^(?:kr\.?|dkk)\s*/, "");
  s = s.replace(/\s*(?:kr\.?|dkk)$/, "");
  let exp10 = unitExp10;
  const mio = /\s*(?:mio\.?|mill\.?|millioner|million)$/.exec(s);
  if (mio) {
    exp10 = 6;
    s = s.slice(0, mio.index);
  }
  s = s.replace(/\s*(?:kr\.?|dkk)$/, "");
  // "25.000,-" / "25.000,–" (whole kroner) and "30.000." (stray full stop, 2013 plan).
  s = s.replace(/,[-–]$/, "").replace(/(\d)\.$/, "$1");
  if (negative === false && /^[-–−]\s*\d/.test(s)) {
    negative = true;
    s = s.replace(/^[-–−]\s*/, "");
  }
  const r = readNumber(s.trim(), exp10);
  if (!r) return undefined;
  if (!negative) return r;
  return {
    ore: -r.ore,
    ambiguous: r.ambiguous && {
      reading: r.ambiguous.reading,
      ...(r.ambiguous.other !== undefined ? { other: -r.ambiguous.other } : {}),
    },
  };
}

function isCellError(v: CellValue): v is { error: string } {
  return (
    typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string"
  );
}

const BLANK: ParsedAmount = Object.freeze({ kind: "blank" });

/**
 * Reads one amount cell, kept in `unit` (the sheet's: kroner unless it says otherwise), to øre.
 * Never throws: what is not an amount comes back as text or error.
 */
export function parseAmount(v: CellValue, unit: AmountUnit = "kr"): ParsedAmount {
  if (v === null || v === undefined || v === "") return BLANK;
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "boolean") return { kind: "text", text: v ? "SAND" : "FALSK" };
  if (typeof v === "number") {
    const amount = numberToOre(v, unit);
    if (amount === undefined) return { kind: "text", text: String(v) };
    return { kind: "amount", ore: ore(amount) };
  }
  if (typeof v !== "string") return { kind: "text", text: String(v) };
  if (BLANK_TEXT.has(normaliseSpaces(v))) return BLANK;
  const r = readText(v, UNIT_EXP10[unit]);
  if (!r || !Number.isSafeInteger(r.ore)) return { kind: "text", text: v };
  const amount = ore(r.ore);
  if (!r.ambiguous) return { kind: "amount", ore: amount };
  const ambiguous: Ambiguity = { reading: r.ambiguous.reading, used: amount };
  if (r.ambiguous.other !== undefined) ambiguous.other = ore(r.ambiguous.other);
  return { kind: "amount", ore: amount, ambiguous };
}

/**
 * A frame typed by a user ("1.900.000", "1,9 mio.", "1900000") in øre; undefined when it is
 * not a clear, non-negative amount (ambiguous input is refused rather than guessed).
 */
export function parseKroner(text: string): Ore | undefined {
  const p = parseAmount(text);
  if (p.kind !== "amount" || p.ambiguous || p.ore < 0) return undefined;
  return p.ore;
}
