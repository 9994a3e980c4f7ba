// A year's spending in words, the same in every shell: "Forbrugt 612.000 kr. (26 %)", "pr.
// 30.09.2026: 75 % af året, 61 % af budgettet brugt", "1.835.000 kr. endnu ikke brugt". Where
// cells could not be read the figures are bounds and say so ("Forbrugt mindst …", "højst … endnu
// ikke brugt"), as spendingBounds gives them; where nothing can be known, the words say that.
import { absOre, formatKr, type Ore } from "../money";
import {
  opposite,
  spendingBounds,
  surelyOverBudget,
  type Bound,
  type Bounded,
} from "../spendingBounds";
import type { Lang, SpendingYear } from "../types";
import { formatDate, formatPercent } from "./format";
import { labelsFor } from "./labels";

/** A share as a whole percent, as people say it of spending: "26 %". */
export function wholePercent(share: number, lang: Lang): string {
  return formatPercent(Math.round(share * 100) / 100, lang);
}

/** A figure with its bound in words: "1.250.000 kr.", "mindst 1.250.000 kr.", "højst …". */
function withBound(text: string, bound: Bound, lang: Lang): string {
  const w = labelsFor(lang).spending.bound;
  return bound === "exact" ? text : w[bound](text);
}

/** An amount that may be a bound: "mindst 1.250.000 kr.". */
export function boundedKr(b: Bounded<Ore>, lang: Lang): string {
  return withBound(formatKr(b.value, lang), b.bound, lang);
}

/**
 * A share that may be a bound, rounded the safe way so the words stay true: "mindst 51 %" rounds
 * down, "højst 61 %" up (60,2 % is at most 61 %, not at most 60 %).
 */
export function boundedPercent(b: Bounded<number>, lang: Lang): string {
  const pct = b.value * 100;
  // The tolerance keeps float noise (0.51 * 100 = 51.000000000000007) from moving a whole percent.
  const whole =
    b.bound === "atLeast"
      ? Math.floor(pct + 1e-9)
      : b.bound === "atMost"
        ? Math.ceil(pct - 1e-9)
        : Math.round(pct);
  return withBound(formatPercent(whole / 100, lang), b.bound, lang);
}

export interface SpendingText {
  /** "Forbrugt 612.000 kr. (26 %)"; without a budget "Forbrugt 612.000 kr."; bounds in words. */
  headline: string;
  /** "pr. 30.09.2026: 75 % af året, 61 % af budgettet brugt"; undefined without a date or budget. */
  pace?: string;
  /** "1.835.000 kr. endnu ikke brugt", "Over budgettet med …", unknown, or no budget in the sheet. */
  rest: string;
  /** "1 forbrugscelle kunne ikke læses" and/or "2 budgetbeløb for året kunne ikke læses", when any. */
  unread?: string;
}

/** What is left in words: a figure (perhaps a bound), over budget by it, or that it is unknown. */
function restText(b: ReturnType<typeof spendingBounds>, y: SpendingYear, lang: Lang): string {
  const w = labelsFor(lang).spending;
  const r = b.notSpent;
  if (r === null) return w.noBudget;
  if (r === "unknown") return y.unitConflict ? w.restUnknownUnit : w.restUnknown;
  if (r.value >= 0) return w.leftToSpend(boundedKr(r, lang));
  // Over: an at-most rest is an at-least overspend, and the other way round.
  return w.overBudget(boundedKr({ value: absOre(r.value), bound: opposite(r.bound) }, lang));
}

export function spendingText(y: SpendingYear, lang: Lang): SpendingText {
  const w = labelsFor(lang).spending;
  const b = spendingBounds(y);
  const spent = boundedKr(b.spent, lang);
  const share = b.shareSpent === null || b.shareSpent === "unknown" ? null : b.shareSpent;
  const headline =
    share === null ? w.spentPlain(spent) : w.spentOf(spent, boundedPercent(share, lang));
  const date = y.until !== undefined ? w.until(formatDate(y.until, lang)) : undefined;
  const pace =
    date !== undefined && y.shareOfYear !== undefined && share !== null
      ? `${date}: ${w.yearAndBudget(wholePercent(y.shareOfYear, lang), boundedPercent(share, lang))}`
      : date;
  const unread = [
    ...(y.unread > 0 ? [w.unread(y.unread)] : []),
    ...(b.budget?.bound === "atLeast" ? [w.budgetUnread(y.budgetUnread)] : []),
    ...(y.unitConflict ? [w.unitConflict] : []),
  ];
  return {
    headline,
    ...(pace !== undefined ? { pace } : {}),
    rest: restText(b, y, lang),
    ...(unread.length > 0 ? { unread: unread.join("; ") } : {}),
  };
}

/** Spent beyond the year's budget for certain (a bar and a warning may say so). */
export function spendingOver(y: SpendingYear): boolean {
  return surelyOverBudget(spendingBounds(y));
}
