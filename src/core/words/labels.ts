// Words in one place per language: the labels of the plan's concepts (total, frame, leftover,
// anchoring, focus area, …) that every writer shows, worded once in words/da.ts and words/en.ts.
// The Danish table's shape is the contract, so a label missing in English fails to compile.
import { absOre, formatKr } from "../money";
import type { UnitReading } from "../sheet/sheetUnit";
import type { Lang, YearSummary } from "../types";
import { da } from "./da";
import { en } from "./en";

export type Labels = typeof da;

const tables: { readonly [L in Lang]: Labels } = { da, en };

export function labelsFor(lang: Lang): Labels {
  return tables[lang];
}

/** "Beløb i 1.000 kr. (fra titlen)": the unit read and where, said beside the plan year. */
export function unitLine(unit: UnitReading, lang: Lang): string {
  const L = tables[lang];
  return L.amountsIn(L.amountUnit[unit.unit], L.unitSource[unit.source]);
}

/** A year's total as words: "1.897.663 kr.", or "mindst 1.897.663 kr.; 2 beløb kunne ikke læses". */
export function yearTotalText(y: YearSummary, lang: Lang): string {
  const total = formatKr(y.total, lang);
  return y.unreadAmounts > 0 ? tables[lang].atLeast(total, y.unreadAmounts) : total;
}

/**
 * A year's status in words, never by colour alone: compare-only, over the frame by how much,
 * within, or uncertain with why ("Usikker: mindst X kr.; N beløb kunne ikke læses").
 */
export function yearStatusText(y: YearSummary, lang: Lang): string {
  const L = tables[lang];
  switch (y.status) {
    case "compareOnly":
      return L.compareOnly;
    case "over":
      return L.overFrameBy(formatKr(absOre(y.leftover), lang));
    case "within":
      return L.withinFrame;
    case "uncertain":
      return `${L.uncertain}: ${y.unreadAmounts > 0 ? yearTotalText(y, lang) : L.unitInDoubt}`;
  }
}
