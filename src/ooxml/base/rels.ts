// Relationships (_rels/*.rels): how a package says where its parts are. Targets are resolved
// against the source part, with backslashes, "..", absolute paths and %-escapes as writers use them.
import { PackageError } from "./errors";
import { attr, type PartSource } from "./xmlStream";

export interface Rel {
  id: string;
  /** The relationship type URI (transitional or strict); compare by its last segment. */
  type: string;
  /** The target part name, resolved: "xl/worksheets/sheet1.xml" (or a URL when external). */
  target: string;
  external: boolean;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A relationship target as a part name, relative to the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = decode(target.replace(/\\/g, "/"));
  // A part stored as "xl\\workbook.xml" (a few writers use backslashes) is still in xl/.
  const source = sourcePart.replace(/\\/g, "/");
  const slash = source.lastIndexOf("/");
  const base = t.startsWith("/") ? [] : source.slice(0, slash + 1).split("/");
  const out: string[] = [];
  for (const seg of [...base, ...t.split("/")]) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** The relationships part of a source part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(sourcePart: string): string {
  const source = sourcePart.replace(/\\/g, "/");
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export interface RelsOptions {
  /** The rels part when it is not where relsPartOf puts it. */
  relsPart?: string;
  /**
   * A relationship without Id or Target: refused as CORRUPT (the reader, the default), or kept
   * with "" for what is missing (the writer: a flaw the user's file already had is not ours to
   * refuse, and every part it does not change is carried as it was).
   */
  incomplete?: "refuse" | "keep";
}

/**
 * The relationships of `sourcePart` ("" for the package); none when the part has no rels. The one
 * reader of rels parts: the reader reads them from the zip, the writer from the package it writes.
 */
export function readRels(src: PartSource, sourcePart: string, options: RelsOptions = {}): Rel[] {
  const relsPart = options.relsPart ?? relsPartOf(sourcePart);
  const found = src.find(relsPart);
  if (found === undefined) return [];
  const out: Rel[] = [];
  src.parse(found, {
    open: (local, tag) => {
      if (local !== "Relationship") return;
      let target = attr(tag, "Target");
      let id = attr(tag, "Id");
      if (target === undefined || id === undefined) {
        if (options.incomplete !== "keep")
          throw new PackageError("CORRUPT", relsPart, "a relationship without Id or Target");
        target ??= "";
        id ??= "";
      }
      const external = attr(tag, "TargetMode") === "External";
      out.push({
        id,
        type: attr(tag, "Type") ?? "",
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return out;
}
