// Shares, dates and lists in words for people: "66,7 %" (da), "66.7%" (en), "a, b og c". Money is
// formatted in money.ts.
import type { Lang } from "../types";

/** A share 0..1 as "80 %" (da) / "80%" (en), one decimal when not whole: "66,7 %". */
export function formatPercent(share: number, lang: Lang): string {
  const pct = Math.round(share * 1000) / 10;
  const text = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(pct);
  return lang === "da" ? `${text} %` : `${text}%`;
}

const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An ISO date as people write it: "30.09.2026" (da), "30 September 2026" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-");
  if (lang === "da") return `${d}.${m}.${y}`;
  return `${Number(d)} ${MONTH_NAMES_EN[Number(m) - 1]} ${y}`;
}

/** "a, b og c" / "a, b and c": `and` is the language's word. */
export function listWords(items: readonly string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
