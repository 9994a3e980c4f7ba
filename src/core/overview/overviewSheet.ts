// A writer-neutral description of the "Budgetoversigt" sheet. The Office writer (src/excel) and
// the ExcelJS writer (src/xlsx) both render this one plan, so the two sheets cannot drift apart.
// Pure data: addresses are A1 on the overview sheet, amounts are kroner (numbers), formulas are
// stored WITHOUT the leading "=" (as OOXML and ExcelJS keep them; the Office writer adds "=").
import { columnLetter, quoteSheet } from "../sheet/address";
import { anchoringLabel, findingMessage } from "../words/messages/index";
import { changesSheetSection } from "./changesSheet";
import { oreToKr } from "../money";
import { labelsFor, type Labels } from "../words/labels";
import type { Lang, Overview, OverviewRow, Ore } from "../types";
import { overviewPageSetup } from "./overviewPageSetup";
import {
  DATE_FORMAT,
  DEFAULT_OVERVIEW_SHEET,
  KRONER_FORMAT,
  LEFTOVER_FORMAT,
  overviewTableName,
} from "./overviewNames";
import type {
  OverviewSheetOptions,
  OverviewSheetPlan,
  PlanCell,
  PlanChart,
  PlanColumn,
  PlanTable,
  PlanValue,
  PlanYear,
} from "./overviewSheetTypes";

// The plan's types, for the writers.
export type * from "./overviewSheetTypes";

const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
const abs = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;

const kr = (amount: Ore | undefined): number | null =>
  amount === undefined ? null : oreToKr(amount);

// SUMIF criteria: "~" escapes its wildcards; quotes double inside a formula string.
const sumifCriteria = (s: string): string => s.replace(/[~*?]/g, "~$&").replace(/"/g, '""');

const yearKey = (year: number): string => `y${year}`;

/** A table column and how a row fills it. */
interface ColumnSpec extends PlanColumn {
  cell: (r: OverviewRow) => PlanValue;
}

/** The table's columns in order: five text columns, one per year, then three text columns. */
function planColumns(years: number[], at: number[], t: Labels, lang: Lang): ColumnSpec[] {
  const text = (key: string, header: string, width: number, cell: ColumnSpec["cell"]) =>
    ({ key, header, kind: "text", width, cell }) as const;
  return [
    text("nr", t.nr, 6, (r) => r.nr ?? null),
    text("name", t.activity, 40, (r) => r.name),
    text("area", t.focusArea, 26, (r) => r.area ?? null),
    text("responsible", t.responsible, 26, (r) => r.responsible ?? null),
    text("partners", t.partners, 34, (r) => (r.partners.length ? r.partners.join(", ") : null)),
    ...years.map<ColumnSpec>((year, i) => ({
      key: yearKey(year),
      header: String(year),
      kind: "kroner",
      year,
      numFmt: KRONER_FORMAT,
      width: 14,
      cell: (r) => kr(r.amounts[at[i]] ?? undefined),
    })),
    text("multiYear", t.multiYear, 10, (r) => (r.multiYear ? t.yes : t.no)),
    text("anchoring", t.anchoring, 24, (r) => anchoringLabel(r.anchoring, lang)),
    {
      key: "remarks",
      header: t.remarks,
      kind: "remarks",
      width: 60,
      cell: (r) =>
        r.findings.length ? r.findings.map((f) => findingMessage(f, lang)).join("\n") : null,
    },
  ];
}

/** Where the per-year summary writes, and what it needs from the plan being built. */
interface SummaryInput {
  overview: Overview;
  years: number[];
  yearCol: (i: number) => number;
  put: (row: number, col: number, value: PlanValue, extra?: Partial<PlanCell>) => void;
  t: Labels;
  /** The overview sheet's name, quoted for references. */
  q: string;
}

const SUMMARY_ROWS = { head: 4, total: 5, frame: 6, leftover: 7 };

/** I alt (a SUM over the table), Ramme and Restbeløb (frame − total) per year. */
function yearSummary(
  { overview, years, yearCol, put, t, q }: SummaryInput,
  firstDataRow: number,
  lastDataRow: number
): PlanYear[] {
  const { head, total: totalRow, frame: frameRow, leftover: leftoverRow } = SUMMARY_ROWS;
  put(head, 1, t.perYear, { bold: true });
  years.forEach((y, i) => put(head, yearCol(i), String(y), { bold: true }));
  put(totalRow, 1, t.total, { bold: true });
  put(frameRow, 1, t.frame, { bold: true });
  put(leftoverRow, 1, t.leftover, { bold: true });
  const byYear = new Map(overview.totals.map((s) => [s.year, s]));
  const planYears: PlanYear[] = [];
  years.forEach((year, i) => {
    const col = yearCol(i);
    const s = byYear.get(year);
    const total = kr(s?.total) ?? 0;
    const frame = kr(s?.frame) ?? 0;
    const leftover = kr(s?.leftover) ?? 0;
    put(totalRow, col, total, {
      formula: `SUM(${a1(firstDataRow, col)}:${a1(lastDataRow, col)})`,
      numFmt: KRONER_FORMAT,
      bold: true,
    });
    put(frameRow, col, frame, { numFmt: KRONER_FORMAT });
    put(leftoverRow, col, leftover, {
      formula: `${a1(frameRow, col)}-${a1(totalRow, col)}`,
      numFmt: LEFTOVER_FORMAT,
      bold: true,
    });
    planYears.push({
      year,
      column: columnLetter(col),
      compareOnly: s?.compareOnly ?? year < overview.planYear,
      overFrame: s?.overFrame ?? false,
      totalCell: a1(totalRow, col),
      frameCell: a1(frameRow, col),
      leftoverCell: a1(leftoverRow, col),
      definedName: `Restbeløb_${year}`,
      definedNameRef: `${q}!${abs(leftoverRow, col)}`,
      total,
      frame,
      leftover,
    });
  });
  // Compare-only years are marked under the leftover row, so nobody reads them as plan years.
  years.forEach((year, i) => {
    const s = byYear.get(year);
    if (s?.compareOnly ?? year < overview.planYear)
      put(leftoverRow + 1, yearCol(i), `(${t.compareOnly})`);
  });

  return planYears;
}

type Put = SummaryInput["put"];

/** Per focus area: SUMIF over the table's area column, so the subtotals follow edits. */
function areaSubtotals(
  overview: Overview,
  at: number[],
  {
    yearCol,
    colOf,
    put,
    t,
  }: { yearCol: (i: number) => number; colOf: (key: string) => number; put: Put; t: Labels },
  firstDataRow: number,
  lastDataRow: number
): number {
  let row = lastDataRow + 2;
  const areaRange = (col: number): string => `${abs(firstDataRow, col)}:${abs(lastDataRow, col)}`;
  if (overview.areaSubtotals.length === 0) return row;
  put(row, 1, t.totalPerFocusArea, { bold: true });
  row += 1;
  for (const sub of overview.areaSubtotals) {
    put(row, 1, sub.area);
    at.forEach((yearAt, i) => {
      const col = yearCol(i);
      put(row, col, kr(sub.amounts[yearAt]) ?? 0, {
        formula: `SUMIF(${areaRange(colOf("area"))},"${sumifCriteria(sub.area)}",${areaRange(col)})`,
        numFmt: KRONER_FORMAT,
      });
    });
    row += 1;
  }
  return row + 1;
}

/** The column chart of I alt against Ramme per year, its top-left corner at chartTop. */
function yearChart(
  t: Labels,
  q: string,
  firstY: number,
  lastY: number,
  chartTop: number
): PlanChart {
  const { head, total: totalRow, frame: frameRow } = SUMMARY_ROWS;
  const range = (r: number): string => `${q}!${abs(r, firstY)}:${abs(r, lastY)}`;
  return {
    title: t.totalAndFrame,
    categoriesRef: range(head),
    series: [
      { name: t.total, nameRef: `${q}!${abs(totalRow, 1)}`, valuesRef: range(totalRow) },
      { name: t.frame, nameRef: `${q}!${abs(frameRow, 1)}`, valuesRef: range(frameRow) },
    ],
    topLeft: a1(chartTop, 1),
    bottomRight: a1(chartTop + 18, Math.max(lastY, 6)),
  };
}

/** The table's columns (without their fill functions) and a column's position by key. */
function tableLayout(specs: ColumnSpec[], years: number[]) {
  const columns: PlanColumn[] = specs.map(({ cell: _cell, ...c }) => c);
  /** A column's position, by its key: reordering the list moves every formula with it. */
  const colOf = (key: string): number => {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`overview column ${key} missing`);
    return i;
  };
  // Year columns stand together; with no years, where they would start.
  const firstYearCol = years.length ? colOf(yearKey(years[0])) : colOf("partners") + 1;
  return { columns, colOf, firstYearCol, yearCol: (i: number): number => firstYearCol + i };
}

export function overviewSheetPlan(
  overview: Overview,
  lang: Lang,
  options: OverviewSheetOptions = {}
): OverviewSheetPlan {
  const t = labelsFor(lang);
  const sheetName = options.sheetName ?? DEFAULT_OVERVIEW_SHEET;
  const q = quoteSheet(sheetName);
  const years = [...overview.years].sort((a, b) => a - b);
  // Rows' and subtotals' amounts are aligned with overview.years (ascending already; kept safe).
  const at = years.map((y) => overview.years.indexOf(y));

  const specs = planColumns(years, at, t, lang);
  const { columns, colOf, firstYearCol, yearCol } = tableLayout(specs, years);

  // Title rows, then the year summary (so both print on the first page), then the table.
  const headerRow = 10;
  let rows: PlanValue[][] = overview.rows.map((r) => specs.map((c) => c.cell(r)));
  if (rows.length === 0) rows = [columns.map(() => null)];

  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + rows.length;
  const lastCol = columns.length - 1;
  const table: PlanTable = {
    name: options.tableName ?? overviewTableName(sheetName),
    ref: `${a1(headerRow, 0)}:${a1(lastDataRow, lastCol)}`,
    headerRow,
    firstCol: 0,
    columns,
    rows,
    style: "TableStyleMedium2",
  };

  const cells: PlanCell[] = [];
  const put: Put = (row, col, value, extra = {}) => {
    cells.push({ address: a1(row, col), row, col, value, ...extra });
  };

  put(0, 0, t.overviewTitle(overview.planYear), { bold: true, title: true });
  put(1, 0, t.checkedSheet, { bold: true });
  put(1, 1, overview.sheet);
  put(2, 0, t.date, { bold: true });
  const dateCell = { address: a1(2, 1), row: 2, col: 1, numFmt: DATE_FORMAT };

  const planYears = yearSummary({ overview, years, yearCol, put, t, q }, firstDataRow, lastDataRow);
  const row = areaSubtotals(overview, at, { yearCol, colOf, put, t }, firstDataRow, lastDataRow);

  // Changes since approval, below the table and its subtotals (and above the chart).
  const section =
    options.changes &&
    changesSheetSection(options.changes, lang, row, planYears, firstYearCol, KRONER_FORMAT);
  if (section) cells.push(...section.cells);

  const chartTop = section ? section.lastRow + 2 : row;
  const lastY = yearCol(Math.max(years.length - 1, 0));
  const chart = yearChart(t, q, yearCol(0), lastY, chartTop);

  return {
    sheetName,
    lang,
    cells,
    dateCell,
    table,
    years: planYears,
    definedNames: planYears.map((y) => ({ name: y.definedName, ref: y.definedNameRef })),
    chart,
    columnWidths: columns.map((c) => c.width),
    freezeRows: headerRow + 1,
    pageSetup: overviewPageSetup(sheetName, overview.planYear, headerRow, lang),
  };
}
