// The consolidated table as CSV that Danish Excel opens directly: UTF-8 with BOM, ";" between
// fields, decimal comma, CRLF line ends, quoting per RFC 4180. Same columns as the overview sheet
// (with spending: Forbrug and Rest per year after the budget years), plus a change column per year
// (and the removed activities as rows) when a baseline is used; below them the subtotals per focus
// area and I alt.
import { outputLabelsFor } from "../words/outputLabels";
import { changeCsvColumns } from "./changesSheet";
import type { Changes } from "../compare/compare";
import { shapeLine, unitLine, yearStatusText } from "../words/labels";
import { csvAmount, krToOre, oreToKr, ZERO_ORE, type Ore } from "../money";
import { overviewSheetPlan, type PlanColumn, type PlanValue } from "./overviewSheet";
import type { Lang, Overview, OverviewRow } from "../types";
import { spendingSumsByKey } from "./overviewSheetSpending";
import { SUMMARY_ROWS } from "./overviewSheetSums";

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
  const safe = csvSafeText(s);
  return /[";\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v === "number") return csvNumber(v);
  return csvText(v);
}

/** Sums a line of the CSV: a budget year's amount, or a spending column's sum over some rows. */
interface LineSums {
  year: (year: number) => Ore | undefined;
  /** The rows a spending column sums on this line; undefined: none on this line. */
  rows?: readonly OverviewRow[];
}

/** One summary line: the label in the name column, the year (and spending) columns' sums. */
function sumLine(
  columns: PlanColumn[],
  spending: SpendingSums,
  label: string,
  sums: LineSums
): PlanValue[] {
  return columns.map((c) => {
    if (c.key === "name") return label;
    const spent = spending.get(c.key);
    if (spent) return sums.rows ? spent(sums.rows) : null;
    if (c.year === undefined || c.kind !== "kroner") return null;
    const ore = sums.year(c.year);
    return ore === undefined ? null : oreToKr(ore);
  });
}

type SpendingSums = ReturnType<typeof spendingSumsByKey>;

/**
 * Below the activities, as in the overview sheet: the subtotal per focus area (the activities
 * without one last, "Uden indsatsområde"), then I alt, in the name column and the year (and
 * spending) columns. The subtotals of a column sum to its I alt.
 */
function summaryRows(
  overview: Overview,
  columns: PlanColumn[],
  spending: SpendingSums,
  lang: Lang,
  bounds: ReadonlyMap<number, PlanValue>
): PlanValue[][] {
  const t = outputLabelsFor(lang);
  const line = (label: string, sums: LineSums) => sumLine(columns, spending, label, sums);
  const at = (year: number) => overview.years.indexOf(year);
  const subtotals = overview.areaSubtotals.map((s) =>
    line(s.area ?? t.noFocusArea, {
      year: (y) => (at(y) < 0 ? undefined : s.amounts[at(y)]),
      rows: overview.rows.filter((r) => (r.area ? r.area : null) === s.area),
    })
  );
  const totals = new Map(overview.totals.map((y) => [y.year, y.total]));
  return [
    columns.map(() => null),
    ...(subtotals.length
      ? [line(t.totalPerFocusArea, { year: () => undefined }), ...subtotals]
      : []),
    line(t.total, { year: (y) => totals.get(y), rows: overview.rows }),
    statusRow(overview, columns, lang, bounds),
    columns.map((c) => (c.key === "name" ? unitLine(overview.unit, lang) : null)),
    // A long list says how it was read, under the unit it was read in.
    ...[shapeLine(overview.listShape, lang)]
      .filter((s) => s !== undefined)
      .map((s) => columns.map((c) => (c.key === "name" ? s : null))),
  ];
}

/**
 * Each year's answer in words under I alt ("Usikker: mindst … kr.; 2 beløb kunne ikke læses"),
 * and under a spending column what its I alt leaves out, as the sheet says it (`bounds`, by column).
 */
function statusRow(
  overview: Overview,
  columns: PlanColumn[],
  lang: Lang,
  bounds: ReadonlyMap<number, PlanValue>
): PlanValue[] {
  const byYear = new Map(overview.totals.map((y) => [y.year, y]));
  return columns.map((c, i) => {
    if (c.key === "name") return outputLabelsFor(lang).status;
    if (c.spending !== undefined) return bounds.get(i) ?? null;
    const y = c.year === undefined || c.kind !== "kroner" ? undefined : byYear.get(c.year);
    return y ? yearStatusText(y, lang) : null;
  });
}

/** The rows outside the frame after the totals: a heading, the rows, and their own total. */
function outsideRows(
  overview: Overview,
  rows: PlanValue[][],
  columns: PlanColumn[],
  spending: SpendingSums,
  lang: Lang
): PlanValue[][] {
  const t = outputLabelsFor(lang);
  const byYear = new Map(overview.totals.map((y) => [y.year, y.outsideFrame]));
  return [
    columns.map(() => null),
    columns.map((c) => (c.key === "name" ? t.outsideFrame : null)),
    ...rows,
    sumLine(columns, spending, t.outsideFrameTotal, {
      year: (y) => byYear.get(y) ?? ZERO_ORE,
      rows: overview.outsideFrame ?? [],
    }),
  ];
}

/**
 * The CSV's cells before they are written as text: the header row, then the rows. One source for
 * the CSV download and for the workbook the Mac/iPad route opens instead (saved as CSV there), so
 * the two cannot differ in columns or rows.
 */
export function overviewCsvRows(overview: Overview, lang: Lang, changes?: Changes): PlanValue[][] {
  const { table, outsideFrameRows, cells } = overviewSheetPlan(overview, lang);
  // The sheet's words under its spending sums (the same cells, so the two say one thing).
  const bounds = new Map(
    cells.filter((c) => c.row === SUMMARY_ROWS.leftover + 2).map((c) => [c.col, c.value])
  );
  const head: PlanValue[] = table.columns.map((c) => c.header);
  const body: PlanValue[][] = (overview.rows.length ? table.rows : []).map((r) => [...r]);
  if (changes) {
    const years = table.columns.flatMap((c) => (c.year === undefined ? [] : [c.year]));
    const extra = changeCsvColumns(changes, overview, years, lang, table.columns.length);
    head.push(...extra.head);
    body.forEach((r, i) => r.push(...extra.cells[i]));
    body.push(...extra.removedRows);
  }
  const spending = spendingSumsByKey(overview, outputLabelsFor(lang), lang);
  if (overview.rows.length)
    body.push(...summaryRows(overview, table.columns, spending, lang, bounds));
  if (outsideFrameRows.length) {
    body.push(...outsideRows(overview, outsideFrameRows, table.columns, spending, lang));
  }
  return [head, ...body];
}

/** Text as the CSV holds it: one that could start a formula gets a leading apostrophe. */
export function csvSafeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function overviewCsv(overview: Overview, lang: Lang, changes?: Changes): string {
  const lines = overviewCsvRows(overview, lang, changes).map((r) => r.map(field).join(SEP));
  return CSV_BOM + lines.join(EOL) + EOL;
}
