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
import { OpeningAnswers } from "./openingAnswers";
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
  const ids = new Map<string, string>();
  // Start-up calls are answered from one opening batch (officeOpen.ts), each once.
  const opening = new OpeningAnswers(runtime, SETTINGS_KEY);

  const state: HostState = { runtime, opening, ids };
  return {
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

/** What the host's methods share: the runtime, the opening batch's answers and the sheet ids read. */
interface HostState {
  runtime: () => OfficeRuntime;
  opening: OpeningAnswers;
  /** Sheet name (lower case) → Excel's worksheet id, for every sheet read. */
  ids: Map<string, string>;
}

type Readers = "workbookTitle" | "listSheets" | "activeSheet" | "readSheet";

/** The reads: each start-up call answered once from the opening batch, later ones read again. */
function readers({ runtime, opening, ids }: HostState): Pick<OfficeHost, Readers> {
  return {
    workbookTitle: () =>
      mapped(async () => {
        const r = runtime();
        const early = await opening.once("title", (o) => o.title);
        if (early) return early.value || fileNameOf(r.documentUrl());
        const name = await r.run(async (context) => {
          const workbook = context.workbook;
          workbook.load("name");
          await context.sync();
          return workbook.name;
        });
        return name || fileNameOf(r.documentUrl());
      }),

    listSheets: () =>
      mapped(async () => {
        const early = await opening.once("sheets", (o) => o.sheets);
        if (early) return early.value;
        return runtime().run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/visibility");
          await context.sync();
          // Hidden sheets cannot be shown or selected, so they are not offered.
          return sheets.items.filter((s) => String(s.visibility) === "Visible").map((s) => s.name);
        });
      }),

    activeSheet: () =>
      mapped(async () => {
        const early = await opening.once("active", (o) => o.active?.name);
        if (early) return early.value;
        return runtime().run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.load("name");
          await context.sync();
          return sheet.name;
        });
      }),

    readSheet: (name: string): Promise<Grid> =>
      mapped(async () => {
        // A sheet read before is read by its id: renamed meanwhile, it is still the one checked,
        // and the grid carries its new name.
        const key = name.toLowerCase();
        const known = await opening.grid(name);
        const title = await opening.title();
        const grid =
          known ?? (await readSheetGrid(runtime(), ids.get(key) ?? name, title === undefined));
        // Renamed: the old name may now be another sheet's; the caller goes on with the new one.
        if (grid.sheetName.toLowerCase() !== key) ids.delete(key);
        if (grid.sheetId) ids.set(grid.sheetName.toLowerCase(), grid.sheetId);
        const shown = grid.workbookTitle ?? title ?? fileNameOf(runtime().documentUrl());
        return shown ? { ...grid, workbookTitle: shown } : grid;
      }, "SHEET_MISSING"),
  };
}

/** What the workbook holds of ours: the overview's status and the stored settings. */
function storedReads({
  runtime,
  opening,
}: HostState): Pick<OfficeHost, "overviewStatus" | "loadSettings"> {
  return {
    overviewStatus: (sheetName: string): Promise<OverviewStatus> =>
      mapped(async () => {
        const early = await opening.status(sheetName);
        if (early) return early;
        return runtime().run(async (context) => {
          const queued = queueFacts(context);
          await context.sync();
          return statusOf(await queued.finish(false), sheetName);
        });
      }),

    loadSettings: () =>
      mapped(async () => {
        const early = await opening.once("settings", (o) => o.settings);
        if (early) return early.value === undefined ? undefined : decodeSettings(early.value);
        return runtime().run(async (context) => {
          const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
          item.load("value");
          await context.sync();
          if (item.isNullObject) return undefined;
          return decodeSettings(item.value);
        });
      }),
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
function sheetWatch({ runtime, opening, ids }: HostState): Pick<OfficeHost, "onSheetChanged"> {
  return {
    onSheetChanged: (sheetName, handler) =>
      mapped(async () => {
        // Registered in the opening batch already when it is the active sheet: no round trip.
        const hub = await opening.hub(ids.get(sheetName.toLowerCase()));
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
