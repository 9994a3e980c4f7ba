// A year's spending in words, the same in every shell: "Forbrugt 612.000 kr. (26 %)", "pr.
// 30.09.2026: 75 % af året, 61 % af budgettet brugt", "1.835.000 kr. endnu ikke brugt".
import { absOre, formatKr } from "../money";
import type { Lang, SpendingYear } from "../types";
import { formatDate, formatPercent } from "./format";
import { labelsFor } from "./labels";

/** A share as a whole percent, as people say it of spending: "26 %". */
export function wholePercent(share: number, lang: Lang): string {
  return formatPercent(Math.round(share * 100) / 100, lang);
}

export interface SpendingText {
  /** "Forbrugt 612.000 kr. (26 %)"; without a budget "Forbrugt 612.000 kr.". */
  headline: string;
  /** "pr. 30.09.2026: 75 % af året, 61 % af budgettet brugt"; undefined without a date or budget. */
  pace?: string;
  /** "1.835.000 kr. endnu ikke brugt", "Over budgettet med …", or that the sheet has no budget. */
  rest: string;
  /** "1 forbrugscelle kunne ikke læses", when any. */
  unread?: string;
}

export function spendingText(y: SpendingYear, lang: Lang): SpendingText {
  const w = labelsFor(lang).spending;
  const spent = formatKr(y.spent, lang);
  const headline =
    y.shareSpent === null
      ? w.spentPlain(spent)
      : w.spentOf(spent, wholePercent(y.shareSpent, lang));
  const date = y.until !== undefined ? w.until(formatDate(y.until, lang)) : undefined;
  const pace =
    date !== undefined && y.shareOfYear !== undefined && y.shareSpent !== null
      ? `${date}: ${w.yearAndBudget(wholePercent(y.shareOfYear, lang), wholePercent(y.shareSpent, lang))}`
      : date;
  let rest: string;
  if (y.notSpent === null) rest = w.noBudget;
  else if (y.notSpent < 0) rest = w.overBudget(formatKr(absOre(y.notSpent), lang));
  else rest = w.leftToSpend(formatKr(y.notSpent, lang));
  return {
    headline,
    ...(pace !== undefined ? { pace } : {}),
    rest,
    ...(y.unread > 0 ? { unread: w.unread(y.unread) } : {}),
  };
}
