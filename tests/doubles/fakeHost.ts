// An in-memory WorkbookHost for tests: sheets are grids, every call is recorded, and any method
// can be made to fail once, so the pane's success and error paths run without Excel.
import type { Grid, Lang, Report } from "../../src/core/types";
import type { PersistedSettings } from "../../src/core/settings";
import { HostError } from "../../src/host/HostError";
import type {
  FixOutcome,
  OverviewStatus,
  OverviewWriteOptions,
  WorkbookHost,
  WorkbookOpening,
  WriteResult,
} from "../../src/host/WorkbookHost";
import { MARKER_CONST_NAME, MARKER_REF_NAME, type NameFact } from "../../src/core/overview";
import type { CellFix } from "../../src/core/findings/fixes";

export type HostMethod = keyof WorkbookHost;

export interface FakeCall {
  method: HostMethod;
  args: unknown[];
}

export interface FakeHostOptions {
  sheets: Grid[];
  active?: string;
  title?: string;
  /** The stored settings open() returns (raw, unvalidated). */
  settings?: unknown;
  /** Sheets that exist but were not made by the add-in (overviewStatus → "foreign"). */
  foreignSheets?: string[];
  /** Set for file-mode-like hosts: writeOverview reports this file name. */
  fileName?: string;
  /** Defined names writeOverview reports as left alone (the user's own). */
  skippedNames?: string[];
  /** Answer writes as an Excel without print setup (ExcelApi < 1.9) would. */
  pageSetupSkipped?: boolean;
}

export class FakeHost implements WorkbookHost {
  readonly calls: FakeCall[] = [];
  /** Last value saved with saveSettings (and returned by open() from then on). */
  stored: unknown;
  readonly sheets = new Map<string, Grid>();
  /** Sheets the add-in wrote (overviewStatus → "ours"). */
  readonly ourSheets = new Set<string>();
  readonly foreignSheets: Set<string>;
  active: string | undefined;
  title: string | undefined;
  private readonly fileName: string | undefined;
  private readonly skippedNames: string[] | undefined;
  private readonly pageSetupSkipped: boolean;
  private readonly failures = new Map<HostMethod, unknown>();
  private readonly handlers = new Map<number, { sheet: string; handler: () => void }>();
  private nextHandlerId = 1;
  /** How many subscriptions were removed through the returned unsubscribe function. */
  unsubscribed = 0;

  constructor(options: FakeHostOptions) {
    for (const grid of options.sheets) this.sheets.set(grid.sheetName, grid);
    this.active = options.active;
    this.title = options.title;
    this.stored = options.settings;
    this.foreignSheets = new Set(options.foreignSheets ?? []);
    this.fileName = options.fileName;
    this.skippedNames = options.skippedNames;
    this.pageSetupSkipped = options.pageSetupSkipped ?? false;
  }

  /** The next call of `method` rejects with `error` (a HostError or anything else). */
  failNext(method: HostMethod, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Replaces a sheet's contents and notifies its subscribers, as Excel's onChanged would. */
  changeSheet(grid: Grid): void {
    this.sheets.set(grid.sheetName, grid);
    for (const { sheet, handler } of [...this.handlers.values()]) {
      if (sheet === grid.sheetName) handler();
    }
  }

  /** Sheets with a live change subscription. */
  subscribedSheets(): string[] {
    return [...this.handlers.values()].map((h) => h.sheet);
  }

  callsOf(method: HostMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async record(method: HostMethod, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw failure;
    }
  }

  async workbookTitle(): Promise<string | undefined> {
    await this.record("workbookTitle", []);
    return this.title;
  }

  /** The sheets, the active one, the title and the settings; our sheets marked as the add-in does. */
  async open(): Promise<WorkbookOpening> {
    await this.record("open", []);
    const sheets = [
      ...this.sheets.keys(),
      ...[...this.ourSheets].filter((s) => !this.sheets.has(s)),
    ];
    const ours = [...this.ourSheets][0];
    const names: NameFact[] =
      ours === undefined
        ? []
        : [
            { name: MARKER_REF_NAME, target: { kind: "sheet", sheet: ours } },
            { name: MARKER_CONST_NAME, target: { kind: "constant", value: ours } },
          ];
    return {
      settings: this.stored,
      sheets,
      ...(this.active !== undefined ? { active: this.active } : {}),
      ...(this.title !== undefined ? { title: this.title } : {}),
      facts: { sheets: sheets.map((name) => ({ name })), names, tables: [] },
      grids: [],
    };
  }

  async readSheet(name: string): Promise<Grid> {
    await this.record("readSheet", [name]);
    const grid = this.sheets.get(name);
    if (!grid) throw new HostError("SHEET_MISSING", name);
    return grid;
  }

  async overviewStatus(sheetName: string): Promise<OverviewStatus> {
    await this.record("overviewStatus", [sheetName]);
    return this.statusQuiet(sheetName);
  }

  async writeOverview(report: Report, options: OverviewWriteOptions): Promise<WriteResult> {
    await this.record("writeOverview", [report, options]);
    if (this.statusQuiet(options.sheetName) === "foreign") {
      throw new HostError("NAME_TAKEN", options.sheetName);
    }
    this.ourSheets.add(options.sheetName);
    const result: WriteResult = { sheetName: options.sheetName };
    if (this.fileName) result.fileName = this.fileName;
    if (this.skippedNames) result.skippedNames = this.skippedNames;
    if (this.pageSetupSkipped) result.pageSetupSkipped = true;
    return result;
  }

  // Excel compares sheet names case-insensitively; a source sheet of that name is someone else's.
  private statusQuiet(sheetName: string): OverviewStatus {
    const lower = sheetName.toLowerCase();
    if ([...this.ourSheets].some((s) => s.toLowerCase() === lower)) return "ours";
    const foreign = [...this.foreignSheets, ...this.sheets.keys()];
    return foreign.some((s) => s.toLowerCase() === lower) ? "foreign" : "absent";
  }

  async exportWorkbook(report: Report, lang: Lang): Promise<void> {
    await this.record("exportWorkbook", [report, lang]);
  }

  async saveText(fileName: string, text: string, mimeType: string): Promise<void> {
    await this.record("saveText", [fileName, text, mimeType]);
  }

  /** Set to () => "workbook" to play Office for Mac/iPad, where the pane cannot download. */
  csvRoute?: () => "download" | "workbook";

  async saveFile(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void> {
    await this.record("saveFile", [fileName, bytes, mimeType]);
  }

  async selectCell(address: string): Promise<void> {
    await this.record("selectCell", [address]);
  }

  async saveSettings(settings: PersistedSettings): Promise<void> {
    await this.record("saveSettings", [settings]);
    this.stored = structuredCloneSafe(settings);
  }

  /** Writes the fix into the fake sheet (as Excel would), recorded; no change event fires. */
  async applyFix(fix: CellFix): Promise<FixOutcome> {
    await this.record("applyFix", [fix]);
    this.write(fix);
    return this.fileName
      ? { kind: "inCopy", pending: this.callsOf("applyFix").length }
      : { kind: "written" };
  }

  private write(fix: CellFix): void {
    const grid = this.sheets.get(fix.at.sheet);
    if (!grid) throw new HostError("SHEET_MISSING", fix.at.sheet);
    const rows = grid.rows.map((r) => r.slice());
    const r = fix.at.row - grid.originRow;
    while (rows.length <= r) rows.push([]);
    rows[r][fix.at.col - grid.originCol] = fix.write.value;
    this.sheets.set(grid.sheetName, { ...grid, rows });
  }

  /** All the fixes in one recorded call, written as applyFix writes each; no change event fires. */
  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    await this.record("applyFixes", [fixes]);
    for (const fix of fixes) this.write(fix);
    const pending = this.callsOf("applyFix").length + this.callsOf("applyFixes").flat(2).length;
    return this.fileName ? { kind: "inCopy", pending } : { kind: "written" };
  }

  async onSheetChanged(sheetName: string, handler: () => void): Promise<() => Promise<void>> {
    await this.record("onSheetChanged", [sheetName]);
    const id = this.nextHandlerId++;
    this.handlers.set(id, { sheet: sheetName, handler });
    return async () => {
      if (this.handlers.delete(id)) this.unsubscribed++;
    };
  }
}

// jsdom lacks structuredClone in some versions; settings are plain JSON.
function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
