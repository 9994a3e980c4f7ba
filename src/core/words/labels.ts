// Words in one place per language: the labels of the plan's concepts (total, frame, leftover,
// anchoring, focus area, …) that every writer shows, worded once in words/da.ts and words/en.ts.
// The Danish table's shape is the contract, so a label missing in English fails to compile.
import { absOre, formatKr } from "../money";
import { listWords } from "./format";
import type { ListShape } from "../sheet/detectList";
import type { UnitReading } from "../sheet/sheetUnit";
import type { Lang, YearSummary } from "../types";
import { da } from "./da";
import { en } from "./en";

export type Labels = typeof da;

const tables: { readonly [L in Lang]: Labels } = { da, en };

export function labelsFor(lang: Lang): Labels {
  return tables[lang];
}

/**
 * "Beløb i 1.000 kr. (fra titlen)": the unit read and where, said beside the plan year. When the
 * sheet states different units, each with its place, and that the amounts are uncertain.
 */
export function unitLine(unit: UnitReading, lang: Lang): string {
  return unitLineIn(unit, tables[lang]);
}

/** unitLine in a given label table (the pane's `t` spreads the labels in). */
export function unitLineIn(unit: UnitReading, L: Labels): string {
  if (!unit.conflict) return L.amountsIn(L.amountUnit[unit.unit], L.unitSource[unit.source]);
  const seen = new Set<string>();
  const stated: string[] = [];
  for (const s of unit.conflict) {
    if (seen.has(s.unit)) continue;
    seen.add(s.unit);
    stated.push(`${L.amountUnit[s.unit]} ${L.unitPlace[s.source]}`);
  }
  return L.amountsInConflict(listWords(stated, L.and), L.amountUnit[unit.unit]);
}

/**
 * "Læst som liste: én række pr. aktivitet og år" when the sheet was read as a long list (said
 * beside the unit line); undefined for a wide table, which reads as it always did.
 */
export function shapeLine(shape: ListShape | undefined, lang: Lang): string | undefined {
  return shape === undefined ? undefined : tables[lang].listShape[shape];
}

/** A year's total as words: "1.897.663 kr.", or "mindst 1.897.663 kr.; 2 beløb kunne ikke læses". */
export function yearTotalText(y: YearSummary, lang: Lang): string {
  const total = formatKr(y.total, lang);
  return y.unreadAmounts > 0 ? tables[lang].atLeast(total, y.unreadAmounts) : total;
}

/**
 * A year's status in words, never by colour alone: compare-only, over the frame by how much,
 * within, or uncertain with why ("Usikker: mindst X kr.; N beløb kunne ikke læses"). On a sheet
 * with two units, over or within says it holds in every unit, with the smallest margin ("mindst").
 */
export function yearStatusText(y: YearSummary, lang: Lang): string {
  const L = tables[lang];
  switch (y.status) {
    case "compareOnly":
      return L.compareOnly;
    case "over":
      return y.margin !== undefined
        ? L.overFrameAtLeast(
            formatKr(y.margin, lang),
            y.unitConflict ? L.eitherUnit : L.withoutInDoubt
          )
        : L.overFrameBy(formatKr(absOre(y.leftover), lang));
    case "within":
      return y.margin !== undefined
        ? L.withinFrameAtLeast(
            formatKr(y.margin, lang),
            y.unitConflict ? L.eitherUnit : L.withInDoubt
          )
        : L.withinFrame;
    case "uncertain": {
      const why = [
        y.unitConflict ? L.unitConflict : undefined,
        y.frameInDoubt !== undefined && y.total > y.frame ? L.frameInDoubt : undefined,
        y.unreadAmounts > 0 ? yearTotalText(y, lang) : undefined,
      ].filter((w) => w !== undefined);
      return `${L.uncertain}: ${why.length > 0 ? why.join("; ") : L.unitInDoubt}`;
    }
  }
}
