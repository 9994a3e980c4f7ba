// [Content_Types].xml: every part needs a content type (an Override for the part, or a Default
// for its extension); a part without one makes Excel offer to repair the file.
import { PackageError } from "../base/errors";
import { CT_PATH, type OoxmlPackage } from "./opc";
import {
  appendInside,
  applySplices,
  attrLocal,
  escapeXml,
  findElements,
  fitMarkup,
  rootOf,
} from "./xml";

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
};

function ctXml(pkg: OoxmlPackage): string {
  const xml = pkg.text(CT_PATH);
  if (xml === undefined) throw new PackageError("CORRUPT", CT_PATH, "the part is missing");
  return xml;
}

/** The content type of a part, or undefined when it has none. */
export function contentTypeOf(pkg: OoxmlPackage, part: string): string | undefined {
  return contentTypeIn(ctXml(pkg), part);
}

/** The content type [Content_Types].xml (given as text) declares for a part. */
export function contentTypeIn(xml: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  for (const el of findElements(xml, "Override")) {
    if ((attrLocal(el, "PartName") ?? "").toLowerCase() === name)
      return attrLocal(el, "ContentType");
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const el of findElements(xml, "Default")) {
    if ((attrLocal(el, "Extension") ?? "").toLowerCase() === ext)
      return attrLocal(el, "ContentType");
  }
  return undefined;
}

/** Appends entries (written unprefixed) at the end of <Types>, fitted to its namespace. */
function appendEntries(xml: string, markup: string): string {
  const root = rootOf(xml);
  return applySplices(xml, appendInside(root, fitMarkup(markup, root.scope, root.uri)));
}

/** Gives parts an Override each (after removing any Override they had). */
export function setOverrides(pkg: OoxmlPackage, parts: { part: string; type: string }[]): void {
  removeOverrides(
    pkg,
    parts.map((p) => p.part)
  );
  const text = parts
    .map((p) => `<Override PartName="/${escapeXml(p.part)}" ContentType="${p.type}"/>`)
    .join("");
  pkg.setText(CT_PATH, appendEntries(ctXml(pkg), text));
}

export function removeOverrides(pkg: OoxmlPackage, parts: string[]): void {
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const xml = ctXml(pkg);
  const gone = findElements(xml, "Override").filter((el) =>
    names.has((attrLocal(el, "PartName") ?? "").toLowerCase())
  );
  if (gone.length === 0) return;
  let out = xml;
  for (const el of gone.reverse()) out = out.slice(0, el.start) + out.slice(el.end);
  pkg.setText(CT_PATH, out);
}

/** Adds a Default for an extension unless one exists (before the first entry, as Excel orders them). */
export function ensureDefault(pkg: OoxmlPackage, ext: string, type: string): void {
  const xml = ctXml(pkg);
  const has = findElements(xml, "Default").some(
    (el) => (attrLocal(el, "Extension") ?? "").toLowerCase() === ext.toLowerCase()
  );
  if (has) return;
  const root = rootOf(xml);
  const text = fitMarkup(
    `<Default Extension="${ext}" ContentType="${type}"/>`,
    root.scope,
    root.uri
  );
  const first = findElements(xml, "Default")[0] ?? findElements(xml, "Override")[0];
  pkg.setText(
    CT_PATH,
    first ? applySplices(xml, [{ at: first.start, remove: 0, text }]) : appendEntries(xml, text)
  );
}
