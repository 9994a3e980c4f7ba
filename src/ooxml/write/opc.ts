// An OOXML package as its parts (name → bytes), in the zip's order. A part is inflated only when
// the writer asks for it (through base/zip: size limits while inflating); the copy is written by
// base/zipWrite with every part we did not change copied as the input stored it, compressed bytes
// and all. No Node I/O: the same in the browser.
import { strFromU8, strToU8 } from "fflate";
import { PackageError } from "../base/errors";
import { parseText, type PartSource, type XmlHandlers } from "../base/xmlStream";
import { writeZip } from "../base/zipWrite";
import { readRels, type Rel } from "../base/rels";
import { openZip, partKey, type ZipArchive, type ZipEntry, type ZipLimits } from "../base/zip";

export const CT_PATH = "[Content_Types].xml";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export const REL_TYPES = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  customXml: `${REL}/customXml`,
  customXmlProps: `${REL}/customXmlProps`,
};

/** A part's bytes as text: UTF-8, a byte-order mark left out. */
export function textOf(bytes: Uint8Array): string {
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A package being written; as a PartSource, the reader's workbook model reads its current parts. */
export class OoxmlPackage implements PartSource {
  /** Part names in the package's order (the input's, then parts added). */
  private readonly order: string[];
  private readonly present = new Set<string>();
  /** Parts as read: given in memory, or inflated from the zip when first asked for. */
  private readonly read: Map<string, Uint8Array>;
  /** Parts added or given new bytes. */
  private readonly changed = new Map<string, Uint8Array>();
  /** The zip's entries by exact name (a package may hold names differing only in case). */
  private readonly entries = new Map<string, ZipEntry>();
  /** Part names by the key the reader looks them up by (case, slashes forgiven). */
  private readonly byKey = new Map<string, string>();
  /** The text of parts set as text (no decoding twice). */
  private readonly texts = new Map<string, string>();
  /** Parts generated whole from typed data (see setBuiltText). */
  private readonly built = new Set<string>();

  /** A package from its parts in memory (`zip`: the archive they are read from on demand). */
  constructor(
    parts: Map<string, Uint8Array>,
    private readonly zip?: ZipArchive
  ) {
    this.read = parts;
    this.order = zip
      ? zip.entries.map((e) => e.name).filter((n) => !n.endsWith("/"))
      : [...parts.keys()];
    for (const n of this.order) this.present.add(n);
    for (const e of zip?.entries ?? []) if (!this.entries.has(e.name)) this.entries.set(e.name, e);
    for (const n of this.order) if (!this.byKey.has(partKey(n))) this.byKey.set(partKey(n), n);
  }

  /**
   * The part a relationship target means, as the package spells it: the reader finds parts
   * forgiving letter case and backslashes, so the writer must find the same ones.
   */
  actualName(name: string): string {
    if (this.present.has(name)) return name;
    const found = this.byKey.get(partKey(name));
    return found !== undefined && this.present.has(found) ? found : name;
  }

  /**
   * Opens a package; parts are inflated only when asked for, through the reader's zip, which
   * enforces its size limits while inflating. Parts never asked for are copied as stored.
   */
  static fromZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): OoxmlPackage {
    return new OoxmlPackage(new Map(), openZip(bytes, limits));
  }

  /** The zip bytes: our parts deflated, every other part's stored bytes copied unchanged. */
  toZip(): Uint8Array {
    return writeZip(
      this.names().map((name) => {
        const data = this.changed.get(name);
        if (data) return { name, data };
        const entry = this.entries.get(name);
        // An encrypted entry or an unknown method is refused by reading it (as the reader does).
        if (!entry || entry.flags & 1 || (entry.method !== 0 && entry.method !== 8))
          return { name, data: this.originalBytes(name) ?? new Uint8Array(0) };
        const { method, crc32, size } = entry;
        return { name, raw: this.zip?.raw(entry) as Uint8Array, method, crc32, size };
      })
    );
  }

  names(): string[] {
    return this.order.filter((n) => this.present.has(n));
  }

  has(name: string): boolean {
    return this.present.has(name);
  }

  /** A part's bytes as the input held them (undefined for a part added since). */
  originalBytes(name: string): Uint8Array | undefined {
    const cached = this.read.get(name);
    if (cached || !this.zip) return cached;
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const bytes = this.zip.read(entry);
    this.read.set(name, bytes);
    return bytes;
  }

  /** The part as stored for a name (case and slashes forgiven), if the package has it now. */
  find(name: string): string | undefined {
    const actual = this.actualName(name);
    return this.present.has(actual) ? actual : undefined;
  }

  /** Parses the part's current text with the reader's handlers. */
  parse(part: string, h: XmlHandlers): void {
    const text = this.text(part);
    if (text === undefined) throw new PackageError("CORRUPT", part, "the part is missing");
    parseText(part, text, h);
  }

  /** Whether the input held the part. */
  hadPart(name: string): boolean {
    return this.zip ? this.entries.has(name) : this.read.has(name);
  }

  /** Parts added or given new bytes since the package was read. */
  touched(): string[] {
    return [...this.changed.keys()].filter((n) => this.present.has(n));
  }

  /** Parts read but no longer in the package. */
  removed(): string[] {
    return this.order.filter((n) => !this.present.has(n) && this.hadPart(n));
  }

  /**
   * The package as it was read, for comparing the copy with its original: only the parts asked
   * for are inflated (never every sheet), found as `find` finds them among the input's names.
   */
  asReadSource(): PartSource {
    const byKey = new Map<string, string>();
    for (const n of this.order)
      if (this.hadPart(n) && !byKey.has(partKey(n))) byKey.set(partKey(n), n);
    return {
      find: (name) => (this.hadPart(name) ? name : byKey.get(partKey(name))),
      parse: (part, h) => {
        const b = this.originalBytes(part);
        if (b === undefined) throw new PackageError("CORRUPT", part, "the part is missing");
        parseText(part, textOf(b), h);
      },
    };
  }

  bytes(name: string): Uint8Array | undefined {
    if (!this.present.has(name)) return undefined;
    return this.changed.get(name) ?? this.originalBytes(name);
  }

  text(name: string): string | undefined {
    const set = this.present.has(name) ? this.texts.get(name) : undefined;
    if (set !== undefined) return set;
    const b = this.bytes(name);
    return b && textOf(b);
  }

  setText(name: string, text: string): void {
    this.setBytes(name, strToU8(text));
    this.texts.set(name, text);
  }

  /**
   * A part generated whole from typed data, every value through escapeXml (the overview sheet):
   * well-formed by construction, which tests/ooxml/sheetText.property.spec.ts checks over nasty
   * text, so the check before saving does not parse its megabytes again.
   */
  setBuiltText(name: string, text: string): void {
    this.setText(name, text);
    this.built.add(name);
  }

  /** Whether the part's current text was set by setBuiltText. */
  isBuilt(name: string): boolean {
    return this.built.has(name);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    if (!this.order.includes(name)) this.order.push(name);
    this.present.add(name);
    if (!this.byKey.has(partKey(name))) this.byKey.set(partKey(name), name);
    this.changed.set(name, bytes);
    this.texts.delete(name);
    this.built.delete(name);
  }

  delete(name: string): void {
    this.present.delete(name);
    this.changed.delete(name);
    this.texts.delete(name);
    this.built.delete(name);
  }

  /** A part name not in use (as the reader looks names up): prefix + n + suffix, n from 1. */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set(this.names().map(partKey));
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!taken.has(partKey(name))) return name;
    }
  }
}

/** The relative target from one part to another (both package paths without "/"). */
export function relativeTarget(source: string, target: string): string {
  const from = source.replace(/\\/g, "/").split("/").slice(0, -1);
  const to = target.replace(/\\/g, "/").split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export interface Relationship extends Rel {
  /** The part an internal target means, as the package spells it (see actualName). */
  part?: string;
}

/**
 * The relationships of a part in the package as it is now, read by the reader's one rels reader
 * (base/rels); a relationship without Id or Target is kept, not refused (see RelsOptions).
 */
export function packageRels(pkg: OoxmlPackage, source: string): Relationship[] {
  return readRels(pkg, source, { incomplete: "keep" }).map((r) =>
    r.external ? r : { ...r, part: pkg.actualName(r.target) }
  );
}

/** A relationship id not used in these rels: rId1, rId2, … */
export function freeRelId(rels: Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}
