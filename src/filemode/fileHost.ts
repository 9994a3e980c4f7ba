// A WorkbookHost over an .xlsx file in the browser (ExcelJS), so the pane runs without Excel.
// The file never leaves the browser: it is read from a File, and everything we write is a download.
import type { Workbook, Worksheet } from "exceljs";
import type { Grid, Lang, Report } from "../core/types";
import { hasBudgetTable } from "../core/hasBudgetTable";
import { overviewSheetPlan } from "../core/overviewSheet";
import { parsePersistedSettings, toEngineSettings, type PersistedSettings } from "../core/settings";
import { HostError } from "../host/HostError";
import type { OverviewStatus, WorkbookHost, WriteResult } from "../host/WorkbookHost";
import { baseName, downloadBlob } from "./download";

type XlsxModule = typeof import("../xlsx");

/** Larger files take ExcelJS many seconds and hundreds of MB in a tab; Excel itself does better. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A sheet's used range beyond this is no budget sheet, and would freeze the preview. */
export const MAX_SHEET_CELLS = 1_000_000;

export type FileOpenErrorCode =
  "NOT_XLSX" | "CORRUPT" | "ENCRYPTED" | "TOO_LARGE" | "NO_BUDGET_TABLE" | "READ_FAILED";

export interface FileOpenError {
  code: FileOpenErrorCode;
  fileName: string;
  /** Underlying error text, for a details line. */
  detail?: string;
}

export type OpenResult = { ok: true; host: FileHost } | { ok: false; error: FileOpenError };

export interface FileHostDeps {
  /** Where downloads go; the browser's <a download> by default, a recorder in tests. */
  download?: (fileName: string, blob: Blob) => void;
  /** Settings kept per file name; localStorage by default, when the browser allows it. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  currentYear?: number;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Loads the .xlsx module (and with it ExcelJS) on first use: file mode only. */
export function loadXlsx(): Promise<XlsxModule> {
  return import(/* webpackChunkName: "xlsx" */ "../xlsx");
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some privacy settings make merely touching localStorage throw: keep settings in memory.
    return null;
  }
}

function sheetCells(ws: Worksheet): number {
  return ws.rowCount * Math.max(ws.columnCount, 1);
}

/** Opens a workbook file; every way it can fail becomes a code the UI words. Never throws. */
export async function openWorkbookFile(
  fileName: string,
  data: ArrayBuffer,
  deps: FileHostDeps = {}
): Promise<OpenResult> {
  const fail = (code: FileOpenErrorCode, detail?: string): OpenResult => ({
    ok: false,
    error: { code, fileName, ...(detail ? { detail } : {}) },
  });
  if (!/\.(xlsx|xlsm)$/i.test(fileName)) return fail("NOT_XLSX");
  if (data.byteLength > MAX_FILE_BYTES) return fail("TOO_LARGE");
  let xlsx: XlsxModule;
  try {
    xlsx = await loadXlsx();
  } catch (e) {
    return fail("READ_FAILED", e instanceof Error ? e.message : String(e));
  }
  // ExcelJS may keep the buffer; our own copy is what every later write starts from.
  const bytes = new Uint8Array(data.slice(0));
  let loaded: Awaited<ReturnType<XlsxModule["loadWorkbook"]>>;
  try {
    loaded = await xlsx.loadWorkbook(bytes.slice(0));
  } catch (e) {
    return fail("CORRUPT", e instanceof Error ? e.message : String(e));
  }
  if (!loaded.ok) {
    const code: FileOpenErrorCode =
      loaded.reason === "ENCRYPTED"
        ? "ENCRYPTED"
        : loaded.reason === "NOT_XLSX"
          ? "NOT_XLSX"
          : "CORRUPT";
    return fail(code);
  }
  const host = new FileHost(fileName, bytes, loaded.workbook, xlsx, deps);
  const usable = host.budgetSheets();
  if (usable.found.length === 0) return fail(usable.tooLarge ? "TOO_LARGE" : "NO_BUDGET_TABLE");
  return { ok: true, host };
}

export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  private memorySettings: unknown;
  private selected: string | undefined;
  private readonly download: (fileName: string, blob: Blob) => void;
  private readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
  private readonly currentYear: number;

  constructor(
    readonly fileName: string,
    /** The file as opened: every written copy starts from these bytes, not from our edits. */
    private readonly original: Uint8Array,
    private readonly workbook: Workbook,
    private readonly xlsx: XlsxModule,
    deps: FileHostDeps = {}
  ) {
    this.download = deps.download ?? downloadBlob;
    this.storage = deps.storage === undefined ? defaultStorage() : deps.storage;
    this.currentYear = deps.currentYear ?? new Date().getFullYear();
  }

  /** Sheets holding a budget table (the pane's default choice among them). */
  budgetSheets(): { found: string[]; tooLarge: boolean } {
    const settings = toEngineSettings({ version: 1 }, this.currentYear);
    const found: string[] = [];
    let tooLarge = false;
    for (const ws of this.workbook.worksheets) {
      // Our own overview (from an earlier download) is a table too, but not the plan.
      if (this.xlsx.isOverviewSheet(ws)) continue;
      if (sheetCells(ws) > MAX_SHEET_CELLS) {
        tooLarge = true;
        continue;
      }
      const grid = this.xlsx.gridFromWorksheet(ws, this.fileName);
      if (hasBudgetTable(grid, settings)) found.push(ws.name);
    }
    return { found, tooLarge };
  }

  /** The cell the pane last asked to show ('Ark 1'!B7), for the preview. */
  selectedCell(): string | undefined {
    return this.selected;
  }

  async workbookTitle(): Promise<string | undefined> {
    return this.fileName;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async activeSheet(): Promise<string | undefined> {
    return undefined;
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError("SHEET_MISSING", name);
    return ws;
  }

  async readSheet(name: string): Promise<Grid> {
    const ws = this.sheet(name);
    if (sheetCells(ws) > MAX_SHEET_CELLS) {
      throw new HostError("TOO_LARGE", `${ws.rowCount} × ${ws.columnCount}`);
    }
    return this.xlsx.gridFromWorksheet(ws, this.fileName);
  }

  async overviewStatus(sheetName: string): Promise<OverviewStatus> {
    const ws = this.workbook.getWorksheet(sheetName);
    if (!ws) return "absent";
    return this.xlsx.isOverviewSheet(ws) ? "ours" : "foreign";
  }

  async writeOverview(
    report: Report,
    options: { sheetName: string; lang: Lang }
  ): Promise<WriteResult> {
    // A fresh copy of the file as opened, so the download holds the user's sheets as they were.
    const loaded = await this.xlsx.loadWorkbook(this.original.slice(0));
    if (!loaded.ok) throw new HostError("FILE_UNREADABLE", loaded.reason);
    const existing = loaded.workbook.getWorksheet(options.sheetName);
    // A user's own sheet of that name is never replaced; the pane offers another name.
    if (existing && !this.xlsx.isOverviewSheet(existing)) {
      throw new HostError("NAME_TAKEN", options.sheetName);
    }
    const plan = overviewSheetPlan(report.overview, options.lang, { sheetName: options.sheetName });
    this.xlsx.writeOverviewSheet(loaded.workbook, plan);
    const fileName = `${baseName(this.fileName)}-budgetoversigt.xlsx`;
    await this.offer(loaded.workbook, fileName);
    return { sheetName: options.sheetName, fileName };
  }

  async exportWorkbook(report: Report, lang: Lang): Promise<void> {
    const wb = this.xlsx.newWorkbook();
    this.xlsx.writeOverviewSheet(wb, overviewSheetPlan(report.overview, lang));
    await this.offer(wb, `${baseName(this.fileName)}-budgettabel.xlsx`);
  }

  private async offer(wb: Workbook, fileName: string): Promise<void> {
    const buffer = await wb.xlsx.writeBuffer();
    this.download(fileName, new Blob([buffer as ArrayBuffer], { type: XLSX_MIME }));
  }

  async saveText(fileName: string, text: string, mimeType: string): Promise<void> {
    this.download(fileName, new Blob([text], { type: mimeType }));
  }

  async selectCell(address: string): Promise<void> {
    // Nothing to select in a file: the pane hands the address to the preview, which scrolls to it.
    this.selected = address;
  }

  private storageKey(): string {
    return `budgettjek:indstillinger:${this.fileName}`;
  }

  async loadSettings(): Promise<unknown> {
    if (this.memorySettings !== undefined) return this.memorySettings;
    const stored = this.storage?.getItem(this.storageKey());
    if (stored == null) return undefined;
    try {
      return JSON.parse(stored);
    } catch {
      // Unparseable JSON is handed on as text, so the pane's schema check reports it.
      return stored;
    }
  }

  async saveSettings(settings: PersistedSettings): Promise<void> {
    const checked = parsePersistedSettings(settings);
    if (!checked.ok) throw new HostError("UNKNOWN", checked.problems.join("; "));
    this.memorySettings = checked.settings;
    this.storage?.setItem(this.storageKey(), JSON.stringify(checked.settings));
  }

  async onSheetChanged(): Promise<() => Promise<void>> {
    // A file does not change under us; nothing to listen to.
    return async () => {};
  }
}
