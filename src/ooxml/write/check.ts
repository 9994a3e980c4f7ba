// The check every copy passes before it is saved: what we wrote must not be what makes Excel call
// a file corrupt. Every part we added or changed is well-formed XML with every prefix bound (read
// by saxes, the reader's parser; the overview sheet, generated whole from typed data, is
// well-formed by construction and tested as such, see OoxmlPackage.setBuiltText); every
// relationship we wrote points at a part that is there, and no relationship points at a part we
// removed; every part has a content type; sheet names and ids, table names and ids and defined
// names are unique. Parts we carried over unchanged are not judged again (a flaw the user's file
// already had is not ours to refuse), so the big sheets of a workbook are never re-parsed.
import { strFromU8 } from "fflate";
import { PackageError } from "../base/errors";
import { readRels, relsPartOf, type Rel } from "../base/rels";
import type { PartSource } from "../base/xmlStream";
import { xmlFault } from "../base/xmlTree";
import { CT_PATH, packageRels, type OoxmlPackage } from "./opc";
import { readTables, readWorkbookModel, workbookPartOf } from "../read/workbookModel";
import { attrLocal, findElements } from "./xml";

export interface CopyProblem {
  part: string;
  detail: string;
}

const XML_PART = /\.(xml|rels|vml)$/i;

/** Every part's content type, from the Overrides and the Defaults by extension. */
function contentTypes(xml: string | undefined): (part: string) => string | undefined {
  if (xml === undefined) return () => undefined;
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const el of findElements(xml, "Override"))
    overrides.set(
      (attrLocal(el, "PartName") ?? "").toLowerCase(),
      attrLocal(el, "ContentType") ?? ""
    );
  for (const el of findElements(xml, "Default"))
    defaults.set(
      (attrLocal(el, "Extension") ?? "").toLowerCase(),
      attrLocal(el, "ContentType") ?? ""
    );
  return (part) =>
    overrides.get(`/${part}`.toLowerCase()) ??
    defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
}

function xmlProblems(pkg: OoxmlPackage, touched: string[]): CopyProblem[] {
  const out: CopyProblem[] = [];
  for (const part of touched) {
    if ((!XML_PART.test(part) && part !== CT_PATH) || pkg.isBuilt(part)) continue;
    const fault = xmlFault(pkg.text(part) ?? "");
    if (fault) out.push({ part, detail: fault });
  }
  return out;
}

function typeProblems(pkg: OoxmlPackage, touched: Set<string>): CopyProblem[] {
  if (!touched.has(CT_PATH) && ![...touched].some((p) => !pkg.hadPart(p))) return [];
  const now = contentTypes(pkg.text(CT_PATH));
  const ct = pkg.originalBytes(CT_PATH);
  const before = contentTypes(ct && strFromU8(ct));
  return pkg
    .names()
    .filter((p) => p !== CT_PATH && !now(p) && (touched.has(p) || before(p) !== undefined))
    .map((part) => ({ part, detail: "no content type" }));
}

/** The source part of a rels part ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"). */
function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart.replace(/\\/g, "/"));
  return m ? `${m[1]}${m[2]}` : "";
}

/** A rels part's relationships as the input held it (none when it is new). */
function relsAsRead(pkg: OoxmlPackage, source: string, relsPart: string): Rel[] {
  if (!pkg.hadPart(relsPart)) return [];
  return readRels(pkg.asReadSource(), source, { relsPart, incomplete: "keep" });
}

function relProblems(pkg: OoxmlPackage, touched: string[]): CopyProblem[] {
  const out: CopyProblem[] = [];
  const removed = new Set(pkg.removed());
  const relsParts = pkg.names().filter((n) => /(^|[/\\])_rels[/\\][^/\\]*\.rels$/.test(n));
  const changed = new Set(touched);
  for (const relsPart of relsParts) {
    if (!changed.has(relsPart) && removed.size === 0) continue;
    const source = sourceOf(relsPart);
    if (source && relsPart !== pkg.actualName(relsPartOf(source))) continue;
    const rels = packageRels(pkg, source);
    const missingBefore = new Set(
      relsAsRead(pkg, source, relsPart)
        .filter((r) => !r.external && !pkg.hadPart(pkg.actualName(r.target)))
        .map((r) => r.target)
    );
    for (const r of rels) {
      if (!r.part || pkg.has(r.part) || missingBefore.has(r.part)) continue;
      out.push({ part: relsPart, detail: `${r.id} points at ${r.part}, which is not there` });
    }
    const ids = rels.map((r) => r.id);
    if (changed.has(relsPart) && new Set(ids).size !== ids.length)
      out.push({ part: relsPart, detail: "two relationships share an id" });
  }
  return out;
}

function duplicates(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of list.map((s) => s.toLowerCase())) {
    if (seen.has(n)) out.push(n);
    seen.add(n);
  }
  return out;
}

/** What must be unique in a workbook, each list labelled. */
function idLists(pkg: PartSource): [string, string[]][] {
  const info = readWorkbookModel(pkg);
  const tables = readTables(pkg, info);
  return [
    ["sheet name", info.sheets.map((s) => s.name)],
    ["sheetId", info.sheets.map((s) => String(s.sheetId))],
    ["table name", tables.map((t) => t.name)],
    ["table id", tables.map((t) => String(t.id))],
    ["defined name", info.names.map((n) => `${n.localSheetId ?? "workbook"}!${n.name}`)],
  ];
}

function idProblems(pkg: OoxmlPackage, workbookPart: string): CopyProblem[] {
  const found = idLists(pkg).flatMap(([what, list]) => duplicates(list).map((d) => `${what} ${d}`));
  if (found.length === 0) return [];
  // Only duplicates the original did not have already are ours.
  const before = new Set(
    idLists(pkg.asReadSource()).flatMap(([what, list]) =>
      duplicates(list).map((d) => `${what} ${d}`)
    )
  );
  return found
    .filter((d) => !before.has(d))
    .map((detail) => ({ part: workbookPart, detail: `duplicate ${detail}` }));
}

/** Everything in the copy that would make Excel call it corrupt and that we caused. */
export function copyProblems(pkg: OoxmlPackage): CopyProblem[] {
  const touched = pkg.touched();
  const xml = xmlProblems(pkg, touched);
  // A part that is not XML cannot be asked about its relationships or names.
  if (xml.length) return xml;
  return [
    ...typeProblems(pkg, new Set(touched)),
    ...relProblems(pkg, touched),
    ...(touched.length ? idProblems(pkg, workbookPartOf(pkg)) : []),
  ];
}

/** The copy as zip bytes, once it passes the check; else PackageError COPY_INVALID naming the part. */
export function checkedZip(pkg: OoxmlPackage): Uint8Array {
  const problems = copyProblems(pkg);
  if (problems.length) {
    const p = problems[0];
    throw new PackageError(
      "COPY_INVALID",
      p.part,
      problems.map((q) => `${q.part}: ${q.detail}`).join("; ")
    );
  }
  return pkg.toZip();
}
