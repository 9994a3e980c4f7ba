// The report's spending section (only for a sheet with spending columns): per year the budget,
// what is spent and what is left, with the pace against the year in words; then, for the latest
// year with spending and a budget, the activities furthest from their budget.
import type { Content, TableCell } from "pdfmake/interfaces";
import { absOre, formatKr, minus, spendingBounds, type Ore } from "../core";
import type { Lang, Report, SpendingYear } from "../core";
import { boundedKr, boundedPercent, labelsFor, spendingText } from "../core/words";
import { amount, sectionTitle, table } from "./layout";

/** How many activities the "furthest from plan" table lists. */
const FURTHEST = 5;

/** Per year: budget, spent, not yet spent and the share, each «mindst»/«højst» where a bound. */
function yearRows(years: readonly SpendingYear[], lang: Lang): TableCell[][] {
  const w = labelsFor(lang).spending;
  return years.map((y) => {
    const b = spendingBounds(y);
    const rest = b.notSpent;
    const share = b.shareSpent;
    return [
      { text: String(y.year), bold: true },
      amount(b.budget === null ? "–" : boundedKr(b.budget, lang)),
      amount(boundedKr(b.spent, lang), { bold: true }),
      amount(rest === null ? "–" : rest === "unknown" ? w.unknown : boundedKr(rest, lang)),
      amount(share === null ? "–" : share === "unknown" ? w.unknown : boundedPercent(share, lang)),
    ];
  });
}

/**
 * The year's activities paid from the frame with a budget and spending, furthest from their budget
 * first (spent − budget, either way). Rows outside the frame (project management) are left out, as
 * they are from the year's budget and spending.
 */
export function furthestFromPlan(
  report: Report,
  k: number
): { name: string; budget: Ore; spent: Ore; diff: Ore }[] {
  const s = report.spending!;
  const i = report.years.findIndex((y) => y.year === s.years[k].year);
  return report.activities
    .filter((a) => !a.outsideFrame)
    .map((a) => ({
      name: a.name,
      budget: a.amounts[i] ?? null,
      spent: s.byActivity[a.id]?.[k] ?? null,
    }))
    .filter(
      (r): r is typeof r & { budget: Ore; spent: Ore } => r.budget !== null && r.spent !== null
    )
    .map((r) => ({ ...r, diff: minus(r.spent, r.budget) }))
    .sort((x, y) => absOre(y.diff) - absOre(x.diff))
    .slice(0, FURTHEST);
}

function furthest(report: Report, k: number, lang: Lang): Content[] {
  const year = report.spending!.years[k].year;
  const w = labelsFor(lang).spending;
  const rows = furthestFromPlan(report, k).map((r): TableCell[] => [
    r.name,
    amount(formatKr(r.budget, lang)),
    amount(formatKr(r.spent, lang)),
    amount(formatKr(r.diff, lang), { bold: true }),
  ]);
  if (rows.length === 0) return [];
  return [
    table([labelsFor(lang).activity, w.budget, w.spent, w.difference], rows, ["*", 80, 80, 80], {
      right: [1, 2, 3],
      title: sectionTitle(`${w.furthest} ${year}`),
    }),
  ];
}

export function spendingSection(report: Report, lang: Lang): Content[] {
  const s = report.spending;
  if (!s) return [];
  const w = labelsFor(lang).spending;
  const L = labelsFor(lang);
  const lines = s.years.map((y) => {
    const t = spendingText(y, lang);
    return `${y.year}: ${[t.headline, t.pace, t.rest, t.unread].filter(Boolean).join("; ")}`;
  });
  const k = s.years.map((y) => y.budget !== null).lastIndexOf(true);
  return [
    {
      ...table(
        [L.year, w.budget, w.spent, w.notSpent, w.share],
        yearRows(s.years, lang),
        [40, "*", "*", "*", 70],
        {
          right: [1, 2, 3, 4],
          title: sectionTitle(w.title, lines),
        }
      ),
      fontSize: 10,
    },
    ...(k >= 0 ? furthest(report, k, lang) : []),
  ];
}
