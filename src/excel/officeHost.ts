// The WorkbookHost inside Excel: each method of the contract, mapped to Office's errors, and handed
// to the part of the shell that knows its domain: the sheets read and watched (sheetTracker.ts), the
// baseline (baselineStore.ts), the user's edits (workbookEdits.ts, applyFix.ts), the overview's
// write (overviewWrite.ts) and the exports. Office.js batches load before they read and sync once
// where one sync is enough.
import type { Lang, Report } from "../core";
import { HostError } from "../host/HostError";
import type { FixOutcome, OverviewWriteOptions, WorkbookHost } from "../host/WorkbookHost";
import { downloadBytes, downloadText } from "./download";
import { mapped, writing } from "./officeErrors";
import { officeRuntime, type OfficeRuntime } from "./officeRuntime";
import type { OverviewWriteResult } from "./overviewWrite";
import { SheetTracker } from "./sheetTracker";
import { statusOf } from "./storedFacts";
import { queueFacts } from "./workbookFacts";
import { saveSettings, selectCell } from "./workbookEdits";

export type OfficeHost = Omit<WorkbookHost, "writeOverview"> & {
  writeOverview(report: Report, o: OverviewWriteOptions): Promise<OverviewWriteResult>;
};

export { SETTINGS_KEY } from "./sheetTracker";

export interface OfficeHostOptions {
  runtime?: OfficeRuntime;
  /** The date written on the overview sheet; tests fix it. */
  now?: () => Date;
  /** Builds the exported workbook (.xlsx as base64); loaded lazily so the writer stays out of start-up. */
  buildExportBase64?: (report: Report, lang: Lang, date: Date) => Promise<string>;
  /** Offers a file to the user; defaults to a browser download. */
  saveText?: (fileName: string, text: string, mimeType: string) => Promise<void>;
  /** Offers a binary file (the PDF report); defaults to a browser download. */
  saveFile?: (fileName: string, bytes: Uint8Array, mimeType: string) => Promise<void>;
}

async function defaultExportBase64(report: Report, lang: Lang, date: Date): Promise<string> {
  const { overviewWorkbookBase64 } = await import(
    /* webpackChunkName: "new-workbook" */ "./overviewWorkbook"
  );
  return overviewWorkbookBase64(report, lang, date);
}

/** The baseline's XML and schema: in the changes section's chunk, read after the first answer. */
const baselineStore = () => import(/* webpackChunkName: "changes" */ "./baselineStore");

/** A fix's outcome in Excel: written, and whether Ctrl+Z may not take it back. */
const written = ({ mayNotUndo }: { mayNotUndo: boolean }): FixOutcome =>
  mayNotUndo ? { kind: "written", mayNotUndo } : { kind: "written" };

/**
 * One fix, or a group at once: the fix writer (with its neighbours' formats) loads on the first
 * fix, as its own chunk, not at start-up.
 */
function fixesIn(runtime: () => OfficeRuntime): Pick<WorkbookHost, "applyFix" | "applyFixes"> {
  const writer = () => import(/* webpackChunkName: "fix" */ "./applyFix");
  return {
    applyFix: (fix) =>
      writing(
        async () => written(await (await writer()).applyFixInExcel(runtime(), fix)),
        "SHEET_MISSING"
      ),
    applyFixes: (fixes) =>
      writing(
        async () => written(await (await writer()).applyFixesInExcel(runtime(), fixes)),
        "SHEET_MISSING"
      ),
  };
}

/** Excel.createWorkbook (ExcelApi 1.8) with a workbook built only once it is known to exist. */
async function openNewWorkbook(r: OfficeRuntime, build: () => Promise<string>): Promise<void> {
  if (!r.supports("1.8") || !r.createWorkbook) {
    throw new HostError("NOT_SUPPORTED", "ExcelApi 1.8 (Excel.createWorkbook)");
  }
  await r.createWorkbook(await build());
}

export function createOfficeHost(options: OfficeHostOptions = {}): OfficeHost {
  // The real globals are looked up on first use, so creating the host never touches office.js.
  let rt = options.runtime;
  const runtime = (): OfficeRuntime => (rt ??= officeRuntime());
  const now = options.now ?? (() => new Date());
  const buildExport = options.buildExportBase64 ?? defaultExportBase64;
  const save = options.saveText ?? downloadText;
  const saveBytes = options.saveFile ?? downloadBytes;
  const sheets = new SheetTracker(runtime);
  return {
    // Reading and watching the sheets (sheetTracker.ts): the opening in one batch, then by id.
    open: () => mapped(() => sheets.open()),
    readFirstRows: (names) => mapped(() => sheets.readFirstRows(names)),
    readSheet: (name) => mapped(() => sheets.readSheet(name), "SHEET_MISSING"),
    workbookTitle: () => mapped(() => sheets.workbookTitle()),
    onSheetChanged: (name, handler) =>
      mapped(async () => {
        const off = await sheets.watch(name, handler);
        return () => mapped(off);
      }, "SHEET_MISSING"),

    // What the workbook holds of ours: the overview's status, the baseline.
    overviewStatus: (sheetName) =>
      mapped(() =>
        runtime().run(async (context) => {
          const queued = queueFacts(context);
          await context.sync();
          return statusOf(await queued.finish(false), sheetName);
        })
      ),
    readBaseline: () => mapped(async () => (await baselineStore()).readOfficeBaseline(runtime())),
    saveBaseline: (baseline) =>
      mapped(
        async () => (await baselineStore()).saveOfficeBaseline(runtime(), baseline),
        undefined,
        "approve"
      ),

    // What the user asks to change: the selection, the settings, one fixed cell.
    selectCell: (address) => mapped(() => selectCell(runtime(), address), "SHEET_MISSING"),
    saveSettings: (settings) => writing(() => saveSettings(runtime(), settings)),
    ...fixesIn(runtime),

    // The overview and the exports.

    writeOverview: (report, o) =>
      writing(async () => {
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
      writing(() => openNewWorkbook(runtime(), () => buildExport(report, lang, now()))),

    saveText: (fileName, text, mimeType) => save(fileName, text, mimeType),

    // A link with `download` does nothing in Office for Mac and iPad's WKWebView (office-js
    // issues 2700 "by design", 3385, 4681), so there the CSV route is a new workbook
    // (Excel.createWorkbook, ExcelApi 1.8) that the user saves as CSV.
    csvRoute: () => (/^(Mac|iOS)$/.test(runtime().platform?.() ?? "") ? "workbook" : "download"),
    exportCsvWorkbook: (rows) =>
      writing(() =>
        openNewWorkbook(runtime(), async () => {
          const { csvWorkbookBase64 } = await import(
            /* webpackChunkName: "export-xlsx" */ "./overviewWorkbook"
          );
          return csvWorkbookBase64(rows, now());
        })
      ),
    saveFile: (fileName, bytes, mimeType) => saveBytes(fileName, bytes, mimeType),
  };
}
