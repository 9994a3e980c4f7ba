// The engine's contract: what every shell hands in (Grid, Settings) and gets back (CheckResult).
// Pure types only; no Office, React, DOM or Node I/O anywhere in src/core.

import type { AmountUnit } from "./sheet/amountScale";
import type { Ore } from "./money";
import type { Finding } from "./findings/rules";
import type { ListShape } from "./sheet/detectList";
import type { UnitReading } from "./sheet/sheetUnit";
import type * as Spending from "./spendingTypes";

/** Money in integer øre (1 kr. = 100 øre), so sums never drift: see money.ts. */
export type { Ore };
export type { SpendingColumn, SpendingReport, SpendingYear } from "./spendingTypes";

/** An Excel error value in a cell (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!, …). */
export interface CellError {
  readonly error: string;
}

/** One cell as a shell reads it: the value Excel holds (not the displayed text). */
/**
 * The error a file reader gives a formula cell saved without its result: writers that do not
 * calculate (openpyxl, pandas, some exporters) store the formula and no value, so the cell's
 * figure is unknown, never blank. Excel itself always stores the result.
 */
export const NOT_CALCULATED = "notCalculated";

export type CellValue = string | number | boolean | null | CellError;

/** A merged range, 0-based sheet coordinates, inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Why a shell could not read a sheet's merged areas. */
export type MergesUnread = "tooMany" | "notSupported";

/**
 * A sheet's used range as read by a shell. `rows[r][c]` is the cell at sheet row
 * `originRow + r`, column `originCol + c` (0-based; A1 is row 0, col 0). Rows may be ragged.
 */
export interface Grid {
  sheetName: string;
  originRow: number;
  originCol: number;
  rows: CellValue[][];
  /** Merged ranges (sheet coordinates), when the shell can read them. */
  merges?: MergeRange[];
  /**
   * The shell could not read the merged areas, so the sheet is checked without them: "tooMany"
   * (Excel gives none above 512 areas), "notSupported" (Excel older than ExcelApi 1.13 has no way to).
   */
  mergesUnread?: MergesUnread;
  /** The host's id of the sheet (Excel's worksheet id), to follow it when renamed. */
  sheetId?: string;
  /** Only the sheet's first rows (a probe for the header): the table may go on below. */
  probeOnly?: boolean;
  /** Workbook title or file name ("Tryghedsplan 2026.xlsx"), a source for the plan year. */
  workbookTitle?: string;
}

export type Lang = "da" | "en";

/** What a column holds. `activity` is required for a table; years are separate. */
export type ColumnRole =
  | "nr"
  | "area"
  | "activity"
  | "responsible"
  | "partners"
  | "anchoring"
  | "grantType"
  | "budgetLine"
  | "remarks";

/**
 * A user's column mapping: overrides detection. Columns are letters ("B"); years map a
 * year to its column letter. `headerRow` is 1-based as the user sees it.
 */
export interface ColumnMapping {
  headerRow?: number;
  roles?: Partial<Record<ColumnRole, string>>;
  years?: Record<string, string>;
}

/** Settings as the engine uses them (persisted settings are validated by parsePersistedSettings, then toEngineSettings). */
export interface Settings {
  /** Plan year; when absent the engine derives it (title, sheet name, columns, `currentYear`). */
  planYear?: number;
  /** Frame for every year without an override, in øre. Default 1.900.000 kr. */
  defaultFrame: Ore;
  /**
   * True when the user gave `defaultFrame` (CLI `--frame KR`, the pane's frame field): it then beats
   * a "Ramme" row in the sheet. The built-in 1.900.000 kr. does not.
   */
  frameGiven?: boolean;
  /** Per-year frame overrides in øre, keyed by year. */
  frames: Record<number, Ore>;
  /** The unit the sheet's amounts are in (settings, `--unit`): beats what the sheet states. */
  unit?: AmountUnit;
  /** Sheet to check; shells use it, the engine ignores it. */
  sheet?: string;
  columns?: ColumnMapping;
  /** The calendar year "now", for the plan-year fallback. Shells pass it; tests fix it. */
  currentYear: number;
}

/** One detected table on a sheet (a sheet may hold several blocks). Coordinates 0-based. */
export interface Block {
  headerRow: number;
  /** Last row that belongs to the block (inclusive). */
  endRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  years: { year: number; col: number }[];
  /** Spending columns beside the budget ("Forbrug 2026"); absent when the block has none. */
  spending?: Spending.SpendingColumn[];
  /** Title row text above the header ("Aktiviteter under indsatsområde 1 – økonomisk ramme"). */
  title?: string;
  /**
   * A long list (one row per activity and year, sheet/detectList.ts): its year and amount columns.
   * Its `years` all point at the amount column; each row's year cell says which year it holds.
   */
  list?: ListColumns;
}

/** Where a long list keeps each row's year and amount. */
export interface ListColumns {
  yearCol: number;
  amountCol: number;
}

/** Where the plan year came from: settings, a title row, the sheet name, the file name, the columns. */
export type PlanYearSource = "settings" | "title" | "sheetName" | "fileName" | "columns";

export type AnchoringStatus = "present" | "missing" | "fixed" | "notNeeded";

export interface Activity {
  /** Stable index in sheet order. */
  id: number;
  name: string;
  nr?: string;
  area?: string;
  responsible?: string;
  /** Partners split on ; , "og" and line breaks. Empty when none named. */
  partners: string[];
  anchoringText?: string;
  grantType?: string;
  remarks?: string;
  /** 0-based sheet row of the activity's (first) row. */
  row: number;
  /** Sheet-qualified address of the activity's name cell, e.g. 'Tryghedsplan 2026'!B7. */
  cell: string;
  /**
   * Amount per year, aligned with `Report.years` (`amounts[i]` is the year `Report.years[i]`).
   * `null` where the activity has no parseable amount cell for that year (not in its block, or
   * only text); blanks are 0. An array, not a year-keyed record: V8 keeps records keyed by
   * 2026… as slow dictionaries, which made big sheets slow to build and to sum.
   */
  amounts: (Ore | null)[];
  /**
   * Sheet-qualified address of each year's amount cell on the activity's own "I alt" budget line,
   * keyed by year; only when it has one. `amountCell()` gives any year's cell (this, or the
   * activity row's), so a big sheet builds no address it is not asked for.
   */
  totalLineCells?: Record<number, string>;
  /** Index of the block it came from. */
  block: number;
  /** On a long list: per year, the (first) row holding the year's amount. */
  listRows?: Record<number, number>;
  /** Amounts in two or more years from the plan year on. */
  multiYear: boolean;
  anchoring: AnchoringStatus;
  /** Not paid from the frame (project management, or marked so): summed apart, never against it. */
  outsideFrame?: OutsideFrame;
  /**
   * On a long list: its rows disagree in the Ramme column (one says inside, another outside). It is
   * counted inside the frame, and a year its amount decides is uncertain (YearSummary.frameInDoubt).
   */
  frameInDoubt?: true;
}

/**
 * Why a row is kept out of the frame (sheet/outsideFrame.ts): its name is project management, a
 * text in the row says "uden for rammen", or the sheet's Ramme column says "Nej". `text` is what
 * the sheet says, `col` the cell that says it (on the activity's row).
 */
export interface OutsideFrame {
  reason: "projectManagement" | "marked" | "frameColumn";
  text: string;
  col: number;
  /** On a long list, the row that says it when that is not the activity's first row. */
  row?: number;
}

export type Severity = "error" | "warning" | "info";

/**
 * Where a finding points: a cell's 0-based row and column on a named sheet. Written as A1
 * ('Tryghedsplan 2026'!G7) only at the edge, by `a1()` in address.ts.
 */
export interface CellPos {
  sheet: string;
  row: number;
  col: number;
}

/**
 * A finding is data: codes in the core, words at the edge (see messages/). The union is derived
 * from the schemas each rule declares beside itself (rules/index.ts lists them), one member per
 * code with its own typed fields (amounts in øre).
 */
export type { Finding };

/** A multi-year grant named in NO_ANCHOR_COLUMN: which activity, and its name cell. */
export type GrantRef = FindingOf<"NO_ANCHOR_COLUMN">["grants"][number];

export type FindingCode = Finding["code"];

/** The finding with one code: `FindingOf<"OVER_FRAME">`. */
export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;

export type { YearStatus, YearSummary } from "./years";
import type { YearSummary } from "./years";

export interface OverviewRow {
  activityId: number;
  nr?: string;
  name: string;
  area?: string;
  responsible?: string;
  partners: string[];
  /** Aligned with `Overview.years`; `null` where the activity has no amount (see Activity). */
  amounts: (Ore | null)[];
  multiYear: boolean;
  anchoring: AnchoringStatus;
  /** Findings about this activity (rendered to words by the writer, in its language). */
  findings: Finding[];
  /** Set on the rows of `Overview.outsideFrame`. */
  outsideFrame?: OutsideFrame;
}

export interface AreaSubtotal {
  /** The focus area; `null` for the activities without one ("Uden indsatsområde"). */
  area: string | null;
  /** Aligned with `Overview.years`, 0 when none. */
  amounts: Ore[];
}

/** The one structure every writer (Excel sheet, .xlsx, CSV, task pane) renders. */
export interface Overview {
  sheet: string;
  planYear: number;
  /** The unit the amounts were read in (every writer says it beside the plan year). */
  unit: UnitReading;
  /** How the long list the plan was read from is kept; absent for a table with year columns. */
  listShape?: ListShape;
  /** Every year column found, ascending (earlier years are compare-only). */
  years: number[];
  /** The activities paid from the frame. */
  rows: OverviewRow[];
  areaSubtotals: AreaSubtotal[];
  totals: YearSummary[];
  /** Spending beside the budget (the report's): only when the sheet has spending columns. */
  spending?: Spending.SpendingReport;
  /** The rows kept out of the frame, shown and summed on their own (`YearSummary.outsideFrame`). */
  outsideFrame?: OverviewRow[];
}

/** What the sheet was read as: the rules' model holds it, and the report hands it on as read. */
export interface SheetReading {
  sheet: string;
  planYear: number;
  planYearSource: PlanYearSource;
  /** The unit the amounts were read in, and where it was stated. */
  unit: UnitReading;
  blocks: Block[];
  activities: Activity[];
}

export interface Report extends SheetReading {
  years: YearSummary[];
  findings: Finding[];
  overview: Overview;
  /** Spending beside the budget: only when the sheet has spending columns. */
  spending?: Spending.SpendingReport;
}

/** Why a grid could not be checked at all (the only non-report outcome; never thrown). */
export type NoBudgetTable = { ok: false; reason: "NO_BUDGET_TABLE"; sheet: string };

export type CheckResult = { ok: true; report: Report } | NoBudgetTable;
