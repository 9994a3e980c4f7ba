// A writer-neutral description of the "Budgetoversigt" sheet. The Office writer (src/excel) and
// the package writer (src/ooxml) both render this one plan, so the sheets cannot drift apart.
// Pure data: addresses are A1 on the overview sheet, amounts are kroner (numbers), formulas are
// stored WITHOUT the leading "=" (as OOXML and ExcelJS keep them; the Office writer adds "=").
import { outputLabelsFor, type OutputLabels } from "../words/outputLabels";
import { columnLetter, quoteSheet } from "../sheet/address";
import { anchoringLabel, findingMessage } from "../words/messages/index";
import { changesSheetSection } from "./changesSheet";
import { PARTNER_JOIN } from "../sheet/partners";
import { shapeLine, unitLine } from "../words/labels";
import { outsideFrameSection } from "./outsideFrameSection";
import type { Lang, Overview, OverviewRow } from "../types";
import { overviewPageSetup } from "./overviewPageSetup";
import { sizeColumns } from "./overviewSheetWidths";
import {
  spendingColumnSpecs,
  spendingSummary,
  summedSpending,
  type SpendingColumnSpec,
} from "./overviewSheetSpending";
import {
  a1,
  abs,
  areaSubtotals,
  kr,
  SUMMARY_ROWS,
  yearOrder,
  yearSummary,
  type Put,
} from "./overviewSheetSums";
import {
  DATE_FORMAT,
  DEFAULT_OVERVIEW_SHEET,
  KRONER_FORMAT,
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
} from "./overviewSheetTypes";

// The plan's types, for the writers.
export type * from "./overviewSheetTypes";

const yearKey = (year: number): string => `y${year}`;

/**
 * A Nr. that is a whole number is written as one (so Excel flags no "number stored as text");
 * anything else ("1.2", "3a", "07") stays the text it is.
 */
const nrValue = (nr: string | undefined): PlanValue =>
  nr === undefined ? null : /^[1-9]\d{0,8}$/.test(nr) ? Number(nr) : nr;

/** A table column and how a row fills it. */
interface ColumnSpec extends PlanColumn {
  cell: (r: OverviewRow) => PlanValue;
}

/**
 * The table's columns in order: five text columns, one per year, the spending columns (none on a
 * sheet without spending), then three text columns.
 */
function planColumns(
  years: number[],
  at: number[],
  spending: readonly SpendingColumnSpec[],
  t: OutputLabels,
  lang: Lang
): ColumnSpec[] {
  const text = (key: string, header: string, width: number, cell: ColumnSpec["cell"]) =>
    ({ key, header, kind: "text", width, cell }) as const;
  return [
    text("nr", t.nr, 6, (r) => nrValue(r.nr)),
    text("name", t.activity, 40, (r) => r.name),
    text("area", t.focusArea, 26, (r) => r.area ?? null),
    text("responsible", t.responsible, 26, (r) => r.responsible ?? null),
    text("partners", t.partners, 34, (r) =>
      r.partners.length ? r.partners.join(PARTNER_JOIN) : null
    ),
    ...years.map<ColumnSpec>((year, i) => ({
      key: yearKey(year),
      header: String(year),
      kind: "kroner",
      year,
      numFmt: KRONER_FORMAT,
      width: 14,
      cell: (r) => kr(r.amounts[at[i]] ?? undefined),
    })),
    ...spending,
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

/** The chart's fills: the PDF's dark blue for the total, a grey the blue stands out against for the frame. */
const TOTAL_COLOR = "1F4E79";
const FRAME_COLOR = "A6A6A6";

/** The column chart of I alt against Ramme per year, its top-left corner at chartTop. */
function yearChart(
  t: OutputLabels,
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
      {
        name: t.total,
        nameRef: `${q}!${abs(totalRow, 1)}`,
        valuesRef: range(totalRow),
        color: TOTAL_COLOR,
      },
      {
        name: t.frame,
        nameRef: `${q}!${abs(frameRow, 1)}`,
        valuesRef: range(frameRow),
        color: FRAME_COLOR,
      },
    ],
    topLeft: a1(chartTop, 1),
    bottomRight: a1(chartTop + 18, Math.max(lastY, 6)),
  };
}

/** The table's columns (without their fill functions) and a column's position by key. */
function tableLayout(specs: ColumnSpec[], years: number[]) {
  const columns: PlanColumn[] = specs.map((s) => {
    // The fill functions (and a spending column's note) stay here; the plan is data.
    const {
      cell: _cell,
      ore: _ore,
      note: _note,
      ...c
    } = s as ColumnSpec & Partial<SpendingColumnSpec>;
    return c;
  });
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

/** The title, the checked sheet, the date's label and the unit; returns where the date goes. */
function titleRows(overview: Overview, put: Put, lang: Lang): OverviewSheetPlan["dateCell"] {
  const t = outputLabelsFor(lang);
  put(0, 0, t.overviewTitle(overview.planYear), { bold: true, title: true });
  put(1, 0, t.checkedSheet, { bold: true });
  put(1, 1, overview.sheet);
  // A long list says how it was read, beside the sheet it was read from.
  const shape = shapeLine(overview.listShape, lang);
  if (shape !== undefined) put(1, 2, shape, { spills: true });
  put(2, 0, t.date, { bold: true });
  // The unit the sheet's amounts were read in (the overview itself is in kroner).
  put(3, 0, unitLine(overview.unit, lang), { spills: true });
  return { address: a1(2, 1), row: 2, col: 1, numFmt: DATE_FORMAT };
}

export function overviewSheetPlan(
  overview: Overview,
  lang: Lang,
  options: OverviewSheetOptions = {}
): OverviewSheetPlan {
  const t = outputLabelsFor(lang);
  const sheetName = options.sheetName ?? DEFAULT_OVERVIEW_SHEET;
  const q = quoteSheet(sheetName);
  const { years, at } = yearOrder(overview);

  const spending = spendingColumnSpecs(overview, years, at, t, lang);
  const specs = planColumns(years, at, spending, t, lang);
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

  const dateCell = titleRows(overview, put, lang);
  const planYears = yearSummary({ overview, years, yearCol, put, t, q }, firstDataRow, lastDataRow);
  spendingSummary({ overview, specs: spending, colOf, put }, firstDataRow, lastDataRow);
  const extra = summedSpending(spending, colOf);
  const sums = { yearCol, colOf, put, t, extra };
  const row = areaSubtotals(overview, at, sums, firstDataRow, lastDataRow);
  const outsideFrameRows = (overview.outsideFrame ?? []).map((r) => specs.map((c) => c.cell(r)));
  const outside = { rows: overview.outsideFrame ?? [], values: outsideFrameRows };
  const next = outsideFrameSection(overview, outside, columns, { put, t, extra }, row);

  // Changes since approval, below the table and its subtotals (and above the chart).
  const section =
    options.changes &&
    changesSheetSection(options.changes, lang, next, planYears, firstYearCol, KRONER_FORMAT);
  if (section) cells.push(...section.cells);

  const chartTop = section ? section.lastRow + 2 : next;
  const lastY = yearCol(Math.max(years.length - 1, 0));
  const chart = yearChart(t, q, yearCol(0), lastY, chartTop);
  const sized = sizeColumns(columns, rows, cells);
  const nrCol = columnLetter(colOf("nr"));

  return {
    sheetName,
    lang,
    cells,
    dateCell,
    table: { ...table, columns: sized },
    outsideFrameRows,
    years: planYears,
    definedNames: planYears.map((y) => ({ name: y.definedName, ref: y.definedNameRef })),
    chart,
    columnWidths: sized.map((c) => c.width),
    ignoredNumberAsText: [`${nrCol}${firstDataRow + 1}:${nrCol}${lastDataRow + 1}`],
    freezeRows: headerRow + 1,
    pageSetup: overviewPageSetup(sheetName, overview.planYear, headerRow, lang),
  };
}
