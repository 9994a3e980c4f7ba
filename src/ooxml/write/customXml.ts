// Add or replace a custom XML part in a package (the approved baseline lives in one): the item, its
// item properties (a GUID and the schema reference), the item's relationship to them, and the
// workbook's relationship to the item. An existing item with the same root namespace is replaced
// in place (its bytes only); nothing else in the package changes.
import { asPackageError } from "../base/errors";
import { checkedZip } from "./check";
import { decodeXml } from "../read/baselinePart";
import { CT, ensureDefault, setOverrides } from "./contentTypes";
import { workbookPartOf } from "../read/workbookModel";
import { addRels } from "./relsEdit";
import { freeRelId, OoxmlPackage, packageRels, relativeTarget, REL_TYPES } from "./opc";
import { relsPartOf } from "../base/rels";
import { rootOf } from "./xml";

const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/** The namespace of a document's root element ("" when it has none, or it is not XML). */
export function rootNamespace(xml: string): string {
  try {
    return rootOf(xml).uri;
  } catch {
    return "";
  }
}

function newGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const id =
    c?.randomUUID?.() ??
    "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
      const r = Math.floor(Math.random() * 16);
      return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
    });
  return `{${id.toUpperCase()}}`;
}

/** The workbook's custom XML items whose root element is in `namespace`. */
export function findCustomXmlParts(pkg: OoxmlPackage, namespace: string): string[] {
  return packageRels(pkg, workbookPartOf(pkg))
    .filter((r) => r.type === REL_TYPES.customXml && r.part && pkg.has(r.part))
    .map((r) => r.part as string)
    .filter((part) => rootNamespace(decodeXml(pkg.bytes(part) as Uint8Array)) === namespace);
}

function itemPropsXml(itemId: string, namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${DS}"><ds:schemaRefs>` +
    (namespace ? `<ds:schemaRef ds:uri="${namespace.replace(/"/g, "&quot;")}"/>` : "") +
    `</ds:schemaRefs></ds:datastoreItem>`
  );
}

/**
 * Puts `xml` into the package as the custom XML part for its root namespace: replaces the bytes of
 * the first existing one, or adds a new item. Returns the item's part name.
 */
export function setCustomXmlPart(pkg: OoxmlPackage, xml: string): string {
  const namespace = rootNamespace(xml);
  const existing = findCustomXmlParts(pkg, namespace);
  if (existing.length > 0) {
    pkg.setText(existing[0], xml);
    return existing[0];
  }
  const workbookPart = workbookPartOf(pkg);
  const item = pkg.freeName("customXml/item", ".xml");
  const n = item.slice("customXml/item".length, -".xml".length);
  let props = `customXml/itemProps${n}.xml`;
  if (pkg.has(props)) props = pkg.freeName("customXml/itemProps", ".xml");
  pkg.setText(item, xml);
  pkg.setText(props, itemPropsXml(newGuid(), namespace));
  pkg.delete(relsPartOf(item));
  addRels(pkg, item, [
    { id: "rId1", type: REL_TYPES.customXmlProps, target: relativeTarget(item, props) },
  ]);
  addRels(pkg, workbookPart, [
    {
      id: freeRelId(packageRels(pkg, workbookPart)),
      type: REL_TYPES.customXml,
      target: relativeTarget(workbookPart, item),
    },
  ]);
  ensureDefault(pkg, "xml", "application/xml");
  setOverrides(pkg, [{ part: props, type: CT.customXmlProps }]);
  return item;
}

/** Bytes in, bytes out: a copy of the workbook with the custom XML part added or replaced. */
export function setCustomXmlPartInCopy(input: Uint8Array, xml: string): Uint8Array {
  return asPackageError(() => {
    const pkg = OoxmlPackage.fromZip(input);
    setCustomXmlPart(pkg, xml);
    return checkedZip(pkg);
  });
}
