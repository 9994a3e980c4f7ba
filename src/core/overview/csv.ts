// The consolidated table as CSV that Danish Excel opens directly: UTF-8 with BOM, ";" between
// fields, decimal comma, CRLF line ends, quoting per RFC 4180. Same columns as the overview sheet,
// plus a change column per year (and the removed activities as rows) when a baseline is used;
// below them the subtotals per focus area and I alt.
import { changeCsvColumns } from "./changesSheet";
import type { Changes } from "../compare/compare";
import { labelsFor, unitLine, yearStatusText } from "../words/labels";
import { csvAmount, krToOre, oreToKr, type Ore } from "../money";
import { overviewSheetPlan, type PlanColumn, type PlanValue } from "./overviewSheet";
import type { Lang, Overview } from "../types";

const CSV_BOM = "\uFEFF";
const SEP = ";";
const EOL = "\r\n";

/** Text Excel would run as a formula (OWASP CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Kroner with a decimal comma and no grouping ("200000,5"), which Danish Excel reads as a number. */
export function csvNumber(kr: number): string {
  return csvAmount(krToOre(kr));
}

/** One text field: neutralised when it could start a formula, quoted when it must be. */
export function csvText(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[";\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v === "number") return csvNumber(v);
  return csvText(v);
}

/**
 * Below the activities, as in the overview sheet: the subtotal per focus area (the activities
 * without one last, "Uden indsatsområde"), then I alt, in the name column and the year columns.
 * The subtotals of a year sum to its I alt.
 */
function summaryRows(overview: Overview, columns: PlanColumn[], lang: Lang): PlanValue[][] {
  const t = labelsFor(lang);
  const line = (label: string, amountOf: (year: number) => Ore | undefined): PlanValue[] =>
    columns.map((c) => {
      if (c.key === "name") return label;
      if (c.year === undefined || c.kind !== "kroner") return null;
      const ore = amountOf(c.year);
      return ore === undefined ? null : oreToKr(ore);
    });
  const at = (year: number) => overview.years.indexOf(year);
  const subtotals = overview.areaSubtotals.map((s) =>
    line(s.area ?? t.noFocusArea, (y) => (at(y) < 0 ? undefined : s.amounts[at(y)]))
  );
  const totals = new Map(overview.totals.map((y) => [y.year, y.total]));
  return [
    columns.map(() => null),
    ...(subtotals.length ? [line(t.totalPerFocusArea, () => undefined), ...subtotals] : []),
    line(t.total, (y) => totals.get(y)),
    statusRow(overview, columns, lang),
    columns.map((c) => (c.key === "name" ? unitLine(overview.unit, lang) : null)),
  ];
}

/** Each year's answer in words under I alt ("Usikker: mindst … kr.; 2 beløb kunne ikke læses"). */
function statusRow(overview: Overview, columns: PlanColumn[], lang: Lang): PlanValue[] {
  const byYear = new Map(overview.totals.map((y) => [y.year, y]));
  return columns.map((c) => {
    if (c.key === "name") return labelsFor(lang).status;
    const y = c.year === undefined || c.kind !== "kroner" ? undefined : byYear.get(c.year);
    return y ? yearStatusText(y, lang) : null;
  });
}

/** "Forbrug ÅÅÅÅ" per year with spending: each activity's spending in kroner, and the year's. */
function spendingColumns(
  overview: Overview,
  lang: Lang
): { head: string[]; cells: PlanValue[][]; totals: PlanValue[] } | undefined {
  const s = overview.spending;
  if (!s) return undefined;
  const w = labelsFor(lang).spending;
  return {
    head: s.years.map((y) => w.spentColumn(y.year)),
    cells: overview.rows.map((r) =>
      s.years.map((_, k) => {
        const v = s.byActivity[r.activityId]?.[k] ?? null;
        return v === null ? null : oreToKr(v);
      })
    ),
    totals: s.years.map((y) => oreToKr(y.spent)),
  };
}

/** The rows outside the frame after the totals: a heading, the rows, and their own total. */
function outsideRows(
  overview: Overview,
  rows: PlanValue[][],
  columns: PlanColumn[],
  lang: Lang
): PlanValue[][] {
  const t = labelsFor(lang);
  const byYear = new Map(overview.totals.map((y) => [y.year, y.outsideFrame]));
  const line = (label: string, withAmounts: boolean): PlanValue[] =>
    columns.map((c) => {
      if (c.key === "name") return label;
      if (!withAmounts || c.year === undefined || c.kind !== "kroner") return null;
      const ore = byYear.get(c.year);
      return ore === undefined ? 0 : oreToKr(ore);
    });
  return [
    columns.map(() => null),
    line(t.outsideFrame, false),
    ...rows,
    line(t.outsideFrameTotal, true),
  ];
}

export function overviewCsv(overview: Overview, lang: Lang, changes?: Changes): string {
  const { table, outsideFrameRows } = overviewSheetPlan(overview, lang);
  const head = table.columns.map((c) => csvText(c.header));
  const body = (overview.rows.length ? table.rows : []).map((r) => r.map(field));
  if (changes) {
    const years = table.columns.flatMap((c) => (c.year === undefined ? [] : [c.year]));
    const extra = changeCsvColumns(changes, overview, years, lang, table.columns.length);
    head.push(...extra.head.map(csvText));
    body.forEach((r, i) => r.push(...extra.cells[i].map(field)));
    body.push(...extra.removedRows.map((r) => r.map(field)));
  }
  const spent = spendingColumns(overview, lang);
  const before = head.length; // the spending columns come after the table's (and changes') columns
  if (spent) {
    head.push(...spent.head.map(csvText));
    const none = spent.head.map(() => "");
    body.forEach((r, i) =>
      r.push(...(i < overview.rows.length ? spent.cells[i].map(field) : none))
    );
  }
  if (overview.rows.length) {
    const summary = summaryRows(overview, table.columns, lang);
    if (spent) {
      // The I alt row gets each year's spending; the other summary rows none.
      const name = table.columns.findIndex((c) => c.key === "name");
      const total = labelsFor(lang).total;
      summary.forEach((r) => {
        while (r.length < before) r.push(null);
        r.push(...(r[name] === total ? spent.totals : spent.totals.map(() => null)));
      });
    }
    body.push(...summary.map((r) => r.map(field)));
  }
  if (outsideFrameRows.length)
    body.push(
      ...outsideRows(overview, outsideFrameRows, table.columns, lang).map((r) => r.map(field))
    );
  const lines = [head.join(SEP), ...body.map((r) => r.join(SEP))];
  return CSV_BOM + lines.join(EOL) + EOL;
}
