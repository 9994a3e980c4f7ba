// The overview sheet's section "Ændringer siden godkendt", below the table: per year the
// approved total, the total now (a formula on the summary's total, so it follows edits) and the
// change; then each changed activity with its change per year, in the table's year columns.
import { outputLabelsFor } from "../words/outputLabels";
import { columnLetter } from "../sheet/address";
import { oreToKr } from "../money";
import type { PlanCell, PlanValue, PlanYear } from "./overviewSheetTypes";
import type { Lang, Overview } from "../types";
import { changedActivities, type ActivityChange, type Changes } from "../compare/compare";
import { anchoringChange, changesTitle } from "../compare/words";

/** A change shows its sign, and a cut in red (so not by colour alone). */
const CHANGE_FORMAT = '+#,##0 "kr.";[Red]-#,##0 "kr.";0 "kr."';

const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

function statusWord(a: ActivityChange, lang: Lang): string {
  const w = outputLabelsFor(lang).changes;
  return a.status === "added" ? w.added : a.status === "removed" ? w.removed : w.changed;
}

function detail(a: ActivityChange, lang: Lang): string | null {
  const L = outputLabelsFor(lang);
  const parts: string[] = [];
  if (a.approvedName !== undefined) parts.push(L.changes.was(a.approvedName));
  if (a.anchoring) parts.push(`${L.anchoring}: ${anchoringChange(a, lang)}`);
  return parts.length ? parts.join("; ") : null;
}

/**
 * The section from `top` (0-based row) down; the years in the columns of the summary's `years`
 * (in order from `firstYearCol`). Name, status and detail go in columns B, C and D. Totals use
 * `kronerFormat` (the sheet's), changes CHANGE_FORMAT.
 */
export function changesSheetSection(
  c: Changes,
  lang: Lang,
  top: number,
  years: PlanYear[],
  firstYearCol: number,
  kronerFormat: string
): { cells: PlanCell[]; lastRow: number } {
  const L = outputLabelsFor(lang);
  const w = L.changes;
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: PlanCell["value"], extra: Partial<PlanCell> = {}) =>
    cells.push({ address: a1(row, col), row, col, value, ...extra });
  const money = { numFmt: kronerFormat };
  const change = { numFmt: CHANGE_FORMAT };
  const byYear = new Map(c.years.map((y) => [y.year, y]));
  const cols = years.map((y, i) => ({
    year: y.year,
    col: firstYearCol + i,
    totalCell: y.totalCell,
  }));
  put(top, 1, changesTitle(c, lang), { bold: true });
  put(top + 1, 1, w.approved, { bold: true });
  put(top + 2, 1, w.now, { bold: true });
  put(top + 3, 1, w.change, { bold: true });
  for (const y of cols) {
    const ch = byYear.get(y.year);
    if (!ch) continue;
    put(top + 1, y.col, oreToKr(ch.approvedTotal), money);
    put(top + 2, y.col, oreToKr(ch.total), { ...money, formula: y.totalCell });
    const formula = `${a1(top + 2, y.col)}-${a1(top + 1, y.col)}`;
    put(top + 3, y.col, oreToKr(ch.delta), { ...change, bold: true, formula });
  }
  const changed = changedActivities(c);
  if (!changed.length) {
    put(top + 5, 1, w.none);
    return { cells, lastRow: top + 5 };
  }
  const head = top + 5;
  put(head, 1, L.activity, { bold: true });
  put(head, 2, L.status, { bold: true });
  for (const y of cols) put(head, y.col, `${w.change} ${y.year}`, { bold: true });
  changed.forEach((a, k) => {
    const row = head + 1 + k;
    put(row, 1, a.name);
    put(row, 2, statusWord(a, lang));
    const d = detail(a, lang);
    if (d) put(row, 3, d);
    for (const delta of a.deltas) {
      const y = cols.find((s) => s.year === delta.year);
      if (y) put(row, y.col, oreToKr(delta.delta), change);
    }
  });
  return { cells, lastRow: head + changed.length };
}

/**
 * The CSV's change columns: "Ændring 2026" … per year; per overview row its changes (blank where
 * none); and a row per removed activity (Nr., name, area in the table's first columns).
 */
export function changeCsvColumns(
  c: Changes,
  overview: Overview,
  years: number[],
  lang: Lang,
  tableWidth: number
): { head: string[]; cells: PlanValue[][]; removedRows: PlanValue[][] } {
  const w = outputLabelsFor(lang).changes;
  const byId = new Map<number, ActivityChange>();
  for (const a of c.activities) if (a.activityId !== undefined) byId.set(a.activityId, a);
  const deltas = (a: ActivityChange | undefined): PlanValue[] =>
    years.map((y) => {
      const d = a?.deltas.find((x) => x.year === y);
      return d ? oreToKr(d.delta) : null;
    });
  const removed = c.activities.filter((a) => a.status === "removed");
  return {
    head: years.map((y) => `${w.change} ${y}`),
    cells: overview.rows.map((r) => deltas(byId.get(r.activityId))),
    removedRows: removed.map((a) => {
      const row: PlanValue[] = new Array<PlanValue>(tableWidth).fill(null);
      row[0] = a.nr ?? null;
      row[1] = `${a.name} (${w.removed.toLowerCase()})`;
      row[2] = a.area ?? null;
      return [...row, ...deltas(a)];
    }),
  };
}
