// Money, in one place: amounts are integer øre (1 kr. = 100 øre) so sums never drift. Only this
// module makes an `Ore` from a number, converts to and from kroner, and writes amounts as text;
// the rest of the code adds and subtracts through it and never casts.
import type { Lang } from "./types";

/** Money in integer øre. Made only here (see `ore`), formatted only at the edge. */
export type Ore = number & { readonly __unit: "øre" };

export const ZERO_ORE = 0 as Ore;

/** A whole number of øre as Ore; -0 becomes 0 (so JSON and equality never see -0). */
export function ore(n: number): Ore {
  const whole = Math.round(n);
  return (whole === 0 ? 0 : whole) as Ore;
}

/** Kroner (possibly fractional: 1.900.000,50) to integer øre. */
export function krToOre(kr: number): Ore {
  return ore(kr * 100);
}

/** Øre to kroner as a number (for JSON, CSV and Excel cells): 12.345.678 øre → 123456.78. */
export function oreToKr(amount: Ore): number {
  return amount / 100;
}

export function plus(a: Ore, b: Ore): Ore {
  return (a + b) as Ore;
}

export function minus(a: Ore, b: Ore): Ore {
  return (a - b) as Ore;
}

export function absOre(a: Ore): Ore {
  return Math.abs(a) as Ore;
}

/** Sums in a Float64Array (whole øre stay exact below 2^53) read back as Ore. */
export function oreArray(sums: Float64Array | readonly number[]): Ore[] {
  return Array.from(sums, ore);
}

const intFormat: Record<Lang, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

/** A count with the language's thousands separator: "20.000" (da), "20,000" (en). */
export function formatCount(n: number, lang: Lang): string {
  return intFormat[lang].format(n);
}

/** Whole kroner and the øre apart, by integer arithmetic: no binary fraction ever formatted. */
function split(amount: number): { sign: string; kr: number; rest: number } {
  const abs = Math.abs(Math.round(amount));
  return { sign: amount < 0 && abs !== 0 ? "-" : "", kr: Math.floor(abs / 100), rest: abs % 100 };
}

/** The number part only: "1.900.000" / "1.900.000,50" (da), "1,900,000.50" (en); øre only when non-zero. */
export function formatAmount(amount: Ore, lang: Lang): string {
  const { sign, kr, rest } = split(amount);
  const frac = rest === 0 ? "" : (lang === "da" ? "," : ".") + String(rest).padStart(2, "0");
  return sign + intFormat[lang].format(kr) + frac;
}

/** "1.900.000 kr." (da) / "DKK 1,900,000" (en). */
export function formatKr(amount: Ore, lang: Lang): string {
  const n = formatAmount(amount, lang);
  return lang === "da" ? `${n} kr.` : `DKK ${n}`;
}

/** Kroner for a CSV cell: decimal comma, no grouping, no trailing zero ("200000,5"). */
export function csvAmount(amount: Ore): string {
  const { sign, kr, rest } = split(amount);
  const frac = rest === 0 ? "" : "," + String(rest).padStart(2, "0").replace(/0$/, "");
  return sign + String(kr) + frac;
}
