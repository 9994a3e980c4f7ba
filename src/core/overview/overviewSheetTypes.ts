// The overview sheet plan's shape: what the writers (src/excel, src/ooxml) render.
import type { Changes } from "../compare/compare";
import type { Lang } from "../types";
import type { PlanPageSetup } from "./overviewPageSetup";

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
  /** A line of text that runs across the empty cells beside it: it does not size its column. */
  spills?: boolean;
}

export type PlanColumnKind = "text" | "kroner" | "remarks";

export interface PlanColumn {
  /** Stable key: "nr", "name", "area", "responsible", "partners", "y2026", "multiYear", "anchoring", "remarks". */
  key: string;
  header: string;
  kind: PlanColumnKind;
  /** Year, for kroner columns. */
  year?: number;
  /** Spending columns ("Forbrug 2026", "Rest 2026"): only on sheets with spending. */
  spending?: "spent" | "rest";
  numFmt?: string;
  /** Column width in characters (sized to the content within the column's limits). */
  width: number;
  /** Long text wraps in this column (the remarks, and any text longer than its width). */
  wrap?: boolean;
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
  /** Fill colour (RGB hex, no "#"): explicit, so a reader without the workbook's theme shows bars. */
  color: string;
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
  /** The rows outside the frame, laid out like the table's rows (written below it, not in it). */
  outsideFrameRows: PlanValue[][];
  years: PlanYear[];
  definedNames: { name: string; ref: string }[];
  chart: PlanChart;
  /** Column widths in characters, index = 0-based column. */
  columnWidths: number[];
  /**
   * Ranges where Excel's "number stored as text" check is switched off (the Nr. column: a Nr.
   * like "1.2" is a label, not a number). Written as the sheet's ignoredErrors.
   */
  ignoredNumberAsText: string[];
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
