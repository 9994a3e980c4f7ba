// Money and shares in words for people: Danish "1.900.000 kr.", English "DKK 1,900,000".
import type { Lang, Ore } from "./types";

const intFormat: Record<Lang, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

/** Øre to kroner as a number (for JSON, CSV and Excel cells). */
export function oreToKr(ore: Ore | number): number {
  return ore / 100;
}

/** Kroner (possibly fractional) to integer øre. */
export function krToOre(kr: number): Ore {
  const ore = Math.round(kr * 100);
  return (ore === 0 ? 0 : ore) as Ore;
}

/** The number part only: "1.900.000" / "1.900.000,50" (da), "1,900,000.50" (en); øre only when non-zero. */
export function formatAmount(ore: Ore | number, lang: Lang): string {
  const abs = Math.abs(Math.round(ore));
  // Integer kroner and øre apart, so formatting never meets a binary fraction.
  const kr = Math.floor(abs / 100);
  const rest = abs % 100;
  const sign = ore < 0 && abs !== 0 ? "-" : "";
  const whole = intFormat[lang].format(kr);
  const frac = rest === 0 ? "" : (lang === "da" ? "," : ".") + String(rest).padStart(2, "0");
  return sign + whole + frac;
}

/** "1.900.000 kr." (da) / "DKK 1,900,000" (en). */
export function formatKr(ore: Ore | number, lang: Lang): string {
  const n = formatAmount(ore, lang);
  return lang === "da" ? `${n} kr.` : `DKK ${n}`;
}

/** A share 0..1 as "80 %" (da) / "80%" (en), one decimal when not whole: "66,7 %". */
export function formatPercent(share: number, lang: Lang): string {
  const pct = Math.round(share * 1000) / 10;
  const text = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(pct);
  return lang === "da" ? `${text} %` : `${text}%`;
}
