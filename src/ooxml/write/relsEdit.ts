// Adding relationships to a part, and removing one: appended to its rels part, fitted to that part's namespace
// bindings, or a new rels part, which then needs a content type too (a package may declare every
// part by Override, with no Default for the .rels extension).
import { relsPartOf } from "../base/rels";
import { contentTypeOf, CT, ensureDefault } from "./contentTypes";
import { PKG_REL, type OoxmlPackage } from "./opc";
import { appendInside, applySplices, attrLocal, escapeXml, fitMarkup, rootOf } from "./xml";
import { parseXml } from "../base/xmlTree";

/** Appends relationships to a source's rels part (created when missing); ids as given. */
export function addRels(
  pkg: OoxmlPackage,
  source: string,
  rels: { id: string; type: string; target: string }[]
): void {
  // The rels part as the package stores it (letter case, backslashes), else a new one.
  const path = pkg.actualName(relsPartOf(source));
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  const old = pkg.text(path);
  if (old === undefined) {
    pkg.setText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items}</Relationships>`
    );
    if (!contentTypeOf(pkg, path)) ensureDefault(pkg, "rels", CT.relationships);
    return;
  }
  const root = rootOf(old);
  pkg.setText(path, applySplices(old, appendInside(root, fitMarkup(items, root.scope, root.uri))));
}

/**
 * Removes the first relationship with this Id and Type from a source's rels part (matched as
 * base/rels reads them: a Relationship element whatever its prefix), the rest byte for byte.
 */
export function removeRel(
  pkg: OoxmlPackage,
  source: string,
  rel: { id: string; type: string }
): void {
  const path = pkg.actualName(relsPartOf(source));
  const xml = pkg.text(path);
  if (xml === undefined) return;
  const el = parseXml(xml, path).elements.find(
    (e) =>
      e.local === "Relationship" &&
      (attrLocal(e, "Id") ?? "") === rel.id &&
      (attrLocal(e, "Type") ?? "") === rel.type
  );
  if (el) pkg.setText(path, xml.slice(0, el.start) + xml.slice(el.end));
}
