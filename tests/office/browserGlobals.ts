// The Office stand-in (standIn.ts) as the page's office.js: compiled by webpack for the browser
// (tests/office/webpack.config.js, built by `npm run test:e2e`) and served in place of the CDN
// script, so the production bundle boots as an add-in in Chromium against the same rules the jest
// tests use. The workbook comes from window.__officeStandInConfig (set by the test before the
// page's scripts); window.__standIn gives the test the model, events and a plain snapshot.
import { columnLetter } from "../../src/core/sheet/address";
import {
  isStandInContext,
  FakeWorkbook,
  PLATFORM_TYPE,
  type FakeInput,
  type FakePlatform,
} from "./standIn";

export interface StandInConfig {
  sheets?: { name: string; rows?: FakeInput[][]; formulas?: (string | null)[][] }[];
  activeSheet?: string;
  displayLanguage?: string;
  /** The highest ExcelApi version the host supports (default 1.17). */
  maxExcelApi?: string;
  /** Which Office: web (default), windows or mac. */
  platform?: FakePlatform;
  referenceStyle?: "A1" | "R1C1";
  officeTheme?: Record<string, unknown>;
  documentUrl?: string;
  title?: string;
  settings?: Record<string, unknown>;
}

export function workbookFrom(cfg: StandInConfig): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.platform = cfg.platform ?? "web";
  wb.referenceStyle = cfg.referenceStyle ?? "A1";
  wb.supportUpTo(cfg.maxExcelApi ?? "1.17");
  wb.name = cfg.title ?? "";
  wb.documentUrl = cfg.documentUrl;
  for (const s of cfg.sheets ?? []) {
    const sheet = wb.addSheet(s.name).put("A1", s.rows ?? []);
    s.formulas?.forEach((row, r) =>
      row?.forEach((f, c) => {
        const cell = f ? sheet.cell(`${columnLetter(c)}${r + 1}`) : undefined;
        if (cell && f) cell.formula = f;
      })
    );
  }
  if (cfg.activeSheet) wb.activeSheet = wb.sheet(cfg.activeSheet);
  for (const [k, v] of Object.entries(cfg.settings ?? {})) wb.settings.set(k, v);
  return wb;
}

/** What the e2e test reads back: plain data, cells by A1 address. */
export function snapshotOf(wb: FakeWorkbook, errors: string[]) {
  return {
    sheets: wb.sheets.map((s) => {
      const cells: Record<string, { value: unknown; formula?: string; numFmt?: string }> = {};
      for (const [k, cell] of s.cells) {
        if (cell.value === null && cell.formula === undefined) continue;
        const [r, c] = k.split(",").map(Number);
        cells[`${columnLetter(c)}${r + 1}`] = {
          value: cell.value,
          ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
          ...(cell.numberFormat !== undefined ? { numFmt: cell.numberFormat } : {}),
        };
      }
      return {
        name: s.name,
        cells,
        tables: wb.tables
          .filter((t) => t.sheet === s)
          .map((t) => ({ name: t.name, ref: t.address, style: t.style })),
        charts: s.charts.map((c) => ({ name: c.name, type: c.type, title: c.title })),
        frozenRows: s.frozenRows,
        pageLayout: s.pageLayout,
        handlers: s.changedHandlers.size,
      };
    }),
    names: wb.names.map((n) => ({
      name: n.name,
      formula: wb.nameFormula(n.name),
      visible: n.visible,
    })),
    settings: [...wb.settings.entries()],
    activeSheet: wb.activeSheet?.name,
    selection: wb.selection && `${wb.selection.sheet}!${wb.selection.address}`,
    syncs: wb.syncs,
    runs: wb.runs.map((r) => ({ merged: r.options?.mergeUndoGroup === true, syncs: r.syncs })),
    createdWorkbooks: wb.createdWorkbooks.length,
    errors: [...errors],
  };
}

export type StandInSnapshot = ReturnType<typeof snapshotOf>;

/** Installs Office, Excel and OfficeExtension on `win`, backed by the configured workbook. */
export function install(win: Record<string, unknown>, cfg: StandInConfig): FakeWorkbook {
  const wb = workbookFrom(cfg);
  const rt = wb.runtime();
  const errors: string[] = [];
  const platform = PLATFORM_TYPE[wb.platform];
  const noted = <T>(p: Promise<T>): Promise<T> =>
    p.catch((e: unknown) => {
      errors.push(e instanceof Error ? e.message : String(e));
      throw e;
    });
  type Batch = (context: Excel.RequestContext) => Promise<unknown>;
  win.OfficeExtension = { config: {} };
  win.Excel = {
    // Excel.run(batch), Excel.run(options, batch), Excel.run(context, batch).
    run: (a: unknown, b?: Batch) => {
      if (typeof a === "function") return noted(rt.run(a as Batch));
      if (isStandInContext(a)) return noted(rt.runInContext(a as never, b as Batch));
      return noted(rt.run(b as Batch, a as { mergeUndoGroup?: boolean }));
    },
    createWorkbook: rt.createWorkbook,
  };
  win.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
    context: {
      displayLanguage: cfg.displayLanguage ?? "da-DK",
      officeTheme: cfg.officeTheme ?? { bodyBackgroundColor: "#ffffff", isDarkTheme: false },
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && wb.supported.has(version),
      },
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0" },
      document: { url: cfg.documentUrl },
    },
    onReady: (cb?: (info: { host: string; platform: string }) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const info = { host: "Excel", platform };
          cb?.(info);
          resolve(info);
        }, 0)
      ),
  };
  win.__standIn = {
    model: wb,
    fireChanged: (sheetName: string) => wb.fireChanged(sheetName),
    snapshot: () => snapshotOf(wb, errors),
  };
  return wb;
}

declare const window: Record<string, unknown> & { __officeStandInConfig?: StandInConfig };
if (typeof window !== "undefined") install(window, window.__officeStandInConfig ?? {});
