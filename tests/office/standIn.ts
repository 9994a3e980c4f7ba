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
import { columnIndex, columnLetter, parseAddress } from "../../src/core/address";
import type { OfficeRuntime, RunOptions } from "../../src/excel/officeRuntime";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code
  ) {
    super(message);
    this.name = "RichApi.Error";
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

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export class FakeSheet {
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

  /** Bounding box of cells holding a value (Excel's used range with valuesOnly). */
  usedBox(): Box | undefined {
    let box: Box | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const [r, c] = k.split(",").map(Number);
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
  /** Excel on the web refuses responses over about 5 MB. */
  payloadLimit = 5_000_000;
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  readonly runs: { options?: RunOptions; syncs: number }[] = [];
  readonly createdWorkbooks: string[] = [];
  private nextId = 1;

  get syncs(): number {
    return this.runs.reduce((s, r) => s + r.syncs, 0);
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
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
        const record = { options, syncs: 0 };
        this.runs.push(record);
        const context = new FakeContext(this, record);
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
            this.createdWorkbooks.push(base64);
          }
        : undefined,
      documentUrl: () => this.documentUrl,
    };
  }
}

type Op = () => void;

class FakeContext {
  private queue: Op[] = [];
  private staged: { proxy: ProxyBase; values: Map<string, unknown> }[] = [];
  readonly workbook: WorkbookProxy;

  constructor(
    readonly model: FakeWorkbook,
    private record: { syncs: number }
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
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
    this.record.syncs += 1;
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    await Promise.resolve();
    if (this.model.editMode) throw new FakeOfficeError("InvalidOperationInCellEditMode");
    for (const op of ops) op();
    const bytes = this.staged.reduce(
      (n, s) => n + [...s.values.values()].reduce((m: number, v) => m + size(v), 0),
      0
    );
    if (bytes > this.model.payloadLimit) {
      this.staged = [];
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${bytes} bytes`);
    }
    for (const s of this.staged) for (const [k, v] of s.values) s.proxy.loaded.set(k, v);
    this.staged = [];
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

  constructor(
    readonly context: FakeContext,
    private resolver: () => M | null
  ) {}

  protected model(): M {
    const m = this.resolver();
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
    const props = spec.split(",").map((p) => p.trim());
    this.context.enqueue(() => {
      const m = this.resolver();
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
    if (prop === "name") return m.name;
    return super.prop(m, prop);
  }
}

class WorksheetsProxy extends ProxyBase<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context, () => context.model);
  }

  get items(): WorksheetProxy[] {
    return this.read("items");
  }

  protected override snapshot(m: FakeWorkbook, props: string[], out: Map<string, unknown>): void {
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (itemProps.length !== props.length) throw new Error("fake: load items/… on collections");
    const items = m.sheets.map((s) => {
      const proxy = new WorksheetProxy(this.context, () => s);
      const values = new Map<string, unknown>([["isNullObject", false]]);
      for (const p of itemProps) values.set(p, sheetValue(s, p));
      this.context.stage(proxy, values);
      return proxy;
    });
    out.set("items", items);
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
      if (this.context.model.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", name);
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
  readonly onChanged: {
    add(handler: () => Promise<unknown>): { context: FakeContext; remove(): void };
  };

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, resolver);
    const sheet = (): FakeSheet => this.model();
    this.charts = new ChartsProxy(context, sheet);
    this.tables = new TablesProxy(context, () => context.model.tables, sheet);
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.later((s) => {
          s.frozenRows = count;
        }),
    };
    this.onChanged = {
      add: (handler) => {
        let target: FakeSheet | undefined;
        this.later((s) => {
          target = s;
          s.changedHandlers.add(handler);
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

  protected override prop(m: FakeSheet, prop: string): unknown {
    return sheetValue(m, prop);
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

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true)");
    return new RangeProxy(this.context, () => {
      const sheet = this.model();
      const box = sheet.usedBox();
      return box ? { sheet, box } : null;
    });
  }

  activate(): void {
    this.later((s) => {
      this.context.model.activeSheet = s;
    });
  }
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

  constructor(context: FakeContext, resolver: () => RangeModel | null) {
    super(context, resolver);
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
  set formulas(v: unknown[][]) {
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

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const { sheet } = this.model();
      return sheet.merges.length ? sheet : null;
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

class RangeAreasProxy extends ProxyBase<FakeSheet> {
  get address(): string {
    return this.read("address");
  }
  protected override prop(m: FakeSheet, prop: string): unknown {
    if (prop === "address") return m.merges.map((a) => `${quote(m.name)}!${a}`).join(", ");
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
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (itemProps.length !== props.length) throw new Error("fake: load items/… on collections");
    out.set(
      "items",
      m.names.map((n) => {
        const proxy = new NamedItemProxy(this.context, () => n);
        const values = new Map<string, unknown>([["isNullObject", false]]);
        for (const p of itemProps) values.set(p, nameValue(n, p));
        this.context.stage(proxy, values);
        return proxy;
      })
    );
  }

  add(name: string, reference: string, comment?: string): NamedItemProxy {
    let created: FakeName | undefined;
    this.context.enqueue(() => {
      const names = this.context.model.names;
      if (names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `name ${name}`);
      }
      if (typeof reference !== "string" || !reference.startsWith("=")) {
        throw new FakeOfficeError("InvalidArgument", `reference ${String(reference)}`);
      }
      created = { name, formula: reference, comment: comment ?? "", visible: true };
      names.push(created);
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
}

function nameValue(n: FakeName, prop: string): unknown {
  if (prop === "name") return n.name;
  if (prop === "formula") return n.formula;
  if (prop === "comment") return n.comment;
  if (prop === "visible") return n.visible;
  throw new Error(`fake: NamedItem cannot load '${prop}'`);
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
  set visible(v: boolean) {
    this.later((n) => {
      n.visible = v;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  protected override prop(m: FakeName, prop: string): unknown {
    return nameValue(m, prop);
  }
  delete(): void {
    this.later((n) => {
      const names = this.context.model.names;
      names.splice(names.indexOf(n), 1);
    });
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
      const sheet = this.sheet();
      writable(sheet);
      const box = parseBox(address);
      for (const t of this.context.model.tables.filter((x) => x.sheet === sheet)) {
        const o = parseBox(t.address);
        const overlap = !(
          o.bottom < box.top ||
          o.top > box.bottom ||
          o.right < box.left ||
          o.left > box.right
        );
        if (overlap) throw new FakeOfficeError("InvalidOperation", "tables cannot overlap");
      }
      created = {
        name: `Table${this.context.model.tables.length + 1}`,
        sheet,
        address: boxA1(box),
        hasHeaders,
      };
      this.context.model.tables.push(created);
    });
    return new TableProxy(this.context, () => created ?? null);
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      () => this.model().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
}

class TableProxy extends ProxyBase<FakeTable> {
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.later((t) => {
      const clash = this.context.model.tables.some(
        (x) => x !== t && x.name.toLowerCase() === v.toLowerCase()
      );
      if (clash) throw new FakeOfficeError("ItemAlreadyExists", `table ${v}`);
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
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: FakeChart | undefined;
    this.context.enqueue(() => {
      const sheet = this.model();
      writable(sheet);
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
      return resolver();
    });
  }

  get items(): CustomXmlPartProxy[] {
    return this.read("items");
  }

  protected override snapshot(m: FakeXmlPart[], props: string[], out: Map<string, unknown>) {
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (itemProps.length !== props.length) throw new Error("fake: load items/… on collections");
    out.set(
      "items",
      m.map((part) => {
        const proxy = new CustomXmlPartProxy(this.context, () => part);
        const values = new Map<string, unknown>([["isNullObject", false]]);
        for (const p of itemProps) values.set(p, xmlPartValue(part, p));
        this.context.stage(proxy, values);
        return proxy;
      })
    );
  }

  add(xml: string): CustomXmlPartProxy {
    if (this.scoped) throw new Error("fake: a scoped collection has no add()");
    let created: FakeXmlPart | undefined;
    this.later((parts) => {
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
