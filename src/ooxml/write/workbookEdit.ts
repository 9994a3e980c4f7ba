// Edits to xl/workbook.xml at known elements: append our <sheet> to <sheets>, remove our defined
// names and append the new ones, each with prefixes bound where it lands (a workbook may bind the
// relationships prefix on each <sheet>, or use x: for the main namespace). Every other byte stays.
import { PackageError } from "../base/errors";
import type { NameRef } from "../../core/overview";
import type { WorkbookInfo } from "./facts";
import { REL } from "./opc";
import {
  appendInside,
  applySplices,
  escapeXml,
  findElement,
  fitMarkup,
  rootOf,
  type Splice,
  type XmlElement,
} from "./xml";

export interface NewName {
  name: string;
  formula: string;
  hidden?: boolean;
  localSheetId?: number;
}

export interface WorkbookEdit {
  /** A sheet to append: name, sheetId and its relationship id in workbook.xml.rels. */
  addSheet?: { name: string; sheetId: number; relId: string };
  dropNames: NameRef[];
  addNames: NewName[];
}

const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

function nameXml(n: NewName): string {
  const local = n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : "";
  const hidden = n.hidden ? ' hidden="1"' : "";
  return `<definedName name="${escapeXml(n.name)}"${local}${hidden}>${escapeXml(n.formula)}</definedName>`;
}

/** Our names to drop: same name and scope as one the decision lists. */
function dropSplices(info: WorkbookInfo, drop: NameRef[]): Splice[] {
  const scopeOf = (localSheetId: number | undefined): string | undefined =>
    localSheetId === undefined ? undefined : info.sheets[localSheetId]?.name;
  const out: Splice[] = [];
  for (const n of info.names) {
    const scope = scopeOf(n.localSheetId);
    const hit = drop.some(
      (d) =>
        same(d.name, n.name) &&
        (d.scope === undefined ? scope === undefined : scope !== undefined && same(d.scope, scope))
    );
    if (hit) out.push({ at: n.el.start, remove: n.el.end - n.el.start, text: "" });
  }
  return out;
}

/**
 * New names into <definedNames> (opened when it is `<definedNames/>`), or a new <definedNames>
 * where CT_Workbook wants it: after sheets, functionGroups and externalReferences.
 */
function addNameSplices(
  xml: string,
  root: XmlElement,
  sheets: XmlElement,
  names: NewName[]
): Splice[] {
  if (names.length === 0) return [];
  const ns = root.uri;
  const container = findElement(xml, "definedNames");
  if (container)
    return appendInside(container, fitMarkup(names.map(nameXml).join(""), container.scope, ns));
  const after =
    findElement(xml, "externalReferences") ?? findElement(xml, "functionGroups") ?? sheets;
  const markup = `<definedNames>${names.map(nameXml).join("")}</definedNames>`;
  return [{ at: after.end, remove: 0, text: fitMarkup(markup, root.scope, ns) }];
}

export function editWorkbook(info: WorkbookInfo, edit: WorkbookEdit): string {
  const xml = info.xml;
  const root = rootOf(xml);
  const sheets = findElement(xml, "sheets");
  if (root.local !== "workbook" || !sheets)
    throw new PackageError("CORRUPT", info.workbookPart, "no <sheets>");
  const splices: Splice[] = [];
  if (edit.addSheet) {
    const s = edit.addSheet;
    const el = `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" r:id="${s.relId}"/>`;
    splices.push(...appendInside(sheets, fitMarkup(el, sheets.scope, root.uri, { r: REL })));
  }
  splices.push(...dropSplices(info, edit.dropNames));
  splices.push(...addNameSplices(xml, root, sheets, edit.addNames));
  return applySplices(xml, splices);
}
