// A writer-neutral description of the "Budgetoversigt" sheet. The Office writer (src/excel) and
// the ExcelJS writer (src/xlsx) both render this one plan, so the two sheets cannot drift apart.
// Pure data: addresses are A1 on the overview sheet, amounts are kroner (numbers), formulas are
// stored WITHOUT the leading "=" (as OOXML and ExcelJS keep them; the Office writer adds "=").
import { columnLetter, quoteSheet } from "./address";
import { anchoringLabel, findingMessage } from "./messages/index";
import { changesSection } from "./compare/changesSheet";
import type { Changes } from "./compare/compare";
import { oreToKr } from "./money";
import type { AnchoringStatus, Lang, Overview, Ore } from "./types";
import { overviewPageSetup, type PlanPageSetup } from "./overviewPageSetup";

export const DEFAULT_OVERVIEW_SHEET = "Budgetoversigt";

/** Excel's invariant number format codes (Danish Excel shows them as 1.900.000 kr.). */
export const KRONER_FORMAT = '#,##0 "kr."';
/** Negative leftover shows red (and with a minus, so not by colour alone). */
export const LEFTOVER_FORMAT = '#,##0 "kr.";[Red]-#,##0 "kr."';
export const DATE_FORMAT = "dd-mm-yyyy";

export type PlanValue = string | number | null;

export interface PlanCell {
  /** A1 address on the overview sheet, e.g. "G14". */
  address: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The value to write, or for a formula its expected (cached) result. */
  value: PlanValue;
  /** Formula text without "=", e.g. "SUM(G6:G20)". */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  /** Title cell (larger font). */
  title?: boolean;
}

export type PlanColumnKind = "text" | "kroner" | "remarks";

export interface PlanColumn {
  /** Stable key: "nr", "name", "area", "responsible", "partners", "y2026", "multiYear", "anchoring", "remarks". */
  key: string;
  header: string;
  kind: PlanColumnKind;
  /** Year, for kroner columns. */
  year?: number;
  numFmt?: string;
  /** Column width in characters. */
  width: number;
}

export interface PlanTable {
  /** Workbook-unique Excel table name. */
  name: string;
  /** Header + data rows, e.g. "A5:L19". */
  ref: string;
  /** 0-based row of the header and column of the first table column. */
  headerRow: number;
  firstCol: number;
  columns: PlanColumn[];
  /** Data rows (never empty: a sheet without activities gets one blank row, Excel needs it). */
  rows: PlanValue[][];
  style: string;
}

export interface PlanYear {
  year: number;
  /** Column letter of this year in the table and the summary rows. */
  column: string;
  compareOnly: boolean;
  overFrame: boolean;
  totalCell: string;
  frameCell: string;
  leftoverCell: string;
  /** Workbook-level defined name, e.g. "Restbeløb_2026". */
  definedName: string;
  /** Absolute, sheet-qualified address of the leftover cell, e.g. "Budgetoversigt!$G$24". */
  definedNameRef: string;
  total: number;
  frame: number;
  leftover: number;
}

export interface PlanChartSeries {
  name: string;
  /** Sheet-qualified cell holding the series name. */
  nameRef: string;
  /** Sheet-qualified range of the values (one row, one cell per year). */
  valuesRef: string;
}

export interface PlanChart {
  title: string;
  /** Sheet-qualified range of the year labels (the table header's year cells). */
  categoriesRef: string;
  /** Total and frame, in that order. */
  series: PlanChartSeries[];
  /** Where to place it (unqualified A1 cells). */
  topLeft: string;
  bottomRight: string;
}

export interface OverviewSheetPlan {
  sheetName: string;
  lang: Lang;
  /** Title rows, subtotal rows, year summary rows: everything outside the table. */
  cells: PlanCell[];
  /** Where the writer puts today's date (a real date value, formatted with DATE_FORMAT). */
  dateCell: { address: string; row: number; col: number; numFmt: string };
  table: PlanTable;
  years: PlanYear[];
  definedNames: { name: string; ref: string }[];
  chart: PlanChart;
  /** Column widths in characters, index = 0-based column. */
  columnWidths: number[];
  /** Rows to freeze (the header and everything above it). */
  freezeRows: number;
  /** How the sheet prints (landscape A4, one page wide, header row on every page, footer). */
  pageSetup: PlanPageSetup;
}

export interface OverviewSheetOptions {
  sheetName?: string;
  /** Workbook-unique table name (see ownership.ts); default overviewTableName(sheetName). */
  tableName?: string;
  /** Changes since the approved plan: a section below the year summary. */
  changes?: Changes;
}

const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
const abs = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;

const kr = (amount: Ore | undefined): number | null =>
  amount === undefined ? null : oreToKr(amount);

const TEXT = {
  da: {
    title: (y: number) => `Budgetoversigt – Tryghedsplan ${y}`,
    checked: "Tjekket ark",
    date: "Dato",
    nr: "Nr.",
    name: "Aktivitet",
    area: "Indsatsområde",
    responsible: "Aktivitetsansvarlig",
    partners: "Samarbejdspartnere",
    multiYear: "Flerårig",
    anchoring: "Forankring",
    remarks: "Bemærkninger",
    yes: "Ja",
    no: "Nej",
    subtotals: "I alt pr. indsatsområde",
    total: "I alt",
    frame: "Ramme",
    leftover: "Restbeløb",
    compare: "(til sammenligning)",
    perYear: "Pr. år",
    chart: "I alt og ramme pr. år",
  },
  en: {
    title: (y: number) => `Budget overview – safety plan ${y}`,
    checked: "Sheet checked",
    date: "Date",
    nr: "No.",
    name: "Activity",
    area: "Focus area",
    responsible: "Responsible",
    partners: "Partners",
    multiYear: "Multi-year",
    anchoring: "Anchoring",
    remarks: "Remarks",
    yes: "Yes",
    no: "No",
    subtotals: "Total per focus area",
    total: "Total",
    frame: "Frame",
    leftover: "Leftover",
    compare: "(for comparison)",
    perYear: "Per year",
    chart: "Total and frame per year",
  },
} as const;

/**
 * The overview table's name for a sheet (letters, digits, "_", "."; starts with a letter or "_").
 * Shells also use it to tell our overview sheet from a user's sheet of the same name.
 */
export function overviewTableName(sheetName: string): string {
  const base = sheetName.replace(/[^A-Za-z0-9_.\u00C0-\u024F]/g, "_");
  return `${/^[A-Za-z_\u00C0-\u024F]/.test(base) ? "" : "_"}${base}_tabel`;
}

// SUMIF criteria: "~" escapes its wildcards; quotes double inside a formula string.
const sumifCriteria = (s: string): string => s.replace(/[~*?]/g, "~$&").replace(/"/g, '""');

export function overviewSheetPlan(
  overview: Overview,
  lang: Lang,
  options: OverviewSheetOptions = {}
): OverviewSheetPlan {
  const t = TEXT[lang];
  const sheetName = options.sheetName ?? DEFAULT_OVERVIEW_SHEET;
  const q = quoteSheet(sheetName);
  const years = [...overview.years].sort((a, b) => a - b);
  // Rows' and subtotals' amounts are aligned with overview.years (ascending already; kept safe).
  const at = years.map((y) => overview.years.indexOf(y));

  // Columns: five text columns, one per year, then three text columns.
  const columns: PlanColumn[] = [
    { key: "nr", header: t.nr, kind: "text", width: 6 },
    { key: "name", header: t.name, kind: "text", width: 40 },
    { key: "area", header: t.area, kind: "text", width: 26 },
    { key: "responsible", header: t.responsible, kind: "text", width: 26 },
    { key: "partners", header: t.partners, kind: "text", width: 34 },
    ...years.map<PlanColumn>((year) => ({
      key: `y${year}`,
      header: String(year),
      kind: "kroner",
      year,
      numFmt: KRONER_FORMAT,
      width: 14,
    })),
    { key: "multiYear", header: t.multiYear, kind: "text", width: 10 },
    { key: "anchoring", header: t.anchoring, kind: "text", width: 20 },
    { key: "remarks", header: t.remarks, kind: "remarks", width: 60 },
  ];
  const firstYearCol = 5;
  const yearCol = (i: number): number => firstYearCol + i;

  // Title rows, then the year summary (so both print on the first page), then the table.
  const summaryHeadRow = 4;
  const totalRow = 5;
  const frameRow = 6;
  const leftoverRow = 7;
  const headerRow = 10;
  const anchoringText = (a: AnchoringStatus): string => anchoringLabel(a, lang);
  let rows: PlanValue[][] = overview.rows.map((r) => [
    r.nr ?? null,
    r.name,
    r.area ?? null,
    r.responsible ?? null,
    r.partners.length ? r.partners.join(", ") : null,
    ...at.map((k) => kr(r.amounts[k] ?? undefined)),
    r.multiYear ? t.yes : t.no,
    anchoringText(r.anchoring),
    r.findings.length ? r.findings.map((f) => findingMessage(f, lang)).join("\n") : null,
  ]);
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
  const put = (row: number, col: number, value: PlanValue, extra: Partial<PlanCell> = {}): void => {
    cells.push({ address: a1(row, col), row, col, value, ...extra });
  };

  put(0, 0, t.title(overview.planYear), { bold: true, title: true });
  put(1, 0, t.checked, { bold: true });
  put(1, 1, overview.sheet);
  put(2, 0, t.date, { bold: true });
  const dateCell = { address: a1(2, 1), row: 2, col: 1, numFmt: DATE_FORMAT };

  // Per-year summary: I alt, Ramme, Restbeløb.
  put(summaryHeadRow, 1, t.perYear, { bold: true });
  years.forEach((y, i) => put(summaryHeadRow, yearCol(i), String(y), { bold: true }));
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
    if (s?.compareOnly ?? year < overview.planYear) put(leftoverRow + 1, yearCol(i), t.compare);
  });

  // Subtotals per focus area: SUMIF over the table's area column, so they follow edits.
  let row = lastDataRow + 2;
  const areaRange = (col: number): string => `${abs(firstDataRow, col)}:${abs(lastDataRow, col)}`;
  if (overview.areaSubtotals.length > 0) {
    put(row, 1, t.subtotals, { bold: true });
    row += 1;
    for (const sub of overview.areaSubtotals) {
      put(row, 1, sub.area);
      years.forEach((y, i) => {
        const col = yearCol(i);
        put(row, col, kr(sub.amounts[at[i]]) ?? 0, {
          formula: `SUMIF(${areaRange(2)},"${sumifCriteria(sub.area)}",${areaRange(col)})`,
          numFmt: KRONER_FORMAT,
        });
      });
      row += 1;
    }
    row += 1;
  }

  // Changes since approval, below the table and its subtotals (and above the chart).
  const section =
    options.changes &&
    changesSection(options.changes, lang, row, planYears, firstYearCol, KRONER_FORMAT);
  if (section) cells.push(...section.cells);

  const firstY = yearCol(0);
  const lastY = yearCol(Math.max(years.length - 1, 0));
  const range = (r: number): string => `${q}!${abs(r, firstY)}:${abs(r, lastY)}`;
  const chartTop = section ? section.lastRow + 2 : row;
  const chart: PlanChart = {
    title: t.chart,
    categoriesRef: range(summaryHeadRow),
    series: [
      { name: t.total, nameRef: `${q}!${abs(totalRow, 1)}`, valuesRef: range(totalRow) },
      { name: t.frame, nameRef: `${q}!${abs(frameRow, 1)}`, valuesRef: range(frameRow) },
    ],
    topLeft: a1(chartTop, 1),
    bottomRight: a1(chartTop + 18, Math.max(lastY, 6)),
  };

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
