// The workbook's sheets as the pane follows them: opened in one batch, read again by their id (so a
// sheet renamed meanwhile is still the one checked), and watched for changes. What the reads learn
// (sheet ids, what each sheet held when read, the title) is kept here, for the next read and watch.
// Office.js: the batches are officeOpen.ts's and sheetRead.ts's; Workbook.name, Worksheet.onChanged
// (ExcelApi 1.7): learn.microsoft.com/javascript/api/excel/excel.workbook, excel.worksheet.
import type { Grid } from "../core";
import type { WorkbookOpening } from "../host/WorkbookHost";
import { readOpening, readProbes } from "./officeOpen";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { gridFromRange, readSheetGrid } from "./sheetRead";
import { decodeSettings } from "./storedFacts";

/**
 * Above this many characters of cells (as JSON) the registration does not read the sheet again:
 * the response would near Excel on the web's 5 MB limit (learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization#excel-add-ins); it re-checks once instead.
 */
const REREAD_MAX_CHARS = 1_000_000;

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
  /** What each sheet held when last read (its cells, by worksheet id), to see a change since. */
  private readonly held = new Map<string, string>();
  /** The workbook's title as the opening read it (then a sheet's read need not read it again). */
  private title?: string;

  constructor(private readonly runtime: () => OfficeRuntime) {}

  /** The first answer's facts in one batch (officeOpen.ts), read afresh each time. */
  async open(): Promise<WorkbookOpening> {
    const o = await readOpening(this.runtime(), SETTINGS_KEY);
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

  /** The other sheets' first rows in one more batch. */
  async readFirstRows(names: string[]): Promise<Grid[]> {
    const probes = await readProbes(this.runtime(), names);
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

  /**
   * Calls `handler` when the sheet changes. Registered after the first answer is shown (the pane
   * watches the sheet it checked), so the opening stays one round trip on the web. onChanged
   * "occurs when data changes" (Worksheet.onChanged, ExcelApi 1.7): only changes after its sync
   * reach the handler, so the same batch reads the sheet's cells again; when they differ from the
   * last read (the user typed between the opening and now), the handler is called once at once.
   */
  async watch(sheetName: string, handler: () => void): Promise<() => Promise<void>> {
    const id = this.ids.get(sheetName.toLowerCase());
    const held = id === undefined ? undefined : this.held.get(id);
    const r = this.runtime();
    // A sheet that was large to read is not read again here: one re-check instead.
    const reread = held !== undefined && held.length <= REREAD_MAX_CHARS;
    let watched: Watched;
    try {
      watched = await this.register(id ?? sheetName, handler, reread);
    } catch (e) {
      // The sheet's cells over the response limit (Excel on the web): register without them, and
      // re-check once rather than miss a change.
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      watched = { ...(await this.register(id ?? sheetName, handler, false)), cells: null };
    }
    if (held !== undefined && watched.cells !== held) handler();
    const { registration } = watched;
    // Removal must run on the context the handler was added with.
    return () =>
      r.runInContext(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
  }

  /** One batch: the handler, and (with `reread`) the sheet's cells as held() keys them. */
  private register(key: string, handler: () => void, reread: boolean): Promise<Watched> {
    return this.runtime().run(async (context) => {
      // The handler stays with the sheet object, so it keeps firing after a rename.
      const sheet = context.workbook.worksheets.getItem(key);
      const registration = sheet.onChanged.add(async () => {
        handler();
      });
      const used = reread ? sheet.getUsedRangeOrNullObject(true) : undefined;
      used?.load("address,values,valueTypes");
      await context.sync();
      if (!used) return { registration, cells: null };
      return {
        registration,
        cells: used.isNullObject ? heldCells() : heldCells(gridFromRange("", used)),
      };
    });
  }

  /** Keeps a read grid's sheet id and cells, and gives it the workbook's title where it has none. */
  private keep(grid: Grid): Grid {
    if (grid.sheetId) {
      this.ids.set(grid.sheetName.toLowerCase(), grid.sheetId);
      if (!grid.probeOnly) this.held.set(grid.sheetId, heldCells(grid));
    }
    const shown = grid.workbookTitle ?? this.title ?? fileNameOf(this.runtime().documentUrl());
    return shown ? { ...grid, workbookTitle: shown } : grid;
  }
}

interface Watched {
  registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  /** The sheet's cells as heldCells() keys them, null when not read again. */
  cells: string | null;
}

/** A sheet's cells and where they start, as one string to compare (no grid: an empty sheet). */
function heldCells(grid?: Pick<Grid, "originRow" | "originCol" | "rows">): string {
  return grid && grid.rows.length
    ? JSON.stringify([grid.originRow, grid.originCol, grid.rows])
    : "";
}
