// One adapter contract, several implementations: Office (src/excel), a workbook file in the
// browser (src/filemode), and fakes in tests. The task pane only ever talks to this.
import type { CellFix } from "../core/findings";
import type { Grid, Lang, Report } from "../core";
import type { PersistedSettings } from "../core";
import type { Baseline } from "../core/compare";
import type { StoredBaseline } from "../core/compare";
import type { Changes } from "../core/compare";
import type { PlanValue, WorkbookFacts } from "../core/overview";

/** Where a fix went: into the workbook (Excel), or into the copy the user downloads (file mode). */
export type FixOutcome =
  /** mayNotUndo: Excel refused the undo group, so the cell was written without it. */
  | { kind: "written"; mayNotUndo?: boolean }
  /** File mode: the fix is kept for the copy, with how many fixes that copy now holds. */
  | { kind: "inCopy"; pending: number };

/** Where an approved baseline went: in the workbook (Office), or in a downloaded copy (file mode). */
export interface BaselineSaved {
  /** File mode: the copy offered for download, which holds the baseline. */
  fileName?: string;
}

/** Whether a sheet with the overview's name exists, and whether we made it. */
export type OverviewStatus = "absent" | "ours" | "foreign";

export interface WriteResult {
  /** The sheet written (may differ from the default when the user chose a new name). */
  sheetName: string;
  /** For file mode: the name of the workbook file offered for download. */
  fileName?: string;
  /** Defined names (Restbeløb_2026 …) not written because the user already uses them. */
  skippedNames?: string[];
  /** Written without print setup (Excel without ExcelApi 1.9's worksheet.pageLayout). */
  pageSetupSkipped?: boolean;
  /** Written, but Excel refused the print setup: the sheet is there without it. */
  pageSetupRefused?: boolean;
}

export interface OverviewWriteOptions {
  sheetName: string;
  lang: Lang;
  changes?: Changes;
}

/** Everything the first answer needs, read in one go (in Excel one batch: one round trip). */
export interface WorkbookOpening {
  /** Raw stored settings (validated by the caller with parsePersistedSettings), or undefined. */
  settings: unknown;
  /** The sheets the user can choose, in workbook order (Excel: the visible ones; a file: visible first). */
  sheets: string[];
  /** The active sheet in Excel; in file mode the visible sheet Excel opens the file on. */
  active?: string;
  /** The workbook's title or file name, when known (a source for the plan year). */
  title?: string;
  /** What the ownership decision needs: which overview sheet is ours (core/ownership.ts). */
  facts: WorkbookFacts;
  /** Sheets read whole in the same go (Excel: the active sheet, when the batch allowed it). */
  grids: Grid[];
}

export interface WorkbookHost {
  /** Reads what the first answer needs, afresh each time it is called. */
  open(): Promise<WorkbookOpening>;
  /**
   * The first rows of these sheets in one go, where that saves round trips (Excel), to find the
   * budget table without reading every sheet whole. A grid with `probeOnly` goes on below its
   * rows; a sheet left out is read the usual way. Absent: sheets are read whole, one at a time.
   */
  readFirstRows?(names: string[]): Promise<Grid[]>;
  /** The workbook's title or file name now (it may have been saved under a new name). */
  workbookTitle(): Promise<string | undefined>;
  readSheet(name: string): Promise<Grid>;
  overviewStatus(sheetName: string): Promise<OverviewStatus>;
  /**
   * Writes (or rewrites in place) the overview sheet; never touches any other sheet. With
   * `changes` (a baseline is in use) the sheet gains the "Ændringer siden godkendt" section.
   */
  writeOverview(report: Report, options: OverviewWriteOptions): Promise<WriteResult>;
  /** The consolidated table as a new workbook (Excel.createWorkbook, or a download in file mode). */
  exportWorkbook(report: Report, lang: Lang): Promise<void>;
  /** Offers a text file to the user (the CSV export). */
  saveText(fileName: string, text: string, mimeType: string): Promise<void>;
  /**
   * How the CSV export reaches the user here: "download" (a file offered by the browser) or
   * "workbook" where a page cannot download (Office for Mac and iPad: the table opens as a new
   * workbook, which the user saves as CSV). Absent = "download".
   */
  csvRoute?(): "download" | "workbook";
  /**
   * The "workbook" route: the CSV's rows (overviewCsvRows, the download's own) opened as a new
   * workbook of plain values, for the user to save as CSV.
   */
  exportCsvWorkbook?(rows: PlanValue[][]): Promise<void>;
  /** Offers a binary file to the user (the PDF report), as a download like saveText. */
  saveFile(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** Activates the cell's sheet and selects it. Address is sheet-qualified ('Ark 1'!B7). */
  selectCell(address: string): Promise<void>;
  saveSettings(settings: PersistedSettings): Promise<void>;
  /**
   * The approved baseline stored in the workbook (a custom XML part), when this host can read one.
   * Absent: the host has no such store.
   */
  readBaseline?(): Promise<StoredBaseline>;
  /** Stores `baseline` as the workbook's approved baseline, replacing an earlier one. */
  saveBaseline?(baseline: Baseline): Promise<BaselineSaved>;
  /**
   * Writes one fix the user clicked (one cell: a number with its format, or a formula), as one
   * undo step where the host has undo. Nothing else in the workbook changes.
   */
  applyFix(fix: CellFix): Promise<FixOutcome>;
  /**
   * Writes several fixes the user accepted at once ("Ret alle N af denne slags"): one call, one
   * batch where the host allows (Excel: one Excel.run, one undo step where ExcelApi 1.20 allows).
   * Each fix is one cell; nothing else changes.
   */
  applyFixes(fixes: CellFix[]): Promise<FixOutcome>;
  /** Calls `handler` when the sheet's contents change; returns a function that unsubscribes. */
  onSheetChanged(sheetName: string, handler: () => void): Promise<() => Promise<void>>;
}
