// The WorkbookHost inside Excel: everything the task pane asks of the workbook goes through here,
// as Office.js batches that load before they read and sync once where one sync is enough.
import { parseAddress } from "../core/sheet";
import { parsePersistedSettings, type PersistedSettings } from "../core";
import type { Grid, Lang, Report } from "../core";
import { HostError } from "../host/HostError";
import type { OverviewStatus, OverviewWriteOptions, WorkbookHost } from "../host/WorkbookHost";
import { applyFixInExcel } from "./applyFix";
import { readOfficeBaseline, saveOfficeBaseline } from "./baselineStore";
import { downloadBytes, downloadText } from "./download";
import { mapped } from "./officeErrors";
import { officeRuntime, type OfficeRuntime } from "./officeRuntime";
import { queueFacts } from "./workbookFacts";
import { readOpening, readProbes, type SheetChangeHub } from "./officeOpen";
import type { OverviewWriteResult } from "./overviewWrite";
import { readSheetGrid } from "./sheetRead";
import { decodeSettings, statusOf } from "./storedFacts";

export type OfficeHost = Omit<WorkbookHost, "writeOverview"> & {
  writeOverview(report: Report, o: OverviewWriteOptions): Promise<OverviewWriteResult>;
};

/** Where the settings live in the workbook (Excel's document settings, ExcelApi 1.4). */
export const SETTINGS_KEY = "Budgettjek.settings";

export interface OfficeHostOptions {
  runtime?: OfficeRuntime;
  /** The date written on the overview sheet; tests fix it. */
  now?: () => Date;
  /** Builds the exported workbook (.xlsx as base64); loaded lazily so ExcelJS stays out of start-up. */
  buildExportBase64?: (report: Report, lang: Lang) => Promise<string>;
  /** Offers a file to the user; defaults to a browser download. */
  saveText?: (fileName: string, text: string, mimeType: string) => Promise<void>;
  /** Offers a binary file (the PDF report); defaults to a browser download. */
  saveFile?: (fileName: string, bytes: Uint8Array, mimeType: string) => Promise<void>;
}

async function defaultExportBase64(report: Report, lang: Lang): Promise<string> {
  const { overviewWorkbookBase64 } = await import(
    /* webpackChunkName: "export-xlsx" */ "./overviewWorkbook"
  );
  return overviewWorkbookBase64(report, lang);
}

function fileNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = decodeURIComponent(url.split(/[\\/]/).pop() ?? "").split("?")[0];
  return last || undefined;
}

export function createOfficeHost(options: OfficeHostOptions = {}): OfficeHost {
  // The real globals are looked up on first use, so creating the host never touches office.js.
  let rt = options.runtime;
  const runtime = (): OfficeRuntime => (rt ??= officeRuntime());
  const now = options.now ?? (() => new Date());
  const buildExport = options.buildExportBase64 ?? defaultExportBase64;
  const save = options.saveText ?? downloadText;
  const saveBytes = options.saveFile ?? downloadBytes;
  const state: HostState = { runtime, ids: new Map(), hubs: new Map() };
  return {
    ...opening(state),
    ...readers(state),
    ...storedReads(state),
    ...edits(state),
    ...sheetWatch(state),

    writeOverview: (report, o) =>
      mapped(async () => {
        // Loaded on the first write (a click): the plan and the writer stay out of start-up.
        const [{ writeOverviewPlan }, { overviewSheetPlan }] = await Promise.all([
          import(/* webpackChunkName: "overview-write" */ "./overviewWrite"),
          import("../core/overview"),
        ]);
        const planFor = (sheetName: string, tableName: string) =>
          overviewSheetPlan(report.overview, o.lang, { sheetName, tableName, changes: o.changes });
        return writeOverviewPlan(runtime(), o.sheetName, planFor, now());
      }),

    exportWorkbook: (report, lang) =>
      mapped(async () => {
        const r = runtime();
        if (!r.supports("1.8") || !r.createWorkbook) {
          throw new HostError("NOT_SUPPORTED", "ExcelApi 1.8 (Excel.createWorkbook)");
        }
        const base64 = await buildExport(report, lang);
        await r.createWorkbook(base64);
      }),

    saveText: (fileName, text, mimeType) => save(fileName, text, mimeType),

    // A link with `download` does nothing in Office for Mac and iPad's WKWebView (office-js
    // issues 2700 "by design", 3385, 4681), so there the CSV route is a new workbook
    // (Excel.createWorkbook, ExcelApi 1.8) that the user saves as CSV.
    csvRoute: () => (/^(Mac|iOS)$/.test(runtime().platform?.() ?? "") ? "workbook" : "download"),
    saveFile: (fileName, bytes, mimeType) => saveBytes(fileName, bytes, mimeType),
  };
}

/** What the host's methods share: the runtime, what the reads learnt of the workbook. */
interface HostState {
  runtime: () => OfficeRuntime;
  /** Sheet name (lower case) → Excel's worksheet id, for every sheet read. */
  ids: Map<string, string>;
  /** Change handlers registered in a reading batch, by worksheet id (onSheetChanged uses them). */
  hubs: Map<string, SheetChangeHub>;
  /** The workbook's title as the opening read it (then a sheet's read need not read it again). */
  title?: string;
}

/** Keeps a read grid's sheet id, so a later read or subscription follows the sheet when renamed. */
function remember({ ids }: HostState, grid: Grid): void {
  if (grid.sheetId) ids.set(grid.sheetName.toLowerCase(), grid.sheetId);
}

/** The grid with the workbook's title (a source for the plan year) where it has none. */
function titled(state: HostState, grid: Grid): Grid {
  const shown = grid.workbookTitle ?? state.title ?? fileNameOf(state.runtime().documentUrl());
  return shown ? { ...grid, workbookTitle: shown } : grid;
}

/** The opening: one batch for the first answer, and the other sheets' first rows in one more. */
function opening(state: HostState): Pick<OfficeHost, "open" | "readFirstRows"> {
  const { runtime, hubs } = state;
  return {
    open: () =>
      mapped(async () => {
        const o = await readOpening(runtime(), SETTINGS_KEY);
        if (o.hub) hubs.set(o.hub.sheetId, o.hub);
        state.title = o.title || fileNameOf(runtime().documentUrl());
        const grids = o.activeGrid ? [titled(state, o.activeGrid)] : [];
        grids.forEach((g) => remember(state, g));
        return {
          settings: o.settings === undefined ? undefined : decodeSettings(o.settings),
          sheets: o.sheets,
          ...(o.active ? { active: o.active.name } : {}),
          ...(state.title ? { title: state.title } : {}),
          facts: o.facts,
          grids,
        };
      }),

    readFirstRows: (names) =>
      mapped(async () => {
        const probes = await readProbes(runtime(), names);
        for (const hub of probes.hubs) if (!hubs.has(hub.sheetId)) hubs.set(hub.sheetId, hub);
        const grids = [...probes.grids.values()].map((g) => titled(state, g));
        grids.forEach((g) => remember(state, g));
        return grids;
      }),
  };
}

type Readers = "workbookTitle" | "readSheet";

/** The reads after the opening: each reads the workbook again. */
function readers(state: HostState): Pick<OfficeHost, Readers> {
  const { runtime, ids } = state;
  return {
    workbookTitle: () =>
      mapped(async () => {
        const name = await runtime().run(async (context) => {
          const workbook = context.workbook;
          workbook.load("name");
          await context.sync();
          return workbook.name;
        });
        return name || fileNameOf(runtime().documentUrl());
      }),

    readSheet: (name: string): Promise<Grid> =>
      mapped(async () => {
        // A sheet read before is read by its id: renamed meanwhile, it is still the one checked,
        // and the grid carries its new name.
        const key = name.toLowerCase();
        const grid = await readSheetGrid(
          runtime(),
          ids.get(key) ?? name,
          state.title === undefined
        );
        // Renamed: the old name may now be another sheet's; the caller goes on with the new one.
        if (grid.sheetName.toLowerCase() !== key) ids.delete(key);
        remember(state, grid);
        return titled(state, grid);
      }, "SHEET_MISSING"),
  };
}

/** What the workbook holds of ours: the overview's status. */
function storedReads({ runtime }: HostState): Pick<OfficeHost, "overviewStatus"> {
  return {
    overviewStatus: (sheetName: string): Promise<OverviewStatus> =>
      mapped(() =>
        runtime().run(async (context) => {
          const queued = queueFacts(context);
          await context.sync();
          return statusOf(await queued.finish(false), sheetName);
        })
      ),
  };
}

/** What the user asks to change: the selection, settings, the baseline, one fixed cell. */
function edits({
  runtime,
}: HostState): Pick<
  OfficeHost,
  "selectCell" | "saveSettings" | "readBaseline" | "saveBaseline" | "applyFix"
> {
  return {
    selectCell: (address: string) =>
      mapped(
        () =>
          runtime().run(async (context) => {
            const parsed = parseAddress(address);
            // The pane formats the addresses it shows: a bad one is a programming error.
            if (!parsed) throw new HostError("UNKNOWN", `not a cell address: ${address}`);
            const sheet =
              parsed.sheet === undefined
                ? context.workbook.worksheets.getActiveWorksheet()
                : context.workbook.worksheets.getItem(parsed.sheet);
            sheet.activate();
            const cell = address.slice(address.lastIndexOf("!") + 1);
            sheet.getRange(cell).select();
            await context.sync();
          }),
        "SHEET_MISSING"
      ),

    saveSettings: (settings: PersistedSettings) =>
      mapped(() =>
        runtime().run(async (context) => {
          // Validated on the way in too: the workbook never holds settings we could not read back.
          const checked = parsePersistedSettings(settings);
          if (!checked.ok) {
            throw new HostError("SETTINGS_INVALID", undefined, { settings: checked.problems });
          }
          context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(checked.settings));
          await context.sync();
        })
      ),

    readBaseline: () => mapped(() => readOfficeBaseline(runtime())),
    saveBaseline: (baseline) =>
      mapped(() => saveOfficeBaseline(runtime(), baseline).then(() => ({}))),

    applyFix: (fix) =>
      mapped(async () => {
        const { mayNotUndo } = await applyFixInExcel(runtime(), fix);
        return mayNotUndo ? { kind: "written" as const, mayNotUndo } : { kind: "written" as const };
      }, "SHEET_MISSING"),
  };
}

/** Re-check on change: registered in the opening batch already for the active sheet. */
function sheetWatch({ runtime, hubs, ids }: HostState): Pick<OfficeHost, "onSheetChanged"> {
  return {
    onSheetChanged: (sheetName, handler) =>
      mapped(async () => {
        // Registered in the opening batch already when it is the active sheet: no round trip.
        const id = ids.get(sheetName.toLowerCase());
        const hub = id === undefined ? undefined : hubs.get(id);
        if (hub) {
          hub.handlers.add(handler);
          return async () => {
            hub.handlers.delete(handler);
          };
        }
        const r = runtime();
        const registration = await r.run(async (context) => {
          // The handler stays with the sheet object, so it keeps firing after a rename.
          const sheet = context.workbook.worksheets.getItem(
            ids.get(sheetName.toLowerCase()) ?? sheetName
          );
          const result = sheet.onChanged.add(async () => {
            handler();
          });
          await context.sync();
          return result;
        });
        // Removal must run on the context the handler was added with.
        return () =>
          mapped(() =>
            r.runInContext(registration.context, async (context) => {
              registration.remove();
              await context.sync();
            })
          );
      }, "SHEET_MISSING"),
  };
}
