// Edits to xl/workbook.xml at known elements: append our <sheet> to <sheets>, remove our defined
// names and append the new ones, each with prefixes bound where it lands (a workbook may bind the
// relationships prefix on each <sheet>, or use x: for the main namespace). Every other byte stays.
import { PackageError } from "../base/errors";
import type { NameRef } from "../../core/overview";
import type { WorkbookModel } from "../read/workbookModel";
import { REL } from "./opc";
import {
  appendInside,
  applySplices,
  attrLocal,
  escapeXml,
  findElement,
  findElements,
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

/** Our names to drop: same name and scope (localSheetId counts the model's sheets) as listed. */
function dropSplices(xml: string, model: WorkbookModel, drop: NameRef[]): Splice[] {
  if (drop.length === 0) return [];
  const out: Splice[] = [];
  for (const el of findElements(xml, "definedName")) {
    const local = attrLocal(el, "localSheetId");
    const scope = local === undefined ? undefined : model.sheets[Number(local)]?.name;
    const name = attrLocal(el, "name") ?? "";
    const hit = drop.some(
      (d) =>
        same(d.name, name) &&
        (d.scope === undefined ? scope === undefined : scope !== undefined && same(d.scope, scope))
    );
    if (hit) out.push({ at: el.start, remove: el.end - el.start, text: "" });
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

/** workbook.xml (as `xml`) with the edit; `model` is the package's model it was read into. */
export function editWorkbook(xml: string, model: WorkbookModel, edit: WorkbookEdit): string {
  const root = rootOf(xml);
  const sheets = findElement(xml, "sheets");
  if (root.local !== "workbook" || !sheets)
    throw new PackageError("CORRUPT", model.workbookPart, "no <sheets>");
  const splices: Splice[] = [];
  if (edit.addSheet) {
    const s = edit.addSheet;
    const el = `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" r:id="${s.relId}"/>`;
    splices.push(...appendInside(sheets, fitMarkup(el, sheets.scope, root.uri, { r: REL })));
  }
  splices.push(...dropSplices(xml, model, edit.dropNames));
  splices.push(...addNameSplices(xml, root, sheets, edit.addNames));
  return applySplices(xml, splices);
}
