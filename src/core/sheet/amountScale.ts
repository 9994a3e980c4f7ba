// The unit a sheet keeps its amounts in, and the one exact way from what a cell holds to øre:
// decimal digits shifted by the unit's power of ten in integer arithmetic, never a float product
// (0,006 mio. is 6.000 kr. exactly; 0.006 * 1e8 is not 600.000 øre).

/** Kroner, thousands of kroner (1.000 kr., t.kr.) or millions (mio. kr.). */
export type AmountUnit = "kr" | "1000" | "mio";

export const AMOUNT_UNITS: readonly AmountUnit[] = ["kr", "1000", "mio"];

/** The unit's power of ten in kroner. */
export const UNIT_EXP10: Readonly<Record<AmountUnit, number>> = { kr: 0, "1000": 3, mio: 6 };

/** Øre per unit for whole numbers (the fast path: an integer times this stays exact). */
const ORE_PER_UNIT: Readonly<Record<AmountUnit, number>> = { kr: 100, "1000": 1e5, mio: 1e8 };

/**
 * Digits with an optional fraction, times 10^exp10 kr., to øre by string arithmetic, the øre
 * rounded half up (away from zero: the caller signs the result). May be unsafe when huge: the
 * caller checks `Number.isSafeInteger`.
 */
export function digitsToOre(intDigits: string, fracDigits: string, exp10: number): number {
  const digits = (intDigits + fracDigits).replace(/^0+(?=\d)/, "");
  const shift = 2 + exp10 - fracDigits.length;
  if (shift >= 0) return Number(digits + "0".repeat(shift));
  const keep = digits.length + shift;
  const head = keep > 0 ? Number(digits.slice(0, keep)) : 0;
  const next = keep >= 0 && keep < digits.length ? Number(digits[keep]) : 0;
  return head + (next >= 5 ? 1 : 0);
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * A number cell's value in the given unit to øre: whole numbers by an exact integer product, any
 * other by its shortest decimal string (what Excel shows at full precision), shifted exactly.
 * Undefined when not finite or beyond what øre can hold exactly.
 */
export function numberToOre(v: number, unit: AmountUnit): number | undefined {
  if (Number.isInteger(v)) {
    const whole = v * ORE_PER_UNIT[unit];
    return Number.isSafeInteger(whole) ? whole : undefined;
  }
  if (!Number.isFinite(v)) return undefined;
  const m = DECIMAL.exec(String(Math.abs(v)));
  if (!m) return undefined;
  const exp = UNIT_EXP10[unit] + (m[3] === undefined ? 0 : Number(m[3]));
  const magnitude = digitsToOre(m[1], m[2] ?? "", exp);
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return v < 0 ? -magnitude : magnitude;
}
