// An OOXML package held as its parts (name → bytes), in the zip's order. Parts we do not touch
// keep their exact bytes; the package is read through ./zip (size limits while inflating) and the
// container rebuilt with fflate (small, no Node I/O, the same in the browser), so entries may be
// recompressed but their contents are the input's.
import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { relsPartOf, resolveTarget } from "../base/rels";
import { openZip, type ZipLimits } from "../base/zip";
import { attrLocal, escapeXml, findElements, type XmlElement } from "./xml";

export const CT_PATH = "[Content_Types].xml";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export class OoxmlPackage {
  private readonly parts: Map<string, Uint8Array>;

  constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /** Reads every part through the reader's zip, which enforces its size limits while inflating. */
  static fromZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): OoxmlPackage {
    const zip = openZip(bytes, limits);
    const parts = new Map<string, Uint8Array>();
    for (const e of zip.entries) if (!e.name.endsWith("/")) parts.set(e.name, zip.read(e));
    return new OoxmlPackage(parts);
  }

  toZip(): Uint8Array {
    const files: Zippable = {};
    // Level 1: a little larger than 6, and much faster on a big copied sheet.
    for (const [name, data] of this.parts) files[name] = [data, { level: 1 }];
    return zipSync(files);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const b = this.parts.get(name);
    return b && strFromU8(b);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.parts.set(name, bytes);
  }

  delete(name: string): void {
    this.parts.delete(name);
  }

  /** A part name not in use: prefix + n + suffix, n counting from 1. */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set([...this.parts.keys()].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }
}

/** The relative target from one part to another (both package paths without "/"). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The resolved part name (internal targets only). */
  part?: string;
  el: XmlElement;
}

export function readRels(pkg: OoxmlPackage, source: string): Relationship[] {
  const xml = pkg.text(relsPartOf(source));
  if (xml === undefined) return [];
  return findElements(xml, "Relationship").map((el) => {
    const target = attrLocal(el, "Target") ?? "";
    const external = attrLocal(el, "TargetMode") === "External";
    return {
      id: attrLocal(el, "Id") ?? "",
      type: attrLocal(el, "Type") ?? "",
      target,
      external,
      ...(external ? {} : { part: resolveTarget(source, target) }),
      el,
    };
  });
}

/** A relationship id not used in these rels: rId1, rId2, … */
export function freeRelId(rels: Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** Appends relationships to a source's rels part (created when missing); ids as given. */
export function addRels(
  pkg: OoxmlPackage,
  source: string,
  rels: { id: string; type: string; target: string }[]
): void {
  const path = relsPartOf(source);
  const xml =
    pkg.text(path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  const close = xml.lastIndexOf("</");
  if (close < 0) {
    // <Relationships .../> with no children.
    pkg.setText(path, xml.replace(/\/>\s*$/, `>${items}</Relationships>`));
    return;
  }
  pkg.setText(path, xml.slice(0, close) + items + xml.slice(close));
}
