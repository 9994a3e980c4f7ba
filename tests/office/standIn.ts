// Test support: an in-memory Excel with exactly the Office.js subset the shell uses, keeping
// Office.js's proxy rules so code that works here is shaped right for Excel:
// - every read needs load() AND a completed context.sync() first (else PropertyNotLoaded);
// - writes and method calls are queued and happen only at sync, in order; the first failing
//   operation rejects the sync and the ones after it do not run (earlier ones stay applied);
// - getItem of a missing item fails when used; *OrNullObject gives isNullObject after sync;
// - a response over the payload limit fails with ResponsePayloadSizeLimitExceeded (Excel on the
//   web: ~5 MB); writes to a protected sheet fail with AccessDenied; cell edit mode fails every sync;
// - operations left unsynced at the end of a run are a bug in the caller: the run throws.
// It counts syncs per run. Text written through `values` that starts with "=" becomes a formula,
// as in Excel, so formula injection shows up in tests.
import { columnIndex, columnLetter, parseAddress } from "../../src/core/sheet/address";
import type { OfficeRuntime, RunOptions } from "../../src/excel/officeRuntime";

/**
 * OfficeExtension.Error: code, message and debugInfo, whose errorLocation ("the object type and
 * property or method name … if available", learn.microsoft.com/javascript/api/office/
 * officeextension.debuginfo) the stand-in fills where it knows the API that failed.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message = code,
    errorLocation?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export type FakeScalar = string | number | boolean;
export type FakeInput = FakeScalar | null | { error: string };

export interface FakeCell {
  value: FakeScalar | null;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  wrapText?: boolean;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  address: string;
  hasHeaders: boolean;
  style?: string;
}

export interface FakeChartSeries {
  name?: string;
  values?: string;
  xValues?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
  series: FakeChartSeries[];
}

/** Where a defined name points: cells of a sheet (null once the sheet is deleted), or a formula. */
export type FakeNameTarget = { sheet: FakeSheet | null; box: Box } | { formula: string };

export interface FakeName {
  name: string;
  target: FakeNameTarget;
  comment: string;
  visible: boolean;
}

/** Which Office the stand-in plays: undo support and reference style differ by platform. */
export type FakePlatform = "web" | "windows" | "mac" | "ios";

/** Office.context.platform / diagnostics.platform for each platform (Office.PlatformType). */
export const PLATFORM_TYPE: Record<FakePlatform, string> = {
  web: "OfficeOnline",
  windows: "PC",
  mac: "Mac",
  ios: "iOS",
};

/**
 * APIs the stand-in models that Microsoft's table marks as not undo-supported, by platform
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, "Unsupported
 * APIs": web / Windows and Mac). Inside Excel.run({ mergeUndoGroup: true }) they throw
 * UndoNotSupported ("If an API within the group doesn't offer undo support, the UndoNotSupported
 * error is thrown").
 */
export const NOT_UNDOABLE: Record<string, { web: boolean; desktop: boolean }> = {
  "NamedItem.comment": { web: true, desktop: false },
  "Worksheet.delete": { web: true, desktop: true },
  "Worksheet.copy": { web: true, desktop: true },
  "Worksheet.name": { web: false, desktop: true },
  "Worksheet.position": { web: false, desktop: true },
  "Worksheet.visibility": { web: false, desktop: true },
  "WorksheetProtection.protect": { web: true, desktop: true },
  "WorksheetProtection.unprotect": { web: true, desktop: true },
};

/**
 * Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512,
 * then this method will fail to return the result" (learn.microsoft.com/javascript/api/excel/
 * excel.range#excel-excel-range-getmergedareasornullobject-member(1)). GUESS
 * (docs/manual-excel-test.md, section 9): how it fails is not documented. By default the stand-in
 * fails the sync with GeneralException (the code is a guess too); with
 * wb.mergeOverflow = "partial" it hands back the first 512 areas, areaCount 512, as Excel might.
 */
export const MAX_MERGED_AREAS = 512;

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Print setup as Excel keeps it (worksheet.pageLayout, ExcelApi 1.9). */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  footer: { left?: string; center?: string; right?: string };
}

export class FakeSheet {
  pageLayout: FakePageLayout = { footer: {} };
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  merges: string[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly changedHandlers = new Set<() => Promise<unknown>>();

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(address: string): FakeCell | undefined {
    const p = parseAddress(address);
    return p ? this.cells.get(key(p.row, p.col)) : undefined;
  }

  /** Seeds rows of values starting at `origin` ({error} makes an error cell). */
  put(origin: string, rows: FakeInput[][]): this {
    const p = parseAddress(origin);
    if (!p) throw new Error(`bad origin ${origin}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell: FakeCell =
          typeof v === "object" ? { value: v.error, error: true } : { value: v };
        this.cells.set(key(p.row + r, p.col + c), cell);
      })
    );
    return this;
  }

  /** Bounding box of cells holding a value (Excel's used range with valuesOnly), within `inside`. */
  usedBox(inside?: Box): Box | undefined {
    let box: Box | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const [r, c] = k.split(",").map(Number);
      if (inside && (r < inside.top || r > inside.bottom || c < inside.left || c > inside.right)) {
        continue;
      }
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }
}

const key = (r: number, c: number): string => `${r},${c}`;

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function boxA1(b: Box): string {
  const a = `${columnLetter(b.left)}${b.top + 1}`;
  const z = `${columnLetter(b.right)}${b.bottom + 1}`;
  return a === z ? a : `${a}:${z}`;
}

/** "B3", "B3:H9", "F:F", "$A$1" (unqualified) → box. */
function parseBox(address: string): Box {
  const plain = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows)
    return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  const col = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(plain);
  if (col)
    return { top: 0, bottom: MAX_ROW, left: columnIndex(col[1]), right: columnIndex(col[2]) };
  const [a, b] = plain.split(":");
  const s = parseAddress(a);
  const e = b === undefined ? s : parseAddress(b);
  if (!s || !e) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  readonly settings = new Map<string, unknown>();
  /** Workbook.customXmlParts (ExcelApi 1.5): id, namespace and the XML text of each part. */
  readonly customXmlParts: FakeXmlPart[] = [];
  name = "Tryghedsplan 2026.xlsx";
  documentUrl: string | undefined = "https://example.sharepoint.com/Delte/Tryghedsplan%202026.xlsx";
  /** ExcelApi versions the host supports. */
  supported = new Set(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]);
  editMode = false;
  /**
   * "Excel on the web has a payload size limit for requests and responses of 5MB"
   * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
   * #excel-add-ins); RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded occur
   * "only in Excel on the web" (…/testing/application-specific-api-error-handling). The stand-in
   * enforces both on the web profile only: payloadLimit for responses, requestLimit for requests.
   */
  payloadLimit = 5_000_000;
  requestLimit = 5_000_000;
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Microsoft's undo table as this workbook applies it (tests may add rows a future Excel might). */
  readonly undoTable: Record<string, { web: boolean; desktop: boolean }> = { ...NOT_UNDOABLE };
  /** API → error code: the next call of that API fails with it (then the plant is used up). */
  readonly failOn = new Map<string, string>();
  /** Excel on the web, Windows, Mac or iPad (UndoNotSupported and R1C1 names differ). */
  platform: FakePlatform = "web";
  /** Above 512 merged areas: fail the sync, or give a cut-short list (see MAX_MERGED_AREAS). */
  mergeOverflow: "fail" | "partial" = "fail";
  /** False for a new workbook never saved (Excel on iPad cannot read its custom XML parts). */
  saved = true;
  /** The workbook's reference style. Windows returns names' formulas and values in it (office-js #1831); Mac and the web do not. */
  referenceStyle: "A1" | "R1C1" = "A1";
  readonly runs: { options?: RunOptions; syncs: number }[] = [];
  /**
   * Excel on the web: the session's first event handler waits, before its batch's sync, for
   * office.js to register for Rich API messages (the bundled office.js: GenericEventHandlers.add
   * adds GenericEventRegistration.ready(), richApiMessageManager.addHandlerAsync, as a pre-sync
   * promise): one round trip to the host, counted here apart from the syncs.
   */
  eventRoundTrips = 0;
  private eventsRegistered = false;
  readonly createdWorkbooks: string[] = [];
  private nextId = 1;

  get syncs(): number {
    return this.runs.reduce((s, r) => s + r.syncs, 0);
  }

  /** Every round trip to the host: the syncs and the web's first event registration. */
  get roundTrips(): number {
    return this.syncs + this.eventRoundTrips;
  }

  /** At a sync with a handler added: the first registration on the web costs its round trip. */
  registerEvents(): void {
    if (this.eventsRegistered) return;
    this.eventsRegistered = true;
    if (this.platform === "web") this.eventRoundTrips += 1;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  /** A sheet by name (case-insensitive) or by id, as WorksheetCollection.getItem(key) takes either. */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  /** Seeds a workbook-scoped name as a user would ("=Ark1!$A$1", '="tekst"'). */
  addName(name: string, reference: string, comment = ""): FakeName {
    const n: FakeName = { name, target: nameTarget(this, reference), comment, visible: true };
    this.names.push(n);
    return n;
  }

  /** A name's formula as NamedItem.formula returns it (undefined when there is no such name). */
  nameFormula(name: string): string | undefined {
    const n = this.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return n ? String(nameValue(this, n, "formula")) : undefined;
  }

  /** The user renames a sheet: names and tables follow it. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (!s) throw new Error(`no sheet ${from}`);
    s.name = to;
  }

  /** The user deletes a sheet: names pointing at it become #REF!, its tables go with it. */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    removeSheet(this, s);
  }

  supportUpTo(version: string): void {
    const [, minor] = version.split(".").map(Number);
    this.supported = new Set(Array.from({ length: minor }, (_, i) => `1.${i + 1}`));
  }

  async fireChanged(sheetName: string): Promise<void> {
    const s = this.sheet(sheetName);
    for (const h of s?.changedHandlers ?? []) await h();
  }

  runtime(): OfficeRuntime {
    return {
      run: async (batch, options) => {
        // RunOptions.mergeUndoGroup is ExcelApi 1.20
        // (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set).
        if (options?.mergeUndoGroup && !this.supported.has("1.20")) {
          throw new FakeOfficeError("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20");
        }
        const record = { options, syncs: 0 };
        this.runs.push(record);
        const context = new FakeContext(this, record, options?.mergeUndoGroup === true);
        const result = await batch(context as unknown as Excel.RequestContext);
        context.assertDrained();
        return result;
      },
      runInContext: async (context, batch) => {
        const c = context as unknown as FakeContext;
        const result = await batch(context as unknown as Excel.RequestContext);
        c.assertDrained();
        return result;
      },
      supports: (version) => this.supported.has(version),
      createWorkbook: this.supported.has("1.8")
        ? async (base64: string) => {
            const problem = notAnXlsx(base64);
            if (problem) throw new FakeOfficeError("InvalidArgument", problem);
            this.createdWorkbooks.push(base64);
          }
        : undefined,
      documentUrl: () => this.documentUrl,
      // Office.context.diagnostics.platform (Office.PlatformType).
      platform: () => PLATFORM_TYPE[this.platform],
    };
  }
}

/**
 * Excel.createWorkbook(base64), ExcelApi 1.8 (learn.microsoft.com/javascript/api/requirement-sets/
 * excel/excel-api-1-8-requirement-set), opens "an .xlsx file in base64 encoding"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks, "Create a workbook"): a
 * string that is not base64 of a zip package is refused. Microsoft names no error code for it; the
 * stand-in answers InvalidArgument (an argument in an incorrect format), where Excel on the web has
 * been seen answering GeneralException (office-js #3646).
 */
function notAnXlsx(base64: string): string | undefined {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return "not base64";
  if (!atob(base64.slice(0, 8)).startsWith("PK\u0003\u0004")) return "not an .xlsx (zip) file";
  return undefined;
}

type Op = () => void;

/**
 * GUESS (docs/manual-excel-test.md, section 10): what one call adds to a request besides its
 * values. Learn says the request's size combines "the number of API calls", "the number of
 * objects" and "the length of value to be set" (learn.microsoft.com/office/dev/add-ins/excel/
 * performance#payload-size-limit-best-practices) but gives no figure; a call's action and object
 * path in Office.js's JSON take about this many bytes.
 */
export const CALL_BYTES = 150;

/** Whether `x` is one of the stand-in's request contexts (Excel.run(context, batch)). */
export function isStandInContext(x: unknown): boolean {
  return x instanceof FakeContext;
}

class FakeContext {
  private queue: Op[] = [];
  /** An event handler was added since the last sync (see FakeWorkbook.eventRoundTrips). */
  handlersAdded = false;
  /**
   * What takes effect only when the sync succeeds: office.js adds an event handler to its list
   * when the sync's response confirms it (EventHandlers._processRegistration in the bundled
   * office.js), so a failed sync leaves none behind.
   */
  private onSuccess: Op[] = [];

  whenSynced(op: Op): void {
    this.onSuccess.push(op);
  }
  private staged: { proxy: ProxyBase; values: Map<string, unknown> }[] = [];
  readonly workbook: WorkbookProxy;

  constructor(
    readonly model: FakeWorkbook,
    private record: { syncs: number },
    readonly mergeUndoGroup = false
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /**
   * Every modelled call passes here when it runs: a failure a test planted for it (wb.failOn), then
   * UndoNotSupported when it runs inside a merged undo group on a platform that cannot undo it.
   */
  undoable(api: string): void {
    const planted = this.model.failOn.get(api);
    if (planted) {
      this.model.failOn.delete(api);
      throw new FakeOfficeError(planted, `${api} failed (planted by the test)`, api);
    }
    const row = this.model.undoTable[api];
    if (!this.mergeUndoGroup || !row) return;
    if (this.model.platform === "web" ? row.web : row.desktop) {
      throw new FakeOfficeError(
        "UndoNotSupported",
        `${api} cannot be undone (${this.model.platform})`
      );
    }
  }

  /** The request's estimated size: each call, plus the values it carries (requestBytes). */
  private requestBytes = 0;

  enqueue(op: Op): void {
    this.requestBytes += CALL_BYTES;
    this.queue.push(op);
  }

  /** A call's arguments in the request: values set, XML, reference text (JSON length). */
  carries(value: unknown): void {
    this.requestBytes += JSON.stringify(value ?? null).length;
  }

  stage(proxy: ProxyBase, values: Map<string, unknown>): void {
    this.staged.push({ proxy, values });
  }

  assertDrained(): void {
    if (this.queue.length > 0) {
      throw new Error(`${this.queue.length} queued operation(s) never synced`);
    }
  }

  async sync(): Promise<void> {
    if (this.handlersAdded) this.model.registerEvents();
    this.handlersAdded = false;
    this.record.syncs += 1;
    const ops = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.onSuccess = [];
    this.staged = [];
    await Promise.resolve();
    const web = this.model.platform === "web";
    if (web && requestBytes > this.model.requestLimit) {
      // The request never reaches the workbook: nothing in it runs.
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
    }
    if (this.model.editMode) throw new FakeOfficeError("InvalidOperationInCellEditMode");
    for (const op of ops) op();
    const confirmed = this.onSuccess;
    this.onSuccess = [];
    const bytes = this.staged.reduce(
      (n, s) => n + [...s.values.values()].reduce((m: number, v) => m + size(v), 0),
      0
    );
    if (web && bytes > this.model.payloadLimit) {
      this.staged = [];
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${bytes} bytes`);
    }
    for (const s of this.staged) for (const [k, v] of s.values) s.proxy.loaded.set(k, v);
    this.staged = [];
    for (const op of confirmed) op();
  }
}

function size(v: unknown): number {
  if (v instanceof ProxyBase) return 0;
  if (Array.isArray(v) && v[0] instanceof ProxyBase) return 0;
  return JSON.stringify(v ?? null).length;
}

/** A proxy: resolves its model object when an operation runs (at sync), reads only what was loaded. */
abstract class ProxyBase<M = unknown> {
  readonly loaded = new Map<string, unknown>();

  /** What the proxy resolved to the first time a command used it (Office keeps that identity). */
  private resolved?: { m: M | null };

  constructor(
    readonly context: FakeContext,
    private resolver: () => M | null
  ) {}

  /**
   * Resolved once, when a command first uses the proxy; later commands (in this or a later sync)
   * act on the same object even if what led to it changed, e.g. a name deleted earlier in the batch.
   */
  private resolve(): M | null {
    this.resolved ??= { m: this.resolver() };
    return this.resolved.m;
  }

  /** The model object, or null for a null object (what *OrNullObject chains hand on). */
  protected resolveOrNull(): M | null {
    return this.resolve();
  }

  protected model(): M {
    const m = this.resolve();
    if (m === null) throw new FakeOfficeError("ItemNotFound", "null object used");
    return m;
  }

  protected read<T>(prop: string): T {
    if (this.loaded.get("isNullObject") === true) return undefined as T;
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.loaded.has("isNullObject")) {
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after sync");
    }
    return this.loaded.get("isNullObject") === true;
  }

  load(spec: string): this {
    if (typeof spec !== "string" || spec.trim() === "") throw new Error("empty load()");
    const all = spec.split(",").map((p) => p.trim());
    // "worksheet/name": a navigation property's own load (collections handle items/… themselves).
    const nested = all.filter((p) => p.includes("/") && !p.startsWith("items/"));
    for (const p of nested) {
      const [head, ...rest] = p.split("/");
      const child = (this as unknown as Record<string, unknown>)[head];
      if (!(child instanceof ProxyBase)) throw new Error(`fake: cannot load '${p}'`);
      child.load(rest.join("/"));
    }
    const props = all.filter((p) => !nested.includes(p));
    this.context.enqueue(() => {
      const m = this.resolve();
      const values = new Map<string, unknown>([["isNullObject", m === null]]);
      if (m !== null) this.snapshot(m, props, values);
      this.context.stage(this, values);
    });
    return this;
  }

  protected snapshot(m: M, props: string[], out: Map<string, unknown>): void {
    for (const p of props) out.set(p, this.prop(m, p));
  }

  protected prop(_m: M, prop: string): unknown {
    throw new Error(`fake: ${this.constructor.name} cannot load '${prop}'`);
  }

  protected later(op: (m: M) => void): void {
    this.context.enqueue(() => op(this.model()));
  }
}

class WorkbookProxy extends ProxyBase<FakeWorkbook> {
  readonly worksheets: WorksheetsProxy;
  readonly names: NamesProxy;
  readonly tables: TablesProxy;
  readonly settings: SettingsProxy;
  readonly customXmlParts: CustomXmlPartsProxy;

  constructor(context: FakeContext) {
    super(context, () => context.model);
    this.worksheets = new WorksheetsProxy(context);
    this.names = new NamesProxy(context);
    this.tables = new TablesProxy(context, () => context.model.tables);
    this.settings = new SettingsProxy(context);
    this.customXmlParts = new CustomXmlPartsProxy(context, () => context.model.customXmlParts);
  }

  get name(): string {
    return this.read("name");
  }

  protected override prop(m: FakeWorkbook, prop: string): unknown {
    // Workbook.name is ExcelApi 1.7 (learn.microsoft.com/javascript/api/excel/excel.workbook).
    if (prop === "name") {
      needsApi(m, "1.7", "Workbook.name");
      return m.name;
    }
    return super.prop(m, prop);
  }
}

/** The item properties a collection's load asks for ("items/name" → "name"); nothing else loads. */
function itemPropsOf(props: string[]): string[] {
  const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
  if (itemProps.length !== props.length) throw new Error("fake: load items/… on collections");
  return itemProps;
}

/**
 * A collection's `items` as a load stages them: one proxy per item, with the asked properties'
 * values, read at the sync like every loaded value.
 */
function stageItems<T, P extends ProxyBase>(
  context: FakeContext,
  props: string[],
  list: readonly T[],
  proxyOf: (item: T) => P,
  valueOf: (item: T, prop: string) => unknown
): P[] {
  const itemProps = itemPropsOf(props);
  return list.map((item) => {
    const proxy = proxyOf(item);
    const values = new Map<string, unknown>([["isNullObject", false]]);
    for (const p of itemProps) values.set(p, valueOf(item, p));
    context.stage(proxy, values);
    return proxy;
  });
}

class WorksheetsProxy extends ProxyBase<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context, () => context.model);
  }

  get items(): WorksheetProxy[] {
    return this.read("items");
  }

  protected override snapshot(m: FakeWorkbook, props: string[], out: Map<string, unknown>): void {
    const proxyOf = (sheet: FakeSheet) => new WorksheetProxy(this.context, () => sheet);
    out.set("items", stageItems(this.context, props, m.sheets, proxyOf, sheetValue));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheet(name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.activeSheet ?? null);
  }

  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.context.enqueue(() => {
      this.context.undoable("WorksheetCollection.add");
      if (this.context.model.sheet(name)) {
        throw new FakeOfficeError("ItemAlreadyExists", name, "WorksheetCollection.add");
      }
      created = this.context.model.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => {
      if (!created) throw new Error("fake: sheet used before it was added");
      return created;
    });
  }
}

function sheetValue(s: FakeSheet, prop: string): unknown {
  if (prop === "name") return s.name;
  if (prop === "id") return s.id;
  if (prop === "visibility") return s.visibility;
  throw new Error(`fake: Worksheet cannot load '${prop}'`);
}

function writable(s: FakeSheet): void {
  if (s.protected) throw new FakeOfficeError("AccessDenied", `sheet ${s.name} is protected`);
}

class WorksheetProxy extends ProxyBase<FakeSheet> {
  readonly charts: ChartsProxy;
  readonly tables: TablesProxy;
  readonly freezePanes: { freezeRows(count: number): void };
  readonly pageLayout: FakePageLayoutProxy;
  readonly onChanged: {
    add(handler: () => Promise<unknown>): { context: FakeContext; remove(): void };
  };

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, resolver);
    const sheet = (): FakeSheet => this.model();
    this.charts = new ChartsProxy(context, () => this.resolveOrNull());
    this.tables = new TablesProxy(context, () => context.model.tables, sheet);
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.later((s) => {
          s.frozenRows = count;
        }),
    };
    this.pageLayout = pageLayoutProxy(context, (op) => this.later(op));
    this.onChanged = {
      add: (handler) => {
        context.handlersAdded = true;
        let target: FakeSheet | undefined;
        this.later((s) => {
          target = s;
          context.whenSynced(() => s.changedHandlers.add(handler));
        });
        return {
          context,
          remove: () => context.enqueue(() => target?.changedHandlers.delete(handler)),
        };
      },
    };
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.later((s) => {
      this.context.undoable("Worksheet.visibility");
      s.visibility = v as FakeSheet["visibility"];
    });
  }
  set name(v: string) {
    this.later((s) => {
      this.context.undoable("Worksheet.name");
      const clash = this.context.model.sheet(v);
      if (clash && clash !== s) {
        throw new FakeOfficeError("ItemAlreadyExists", `sheet ${v}`, "Worksheet.name");
      }
      s.name = v;
    });
  }

  protected override prop(m: FakeSheet, prop: string): unknown {
    return sheetValue(m, prop);
  }

  /** Worksheet.delete: not undo-supported anywhere; the last visible sheet cannot go. */
  delete(): void {
    this.later((s) => {
      this.context.undoable("Worksheet.delete");
      const model = this.context.model;
      if (!model.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "a workbook keeps one visible sheet");
      }
      removeSheet(model, s);
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.model();
      const box = address
        ? parseBox(address)
        : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
      return { sheet, box };
    });
  }

  /** Worksheet.getRangeByIndexes (ExcelApi 1.7): 0-based start, counts of rows and columns. */
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.model(),
      box: { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true)");
    return new RangeProxy(this.context, () => {
      const sheet = this.resolveOrNull();
      const box = sheet?.usedBox();
      return sheet && box ? { sheet, box } : null;
    });
  }

  activate(): void {
    this.later((s) => {
      this.context.model.activeSheet = s;
    });
  }
}

type FakeFooter = { leftFooter: string; centerFooter: string; rightFooter: string };
interface FakePageLayoutProxy {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  setPrintTitleRows(rows: string | RangeProxy): void;
  headersFooters: { defaultForAllPages: FakeFooter };
}

/**
 * PageLayout.setPrintTitleRows(Range | string): "The range must span the entire row to be valid".
 * Kept as "$top:$bottom" (1-based), what Excel shows under Print Titles.
 */
function printTitleRows(rows: string | RangeProxy): string {
  if (rows instanceof RangeProxy) {
    const { box } = rows.target();
    if (box.left !== 0 || box.right !== MAX_COL) {
      throw new FakeOfficeError("InvalidArgument", "print titles must be whole rows");
    }
    return `$${box.top + 1}:$${box.bottom + 1}`;
  }
  if (!/^\$?\d+:\$?\d+$/.test(rows)) {
    throw new FakeOfficeError("InvalidArgument", `print titles must be whole rows: ${rows}`);
  }
  return rows;
}

/**
 * worksheet.pageLayout, write-only. Rules (Microsoft Learn, Excel.PageLayout and
 * PageLayoutZoomOptions): the whole object is ExcelApi 1.9, and a host without it fails the sync
 * with ApiNotFound ("…is part of the ExcelApi 1.9 requirement set, which is not available");
 * setPrintTitleRows needs whole rows ("The range must span the entire row to be valid"); a zoom
 * scale is 10..400.
 */
function pageLayoutProxy(
  context: FakeContext,
  later: (op: (s: FakeSheet) => void) => void
): FakePageLayoutProxy {
  const set = (op: (p: FakePageLayout) => void): void =>
    later((s) => {
      if (!context.model.supported.has("1.9")) {
        throw new FakeOfficeError("ApiNotFound", "pageLayout is part of ExcelApi 1.9");
      }
      // A test may plant a refusal (wb.failOn.set("PageLayout", code)).
      context.undoable("PageLayout");
      writable(s);
      op(s.pageLayout);
    });
  // Each property is write-only here: a setter that queues `apply`, and a getter that refuses.
  const writeOnly = <T>(apply: (p: FakePageLayout, v: T) => void): PropertyDescriptor => ({
    set: (v: T) => set((p) => apply(p, v)),
    get: (): never => {
      throw new Error("fake: pageLayout reads are not supported");
    },
  });
  const footerPart = (part: "left" | "center" | "right") =>
    writeOnly<string>((p, v) => {
      p.footer[part] = v;
    });
  const defaultForAllPages = Object.defineProperties({} as FakeFooter, {
    leftFooter: footerPart("left"),
    centerFooter: footerPart("center"),
    rightFooter: footerPart("right"),
  });
  return Object.defineProperties(
    {
      setPrintTitleRows: (rows: string | RangeProxy) =>
        set((p) => {
          p.printTitleRows = printTitleRows(rows);
        }),
      headersFooters: { defaultForAllPages },
    } as FakePageLayoutProxy,
    {
      orientation: writeOnly<string>((p, v) => {
        p.orientation = v;
      }),
      paperSize: writeOnly<string>((p, v) => {
        p.paperSize = v;
      }),
      zoom: writeOnly<Excel.PageLayoutZoomOptions>((p, v) => {
        // GUESS (docs/manual-excel-test.md, section 7): PageLayoutZoomOptions gives a number of
        // pages and says nothing of 0, so the stand-in refuses 0 as Excel might.
        if (v.horizontalFitToPages === 0 || v.verticalFitToPages === 0) {
          throw new FakeOfficeError("InvalidArgument", "fit to 0 pages is not documented");
        }
        if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) {
          throw new FakeOfficeError("InvalidArgument", `zoom scale ${v.scale}`);
        }
        p.zoom = { ...v };
      }),
    }
  );
}

interface RangeModel {
  sheet: FakeSheet;
  box: Box;
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === null && cell.formula === undefined)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

class RangeProxy extends ProxyBase<RangeModel> {
  readonly format: {
    font: { bold: boolean; size: number };
    wrapText: boolean;
    columnWidth: number;
  };

  /** Range.worksheet: a null object when the range is one. */
  readonly worksheet: WorksheetProxy;

  constructor(context: FakeContext, resolver: () => RangeModel | null) {
    super(context, resolver);
    this.worksheet = new WorksheetProxy(context, () => this.resolveOrNull()?.sheet ?? null);
    const each = (f: (c: FakeCell, r: number, col: number) => void) =>
      this.later(({ sheet, box }) => {
        writable(sheet);
        if (box.bottom - box.top > 100_000) throw new Error("fake: cell format on whole columns");
        for (let r = box.top; r <= box.bottom; r++) {
          for (let c = box.left; c <= box.right; c++) f(cellAt(sheet, r, c), r, c);
        }
      });
    const self = this;
    this.format = {
      font: {
        set bold(v: boolean) {
          each((c) => (c.bold = v));
        },
        get bold(): boolean {
          throw new Error("fake: format reads are not supported");
        },
        set size(v: number) {
          each((c) => (c.fontSize = v));
        },
        get size(): number {
          throw new Error("fake: format reads are not supported");
        },
      },
      set wrapText(v: boolean) {
        each((c) => (c.wrapText = v));
      },
      get wrapText(): boolean {
        throw new Error("fake: format reads are not supported");
      },
      set columnWidth(v: number) {
        self.later(({ sheet, box }) => {
          writable(sheet);
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
        });
      },
      get columnWidth(): number {
        throw new Error("fake: format reads are not supported");
      },
    };
  }

  protected override prop({ sheet, box }: RangeModel, prop: string): unknown {
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quote(sheet.name)}!${boxA1(box)}`;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "values":
        return grid((c) => (c && c.value !== null ? c.value : ""));
      case "valueTypes":
        return grid(valueType);
      case "formulas":
        return grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "")));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      default:
        return super.prop({ sheet, box }, prop);
    }
  }

  /** Range.getEntireRow (ExcelApi 1.1): the range's rows, every column. */
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, box } = this.model();
      return { sheet, box: { top: box.top, left: 0, bottom: box.bottom, right: MAX_COL } };
    });
  }

  /** The cells this range stands for, when an operation that was handed it runs. */
  target(): RangeModel {
    return this.model();
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.matrix(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("'")) setValue(cell, x.slice(1));
      else if (typeof x === "string" && x.startsWith("=")) setFormula(cell, x);
      else setValue(cell, x as FakeScalar);
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  /**
   * Range.formulas: not in Microsoft's unsupported-undo table, but office-js #6170 reports formula
   * writes clearing the undo stack on Windows and the local office.js marks the setter as not
   * undoable; a test plants that with wb.undoTable["Range.formulas"] (or wb.failOn).
   */
  set formulas(v: unknown[][]) {
    this.later(() => this.context.undoable("Range.formulas"));
    this.matrix(v, (cell, x) =>
      typeof x === "string" && x.startsWith("=")
        ? setFormula(cell, x)
        : setValue(cell, x as FakeScalar)
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.matrix(v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }

  /** Office.js requires a 2-D array with exactly the range's dimensions. */
  private matrix(v: unknown[][], f: (cell: FakeCell, x: unknown) => void): void {
    this.context.carries(v);
    this.later(({ sheet, box }) => {
      writable(sheet);
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => r.length !== cols)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `dimensions of the array do not match the range ${boxA1(box)}`
        );
      }
      v.forEach((row, r) => row.forEach((x, c) => f(cellAt(sheet, box.top + r, box.left + c), x)));
    });
  }

  clear(): void {
    this.later(({ sheet, box }) => {
      writable(sheet);
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right)
          sheet.cells.delete(k);
      }
    });
  }

  select(): void {
    this.later(({ sheet, box }) => {
      if (this.context.model.activeSheet !== sheet) {
        throw new FakeOfficeError("InvalidSelection", "select on a sheet that is not active");
      }
      this.context.model.selection = { sheet: sheet.name, address: boxA1(box) };
    });
  }

  /** The resolved address (used by charts at sync time). */
  rangeAddress(): string {
    const { sheet, box } = this.model();
    return `${quote(sheet.name)}!${boxA1(box)}`;
  }

  /** Range.getUsedRangeOrNullObject(valuesOnly) (ExcelApi 1.4): the cells with values in it. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true)");
    return new RangeProxy(this.context, () => {
      const m = this.resolveOrNull();
      const box = m?.sheet.usedBox(m.box);
      return m && box ? { sheet: m.sheet, box } : null;
    });
  }

  /** The merged areas that intersect this range; more than 512 fails (see MAX_MERGED_AREAS). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      needsApi(this.context.model, "1.13", "Range.getMergedAreasOrNullObject");
      const { sheet, box } = this.model();
      const areas = sheet.merges.filter((a) => overlaps(parseBox(a), box));
      if (areas.length > MAX_MERGED_AREAS) {
        if (this.context.model.mergeOverflow === "partial") {
          return { sheet, areas: areas.slice(0, MAX_MERGED_AREAS) };
        }
        throw new FakeOfficeError("GeneralException", `${areas.length} merged areas (over 512)`);
      }
      return areas.length ? { sheet, areas } : null;
    });
  }
}

function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(key(r, c), cell);
  }
  return cell;
}

function setValue(cell: FakeCell, v: FakeScalar | null): void {
  cell.value = v === "" ? null : v;
  delete cell.formula;
  delete cell.error;
}

function setFormula(cell: FakeCell, f: string): void {
  cell.formula = f.slice(1);
  cell.value = null;
  delete cell.error;
}

function overlaps(a: Box, b: Box): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

class RangeAreasProxy extends ProxyBase<{ sheet: FakeSheet; areas: string[] }> {
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  protected override prop(m: { sheet: FakeSheet; areas: string[] }, prop: string): unknown {
    if (prop === "address") return m.areas.map((a) => `${quote(m.sheet.name)}!${a}`).join(", ");
    // RangeAreas.areaCount is ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.rangeareas).
    if (prop === "areaCount") {
      needsApi(this.context.model, "1.9", "RangeAreas.areaCount");
      return m.areas.length;
    }
    return super.prop(m, prop);
  }
}

class NamesProxy extends ProxyBase<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context, () => context.model);
  }

  get items(): NamedItemProxy[] {
    return this.read("items");
  }

  protected override snapshot(m: FakeWorkbook, props: string[], out: Map<string, unknown>): void {
    const proxyOf = (n: FakeName) => new NamedItemProxy(this.context, () => n);
    const valueOf = (n: FakeName, p: string) => nameValue(m, n, p);
    out.set("items", stageItems(this.context, props, m.names, proxyOf, valueOf));
  }

  /**
   * NamedItemCollection.add(name, reference, comment): a comment sets NamedItem.comment, which
   * Excel on the web cannot undo (undo-capabilities table), so it is refused in a merged group there.
   */
  add(name: string, reference: string | RangeProxy, comment?: string): NamedItemProxy {
    this.context.carries([name, typeof reference === "string" ? reference : null, comment]);
    let created: FakeName | undefined;
    this.context.enqueue(() => {
      const model = this.context.model;
      guessR1C1NameText(model, reference);
      // Defined names and table names share one namespace in a workbook.
      const taken = [...model.names, ...model.tables].map((n) => n.name.toLowerCase());
      if (taken.includes(name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `name ${name}`, "NamedItemCollection.add");
      }
      this.context.undoable("NamedItemCollection.add");
      if (comment) this.context.undoable("NamedItem.comment");
      created = {
        name,
        target: nameTarget(model, reference),
        comment: comment ?? "",
        visible: true,
      };
      model.names.push(created);
    });
    return new NamedItemProxy(this.context, () => created ?? null);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const n = this.context.model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `name ${name}`);
      return n;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      () =>
        this.context.model.names.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
}

/** "=Ark1!$A$1" → that sheet's cells; "=#REF!…", '="x"', "=1+1" → a formula kept as text. */
/**
 * GUESS (docs/manual-excel-test.md, section 3): Learn does not say how Excel for Windows reads
 * NamedItemCollection.add's reference text in an R1C1 workbook; it returns names in R1C1 there
 * (office-js #1831), so the stand-in assumes it also reads text in R1C1, which makes A1 text such
 * as "=Ark!$B$5" invalid. A Range is unambiguous and always taken.
 */
function guessR1C1NameText(model: FakeWorkbook, reference: unknown): void {
  if (typeof reference !== "string") return;
  if (model.platform !== "windows" || model.referenceStyle !== "R1C1") return;
  if (/!\$?[A-Z]{1,3}\$?\d/i.test(reference)) {
    throw new FakeOfficeError("InvalidArgument", `A1 text in an R1C1 workbook: ${reference}`);
  }
}

function nameTarget(model: FakeWorkbook, reference: unknown): FakeNameTarget {
  // NamedItemCollection.add(name, reference: Range | string): a Range is taken as it is.
  if (reference instanceof RangeProxy) return { ...reference.target() };
  if (typeof reference !== "string" || !reference.startsWith("=")) {
    throw new FakeOfficeError("InvalidArgument", `reference ${String(reference)}`);
  }
  const m =
    /^=(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(
      reference
    );
  if (!m) return { formula: reference };
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = model.sheet(sheetName);
  if (!sheet) throw new FakeOfficeError("InvalidArgument", `no sheet ${sheetName}`);
  return { sheet, box: parseBox(m[3]) };
}

function r1c1(b: Box): string {
  const a = `R${b.top + 1}C${b.left + 1}`;
  const z = `R${b.bottom + 1}C${b.right + 1}`;
  return a === z ? a : `${a}:${z}`;
}

function absA1(b: Box): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const a = cell(b.top, b.left);
  const z = cell(b.bottom, b.right);
  return a === z ? a : `${a}:${z}`;
}

/**
 * A reference name's text as Office.js returns it: A1, or R1C1 on Windows when the workbook uses
 * that style (office-js issue #1831: Windows returns "Sheet1!R1C1", Mac "Sheet1!$A$1"); a
 * deleted sheet leaves "#REF!".
 */
function refText(model: FakeWorkbook, t: { sheet: FakeSheet | null; box: Box }): string {
  const cells =
    model.referenceStyle === "R1C1" && model.platform === "windows" ? r1c1(t.box) : absA1(t.box);
  return `${t.sheet ? quote(t.sheet.name) : "#REF"}!${cells}`;
}

function nameValue(model: FakeWorkbook, n: FakeName, prop: string): unknown {
  const t = n.target;
  switch (prop) {
    case "name":
      return n.name;
    case "comment":
      return n.comment;
    case "visible":
      return n.visible;
    case "scope":
      return "Workbook";
    case "formula":
      return "formula" in t ? t.formula : `=${refText(model, t)}`;
    case "type":
      if ("formula" in t) return /^="/.test(t.formula) ? "String" : "Error";
      return t.sheet ? "Range" : "Error";
    case "value":
      if ("formula" in t) return /^="(.*)"$/.exec(t.formula)?.[1].replace(/""/g, '"') ?? "#VALUE!";
      return t.sheet ? refText(model, t) : "#REF!";
    default:
      throw new Error(`fake: NamedItem cannot load '${prop}'`);
  }
}

class NamedItemProxy extends ProxyBase<FakeName> {
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(v: string) {
    this.later((n) => {
      this.context.undoable("NamedItem.comment");
      n.comment = v;
    });
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  set visible(v: boolean) {
    this.later((n) => {
      this.context.undoable("NamedItem.visible");
      n.visible = v;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  protected override prop(m: FakeName, prop: string): unknown {
    return nameValue(this.context.model, m, prop);
  }
  /** NamedItem.getRangeOrNullObject (ExcelApi 1.4): null unless the name refers to live cells. */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => {
      needsApi(this.context.model, "1.4", "NamedItem.getRangeOrNullObject");
      const t = this.resolveOrNull()?.target;
      if (!t) return null;
      return "sheet" in t && t.sheet ? { sheet: t.sheet, box: t.box } : null;
    });
  }
  delete(): void {
    this.later((n) => {
      const names = this.context.model.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

/** Deleting a sheet: names on it turn #REF!, its tables go, the next visible sheet becomes active. */
function removeSheet(model: FakeWorkbook, sheet: FakeSheet): void {
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  for (const n of model.names) {
    if ("sheet" in n.target && n.target.sheet === sheet) n.target = { ...n.target, sheet: null };
  }
  for (let i = model.tables.length - 1; i >= 0; i--) {
    if (model.tables[i].sheet === sheet) model.tables.splice(i, 1);
  }
  if (model.activeSheet === sheet) {
    model.activeSheet = model.sheets.find((s) => s.visibility === "Visible");
  }
}

class TablesProxy extends ProxyBase<FakeTable[]> {
  constructor(
    context: FakeContext,
    resolver: () => FakeTable[],
    private sheet?: () => FakeSheet
  ) {
    super(context, resolver);
  }

  add(address: string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | undefined;
    this.context.enqueue(() => {
      if (!this.sheet) throw new Error("fake: add tables through a worksheet");
      this.context.undoable("TableCollection.add");
      const sheet = this.sheet();
      writable(sheet);
      const box = parseBox(address);
      const tables = this.context.model.tables;
      for (const t of tables.filter((x) => x.sheet === sheet)) {
        if (overlaps(parseBox(t.address), box)) {
          throw new FakeOfficeError("InvalidOperation", "tables cannot overlap");
        }
      }
      // Table names are unique in the workbook, so the default name skips any in use.
      let n = tables.length + 1;
      while (tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      created = {
        name: `Table${n}`,
        sheet,
        address: boxA1(box),
        hasHeaders,
      };
      this.context.model.tables.push(created);
    });
    return new TableProxy(this.context, () => created ?? null);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const t = this.model().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `table ${name}`);
      return t;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      () => this.model().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }

  get items(): TableProxy[] {
    return this.read("items");
  }

  /** items/name, items/style and items/worksheet/name (Table.worksheet, ExcelApi 1.2). */
  protected override snapshot(m: FakeTable[], props: string[], out: Map<string, unknown>): void {
    const itemProps = itemPropsOf(props);
    const mine = this.sheet ? m.filter((t) => t.sheet === this.sheet?.()) : m;
    out.set(
      "items",
      mine.map((t) => {
        const proxy = new TableProxy(this.context, () => t);
        const own = new Map<string, unknown>([["isNullObject", false]]);
        const sheetValues = new Map<string, unknown>([["isNullObject", false]]);
        for (const p of itemProps) {
          if (p.startsWith("worksheet/"))
            sheetValues.set(p.slice(10), sheetValue(t.sheet, p.slice(10)));
          else own.set(p, proxy.propOf(t, p));
        }
        this.context.stage(proxy, own);
        this.context.stage(proxy.worksheet, sheetValues);
        return proxy;
      })
    );
  }
}

class TableProxy extends ProxyBase<FakeTable> {
  readonly worksheet: WorksheetProxy;

  constructor(context: FakeContext, resolver: () => FakeTable | null) {
    super(context, resolver);
    this.worksheet = new WorksheetProxy(context, () => this.model().sheet);
  }

  propOf(m: FakeTable, prop: string): unknown {
    return this.prop(m, prop);
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.later((t) => {
      this.context.undoable("Table.name");
      // Table and defined names share one namespace in a workbook.
      const model = this.context.model;
      const clash =
        model.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()) ||
        model.names.some((n) => n.name.toLowerCase() === v.toLowerCase());
      if (clash) throw new FakeOfficeError("ItemAlreadyExists", `table ${v}`, "Table.name");
      t.name = v;
    });
  }
  set style(v: string) {
    this.later((t) => {
      t.style = v;
    });
  }
  get style(): string {
    return this.read("style");
  }
  protected override prop(m: FakeTable, prop: string): unknown {
    if (prop === "name") return m.name;
    if (prop === "style") return m.style;
    return super.prop(m, prop);
  }
  delete(): void {
    this.later((t) => {
      writable(t.sheet);
      const tables = this.context.model.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

class ChartsProxy extends ProxyBase<FakeSheet> {
  /** ChartCollection.getItemOrNullObject (ExcelApi 1.4); a null object on a null sheet. */
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      () => this.resolveOrNull()?.charts.find((x) => x.name === name) ?? null,
      () => this.model()
    );
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: FakeChart | undefined;
    this.context.enqueue(() => {
      const sheet = this.model();
      writable(sheet);
      this.context.undoable("ChartCollection.add");
      const src = source.rangeAddress();
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy,
        series: [{ values: src }],
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(
      this.context,
      () => created ?? null,
      () => this.model()
    );
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      () => {
        const c = this.model().charts.find((x) => x.name === name);
        if (!c) throw new FakeOfficeError("ItemNotFound", `chart ${name}`);
        return c;
      },
      () => this.model()
    );
  }
}

class ChartProxy extends ProxyBase<FakeChart> {
  /** Chart.worksheet (ExcelApi 1.2). */
  readonly worksheet: WorksheetProxy;
  readonly title: { text: string };
  readonly series: {
    getItemAt(i: number): SeriesProxy;
    add(name?: string): SeriesProxy;
  };

  constructor(
    context: FakeContext,
    resolver: () => FakeChart | null,
    private sheet: () => FakeSheet
  ) {
    super(context, resolver);
    const self = this;
    this.worksheet = new WorksheetProxy(context, () =>
      this.resolveOrNull() === null ? null : this.sheet()
    );
    this.title = {
      set text(v: string) {
        self.later((c) => (c.title = v));
      },
      get text(): string {
        throw new Error("fake: chart title reads are not supported");
      },
    };
    this.series = {
      getItemAt: (i) =>
        new SeriesProxy(context, () => {
          const s = self.model().series[i];
          if (!s) throw new FakeOfficeError("ItemNotFound", `series ${i}`);
          return s;
        }),
      add: (name) => {
        let created: FakeChartSeries | undefined;
        self.later((c) => {
          created = { name };
          c.series.push(created);
        });
        return new SeriesProxy(context, () => created ?? null);
      },
    };
  }

  set name(v: string) {
    this.later((c) => (c.name = v));
  }
  get name(): string {
    return this.read("name");
  }

  setPosition(start: string, end: string): void {
    this.later((c) => (c.position = [start, end]));
  }

  delete(): void {
    this.later((c) => {
      const sheet = this.sheet();
      writable(sheet);
      sheet.charts.splice(sheet.charts.indexOf(c), 1);
    });
  }
}

class SeriesProxy extends ProxyBase<FakeChartSeries> {
  set name(v: string) {
    this.later((s) => (s.name = v));
  }
  get name(): string {
    return this.read("name");
  }
  setValues(range: RangeProxy): void {
    this.later((s) => (s.values = range.rangeAddress()));
  }
  setXAxisValues(range: RangeProxy): void {
    this.later((s) => (s.xValues = range.rangeAddress()));
  }
}

class SettingsProxy extends ProxyBase<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context, () => context.model);
  }
  getItemOrNullObject(k: string): SettingProxy {
    return new SettingProxy(this.context, () =>
      this.context.model.settings.has(k)
        ? { key: k, value: this.context.model.settings.get(k) }
        : null
    );
  }
  add(k: string, value: unknown): void {
    this.later((m) => {
      // Excel stores settings as JSON: what cannot round-trip is refused.
      m.settings.set(k, JSON.parse(JSON.stringify(value)) as unknown);
    });
  }
}

class SettingProxy extends ProxyBase<{ key: string; value: unknown }> {
  get value(): unknown {
    return this.read("value");
  }
  protected override prop(m: { key: string; value: unknown }, prop: string): unknown {
    if (prop === "value") return m.value;
    return super.prop(m, prop);
  }
}

/** A method's result (ClientResult): its value is readable only after the sync that ran it. */
class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;

  constructor(context: FakeContext, compute: () => T) {
    context.enqueue(() => {
      this.result = compute();
      this.done = true;
    });
  }

  get value(): T {
    if (!this.done) {
      throw new FakeOfficeError("PropertyNotLoaded", "a ClientResult is known only after sync");
    }
    return this.result as T;
  }
}

/**
 * The root element's default namespace. CustomXmlPartCollection.add takes well-formed XML
 * (learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1));
 * text without a root element is refused with InvalidArgument.
 */
function xmlNamespace(xml: unknown): string {
  const text = typeof xml === "string" ? xml.replace(/^\s*<\?xml[^>]*\?>/, "").trim() : "";
  const root = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>/.exec(text);
  if (!root) throw new FakeOfficeError("InvalidArgument", "custom XML part: not an XML document");
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
  const attr = prefix ? `xmlns:${prefix}` : "xmlns";
  const m = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']*)["']`).exec(root[2]);
  return m ? m[1] : "";
}

function needsApi(model: FakeWorkbook, version: string, what: string): void {
  if (!model.supported.has(version)) {
    throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }
}

/** Workbook.customXmlParts and its getByNamespace scoped collection (ExcelApi 1.5). */
class CustomXmlPartsProxy extends ProxyBase<FakeXmlPart[]> {
  constructor(
    context: FakeContext,
    resolver: () => FakeXmlPart[],
    private readonly scoped = false
  ) {
    super(context, () => {
      needsApi(context.model, "1.5", "customXmlParts");
      // office-js #3936: Excel on iPad fails customXmlParts while the workbook is unsaved. GUESS
      // (docs/manual-excel-test.md, section 8): the thread shows GeneralException; whether every
      // call fails, and with that code, is not documented.
      if (context.model.platform === "ios" && !context.model.saved) {
        throw new FakeOfficeError("GeneralException", "customXmlParts in an unsaved workbook");
      }
      return resolver();
    });
  }

  get items(): CustomXmlPartProxy[] {
    return this.read("items");
  }

  protected override snapshot(m: FakeXmlPart[], props: string[], out: Map<string, unknown>) {
    const proxyOf = (part: FakeXmlPart) => new CustomXmlPartProxy(this.context, () => part);
    out.set("items", stageItems(this.context, props, m, proxyOf, xmlPartValue));
  }

  add(xml: string): CustomXmlPartProxy {
    if (this.scoped) throw new Error("fake: a scoped collection has no add()");
    this.context.carries(xml);
    let created: FakeXmlPart | undefined;
    this.later((parts) => {
      this.context.undoable("CustomXmlPartCollection.add");
      const namespaceUri = xmlNamespace(xml);
      created = { id: `{${String(parts.length + 1).padStart(8, "0")}-xml}`, namespaceUri, xml };
      parts.push(created);
    });
    return new CustomXmlPartProxy(this.context, () => created ?? null);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartsProxy {
    return new CustomXmlPartsProxy(
      this.context,
      () => this.model().filter((p) => p.namespaceUri === namespaceUri),
      true
    );
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.model().length);
  }

  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      const part = this.model().find((p) => p.id === id);
      if (!part) throw new FakeOfficeError("ItemNotFound", `custom XML part ${id}`);
      return part;
    });
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this.context,
      () => this.model().find((p) => p.id === id) ?? null
    );
  }

  /** Scoped collections: the one part, ItemNotFound for none, InvalidOperation for several. */
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      const parts = this.model();
      if (parts.length > 1) throw new FakeOfficeError("InvalidOperation", "more than one part");
      return parts[0] ?? null;
    });
  }
}

function xmlPartValue(part: FakeXmlPart, prop: string): unknown {
  if (prop === "id") return part.id;
  if (prop === "namespaceUri") return part.namespaceUri;
  throw new Error(`fake: CustomXmlPart cannot load '${prop}'`);
}

class CustomXmlPartProxy extends ProxyBase<FakeXmlPart> {
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  protected override prop(m: FakeXmlPart, prop: string): unknown {
    return xmlPartValue(m, prop);
  }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.context, () => this.model().xml);
  }
  setXml(xml: string): void {
    this.context.carries(xml);
    this.later((part) => {
      part.namespaceUri = xmlNamespace(xml);
      part.xml = xml;
    });
  }
  delete(): void {
    this.later((part) => {
      const parts = this.context.model.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}
