// The workbook's sheets as the pane follows them: opened in one batch, read again by their id (so a
// sheet renamed meanwhile is still the one checked), and watched for changes. What the reads learn
// (sheet ids, change handlers registered while reading, the title) is kept here, for the next read.
// Office.js: the batches are officeOpen.ts's and sheetRead.ts's; Workbook.name, Worksheet.onChanged
// (ExcelApi 1.7): learn.microsoft.com/javascript/api/excel/excel.workbook, excel.worksheet.
import type { Grid } from "../core";
import type { WorkbookOpening } from "../host/WorkbookHost";
import { readOpening, readProbes, type SheetChangeHub } from "./officeOpen";
import type { OfficeRuntime } from "./officeRuntime";
import { readSheetGrid } from "./sheetRead";
import { decodeSettings } from "./storedFacts";

/** Where the settings live in the workbook (Excel's document settings, ExcelApi 1.4). */
export const SETTINGS_KEY = "Budgettjek.settings";

/** The document's file name from its URL, when Excel gives no title. */
export function fileNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = decodeURIComponent(url.split(/[\\/]/).pop() ?? "").split("?")[0];
  return last || undefined;
}

export class SheetTracker {
  /** Sheet name (lower case) → Excel's worksheet id, for every sheet read. */
  private readonly ids = new Map<string, string>();
  /** Change handlers registered in a reading batch, by worksheet id. */
  private readonly hubs = new Map<string, SheetChangeHub>();
  /** The workbook's title as the opening read it (then a sheet's read need not read it again). */
  private title?: string;

  constructor(private readonly runtime: () => OfficeRuntime) {}

  /** The first answer's facts in one batch (officeOpen.ts), read afresh each time. */
  async open(): Promise<WorkbookOpening> {
    const o = await readOpening(this.runtime(), SETTINGS_KEY);
    if (o.hub) this.hubs.set(o.hub.sheetId, o.hub);
    this.title = o.title || fileNameOf(this.runtime().documentUrl());
    const grids = o.activeGrid ? [this.keep(o.activeGrid)] : [];
    return {
      settings: o.settings === undefined ? undefined : decodeSettings(o.settings),
      sheets: o.sheets,
      ...(o.active ? { active: o.active.name } : {}),
      ...(this.title ? { title: this.title } : {}),
      facts: o.facts,
      grids,
    };
  }

  /** The other sheets' first rows in one more batch (each with its change handler registered). */
  async readFirstRows(names: string[]): Promise<Grid[]> {
    const probes = await readProbes(this.runtime(), names);
    for (const hub of probes.hubs) if (!this.hubs.has(hub.sheetId)) this.hubs.set(hub.sheetId, hub);
    return [...probes.grids.values()].map((g) => this.keep(g));
  }

  /** A sheet read whole; one read before is read by its id, and carries its new name if renamed. */
  async readSheet(name: string): Promise<Grid> {
    const key = name.toLowerCase();
    const rt = this.runtime();
    const grid = await readSheetGrid(rt, this.ids.get(key) ?? name, this.title === undefined);
    // Renamed: the old name may now be another sheet's; the caller goes on with the new one.
    if (grid.sheetName.toLowerCase() !== key) this.ids.delete(key);
    return this.keep(grid);
  }

  /** The workbook's title now (Save As may have renamed it), else its file name. */
  async workbookTitle(): Promise<string | undefined> {
    const name = await this.runtime().run(async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      await context.sync();
      return workbook.name;
    });
    return name || fileNameOf(this.runtime().documentUrl());
  }

  /** Calls `handler` when the sheet changes; no round trip where a read registered it already. */
  async watch(sheetName: string, handler: () => void): Promise<() => Promise<void>> {
    const id = this.ids.get(sheetName.toLowerCase());
    const hub = id === undefined ? undefined : this.hubs.get(id);
    if (hub) {
      hub.handlers.add(handler);
      return async () => {
        hub.handlers.delete(handler);
      };
    }
    const r = this.runtime();
    const registration = await r.run(async (context) => {
      // The handler stays with the sheet object, so it keeps firing after a rename.
      const sheet = context.workbook.worksheets.getItem(id ?? sheetName);
      const result = sheet.onChanged.add(async () => {
        handler();
      });
      await context.sync();
      return result;
    });
    // Removal must run on the context the handler was added with.
    return () =>
      r.runInContext(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
  }

  /** Keeps a read grid's sheet id and gives it the workbook's title where it has none. */
  private keep(grid: Grid): Grid {
    if (grid.sheetId) this.ids.set(grid.sheetName.toLowerCase(), grid.sheetId);
    const shown = grid.workbookTitle ?? this.title ?? fileNameOf(this.runtime().documentUrl());
    return shown ? { ...grid, workbookTitle: shown } : grid;
  }
}
