// A WorkbookHost over an .xlsx file in the browser, so the pane runs without Excel. The file is
// read with the package reader (src/ooxml); the overview is written by the package writer, into a
// copy of the file or, for the table exported alone, into a new empty workbook. The file never
// leaves the browser: it is read from a File, and everything we write is a download.
import type { CellFix } from "../core/findings";
import type { Grid, Lang, Report } from "../core";
import { hasBudgetTable } from "../core/sheet";
import { parsePersistedSettings, toEngineSettings, type PersistedSettings } from "../core";
import { HostError } from "../host/HostError";
import type {
  FixOutcome,
  OverviewStatus,
  OverviewWriteOptions,
  WorkbookHost,
  WorkbookOpening,
  WriteResult,
} from "../host/WorkbookHost";
import { decideOwnership } from "../core/overview";
import { packageFacts, sheetsAsShown } from "../ooxml";
import { fileHostError } from "./fileErrors";
import type { SheetRead, WorkbookPackage } from "../ooxml";
import { downloadBlob } from "../host/download";
import { WORKBOOK_MIME, baseName } from "./baseName";
import { PendingFixes, loadCellEdits } from "./pendingFixes";

type WriterModule = typeof import("../ooxml/write/writeOverview");
type NewWorkbookModule = typeof import("../ooxml/write/newWorkbook");

/** A sheet with more cells holding values is no budget sheet, and would freeze the preview. */
export const MAX_SHEET_CELLS = 1_000_000;

export interface FileHostDeps {
  /** Where downloads go; the browser's <a download> by default, a recorder in tests. */
  download?: (fileName: string, blob: Blob) => void;
  /** Settings kept per file name; localStorage by default, when the browser allows it. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  currentYear?: number;
  /** Cells a sheet may hold (MAX_SHEET_CELLS; lower in tests). */
  maxSheetCells?: number;
}

/** A module loaded on first use; a chunk that fails to load is a host error the pane words. */
async function lazily<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw new HostError("UNKNOWN", e instanceof Error ? e.message : String(e));
  }
}

/** The package writer: loaded on the first write, as its own chunk. */
const loadWriter = (): Promise<WriterModule> =>
  lazily(() => import(/* webpackChunkName: "ooxml-write" */ "../ooxml/write/writeOverview"));

/** The same writer with the empty workbook the table is exported into (the same chunk). */
const loadNewWorkbook = (): Promise<NewWorkbookModule> =>
  lazily(() => import(/* webpackChunkName: "ooxml-write" */ "../ooxml/write/newWorkbook"));

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some privacy settings make merely touching localStorage throw: keep settings in memory.
    return null;
  }
}

export class FileHost implements WorkbookHost {
  private memorySettings: unknown;
  private readonly reads = new Map<string, SheetRead>();
  private ours: string | undefined | null = null;
  private selected: string | undefined;
  private readonly download: (fileName: string, blob: Blob) => void;
  private readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
  private readonly currentYear: number;
  private readonly maxCells: number;
  /** Fixes the user clicked: for the downloaded copy, never the file as opened. */
  readonly fixes = new PendingFixes();

  constructor(
    readonly fileName: string,
    /** The file as opened: every written copy starts from these bytes, not from our edits. */
    private readonly original: Uint8Array,
    private readonly pkg: WorkbookPackage,
    deps: FileHostDeps = {}
  ) {
    this.download = deps.download ?? downloadBlob;
    this.storage = deps.storage === undefined ? defaultStorage() : deps.storage;
    this.currentYear = deps.currentYear ?? new Date().getFullYear();
    this.maxCells = deps.maxSheetCells ?? MAX_SHEET_CELLS;
  }

  /** Our own overview sheet (from an earlier download), if the workbook has one. */
  private ourSheet(): string | undefined {
    if (this.ours === null) this.ours = decideOwnership(packageFacts(this.pkg)).ourSheet;
    return this.ours;
  }

  /** One sheet read once; the pane re-checks without re-reading the file. */
  private read(name: string): SheetRead {
    let r = this.reads.get(name);
    if (!r) {
      r = this.pkg.readSheet(name, this.fileName);
      this.reads.set(name, r);
    }
    return r;
  }

  /** Sheets holding a budget table (the pane's default choice among them). */
  budgetSheets(): { found: string[]; tooLarge: boolean } {
    const settings = toEngineSettings({ version: 1 }, this.currentYear);
    const found: string[] = [];
    let tooLarge = false;
    for (const { name } of this.pkg.sheets) {
      // Our own overview (from an earlier download) is a table too, but not the plan.
      if (name === this.ourSheet()) continue;
      const r = this.read(name);
      if (r.cells > this.maxCells) {
        tooLarge = true;
        continue;
      }
      if (hasBudgetTable(r.grid, settings)) found.push(name);
    }
    return { found, tooLarge };
  }

  /** The cell the pane last asked to show ('Ark 1'!B7), for the preview. */
  selectedCell(): string | undefined {
    return this.selected;
  }

  /** The file as opened: its sheets (visible first), the sheet Excel opens on, its settings and name. */
  async open(): Promise<WorkbookOpening> {
    return {
      settings: this.loadSettings(),
      ...sheetsAsShown(this.pkg),
      title: this.fileName,
      facts: packageFacts(this.pkg),
      grids: [],
    };
  }

  async workbookTitle(): Promise<string | undefined> {
    return this.fileName;
  }

  async readSheet(name: string): Promise<Grid> {
    if (!this.pkg.sheet(name)) throw new HostError("SHEET_MISSING", name);
    let r: SheetRead;
    try {
      r = this.read(name);
    } catch (e) {
      throw fileHostError(e, this.fileName);
    }
    if (r.cells > this.maxCells) {
      const cells = { sheet: name, count: r.cells, max: this.maxCells };
      throw new HostError("TOO_LARGE", `${r.cells} cells`, { cells });
    }
    return this.fixes.overlay(r.grid);
  }

  applyFix(fix: CellFix): Promise<FixOutcome> {
    return this.applyFixes([fix]);
  }

  /** Kept for the copy, all or none: a fix on a sheet the file lacks refuses the whole group. */
  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    const missing = fixes.find((f) => !this.pkg.sheet(f.at.sheet));
    if (missing) throw new HostError("SHEET_MISSING", missing.at.sheet);
    let pending = 0;
    for (const fix of fixes) pending = this.fixes.add(fix);
    return { kind: "inCopy", pending };
  }

  async overviewStatus(sheetName: string): Promise<OverviewStatus> {
    if (!this.pkg.sheet(sheetName)) return "absent";
    const ours = this.ourSheet();
    const same = ours !== undefined && ours.toLocaleLowerCase() === sheetName.toLocaleLowerCase();
    return same ? "ours" : "foreign";
  }

  async writeOverview(report: Report, options: OverviewWriteOptions): Promise<WriteResult> {
    // A user's own sheet of that name is never replaced; the pane offers another name.
    if ((await this.overviewStatus(options.sheetName)) === "foreign") {
      throw new HostError("NAME_TAKEN", options.sheetName);
    }
    const ooxml = await loadWriter();
    // The copy is the file as opened with our parts added (and the cells the user fixed): every
    // other part keeps its bytes.
    const fixes = this.fixes.list();
    const edit = fixes.length > 0 ? await loadCellEdits() : undefined;
    let written: ReturnType<WriterModule["writeOverviewCopy"]>;
    try {
      const input = edit ? edit(this.original, fixes) : this.original;
      written = ooxml.writeOverviewCopy(input, report.overview, options.lang, {
        date: new Date(),
        preferredName: options.sheetName,
        planOptions: { changes: options.changes },
      });
    } catch (e) {
      throw fileHostError(e, this.fileName);
    }
    const ext = written.macroEnabled ? "xlsm" : "xlsx";
    const fileName = `${baseName(this.fileName)}-budgetoversigt.${ext}`;
    this.download(fileName, new Blob([written.bytes.slice().buffer], { type: WORKBOOK_MIME[ext] }));
    return { sheetName: written.decision.sheetName, fileName };
  }

  async exportWorkbook(report: Report, lang: Lang): Promise<void> {
    const { overviewWorkbookBytes } = await loadNewWorkbook();
    let bytes: Uint8Array;
    try {
      bytes = overviewWorkbookBytes(report.overview, lang, { date: new Date() }).bytes;
    } catch (e) {
      throw fileHostError(e, this.fileName);
    }
    const fileName = `${baseName(this.fileName)}-budgettabel.xlsx`;
    this.download(fileName, new Blob([bytes.slice().buffer], { type: WORKBOOK_MIME.xlsx }));
  }

  async saveText(fileName: string, text: string, mimeType: string): Promise<void> {
    this.download(fileName, new Blob([text], { type: mimeType }));
  }

  async saveFile(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void> {
    this.download(fileName, new Blob([bytes.slice().buffer], { type: mimeType }));
  }

  async selectCell(address: string): Promise<void> {
    // Nothing to select in a file: the pane hands the address to the preview, which scrolls to it.
    this.selected = address;
  }

  private storageKey(): string {
    return `budgettjek:indstillinger:${this.fileName}`;
  }

  private loadSettings(): unknown {
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
    if (!checked.ok) {
      throw new HostError("SETTINGS_INVALID", undefined, { settings: checked.problems });
    }
    this.memorySettings = checked.settings;
    this.storage?.setItem(this.storageKey(), JSON.stringify(checked.settings));
  }

  async onSheetChanged(): Promise<() => Promise<void>> {
    // A file does not change under us; nothing to listen to.
    return async () => {};
  }
}
