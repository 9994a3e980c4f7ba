// Edits to xl/workbook.xml at known elements: append our <sheet> to <sheets>, remove our defined
// names and append the new ones. Every other byte of the part stays as it was.
import { PackageError } from "../base/errors";
import type { NameRef } from "../../core/overview";
import type { WorkbookInfo } from "./facts";
import { applySplices, escapeXml, findElement, prefixOf, type Splice } from "./xml";

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

/** The r: prefix the workbook binds to the relationships namespace (usually "r"). */
function relPrefix(xml: string): string {
  const m =
    /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      xml
    );
  return m ? m[1] : "r";
}

function nameXml(p: string, n: NewName): string {
  const local = n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : "";
  const hidden = n.hidden ? ' hidden="1"' : "";
  return `<${p}definedName name="${escapeXml(n.name)}"${local}${hidden}>${escapeXml(n.formula)}</${p}definedName>`;
}

export function editWorkbook(info: WorkbookInfo, edit: WorkbookEdit): string {
  const xml = info.xml;
  const root = findElement(xml, "workbook");
  const sheets = findElement(xml, "sheets");
  if (!root || !sheets) throw new PackageError("CORRUPT", info.workbookPart, "no <sheets>");
  const p = prefixOf(root);
  const splices: Splice[] = [];
  if (edit.addSheet) {
    const s = edit.addSheet;
    const el = `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${relPrefix(xml)}:id="${s.relId}"/>`;
    splices.push({ at: sheets.innerEnd, remove: 0, text: el });
  }
  const scopeOf = (localSheetId: number | undefined): string | undefined =>
    localSheetId === undefined ? undefined : info.sheets[localSheetId]?.name;
  for (const n of info.names) {
    const scope = scopeOf(n.localSheetId);
    const drop = edit.dropNames.some(
      (d) =>
        same(d.name, n.name) &&
        (d.scope === undefined ? scope === undefined : scope !== undefined && same(d.scope, scope))
    );
    if (drop) splices.push({ at: n.el.start, remove: n.el.end - n.el.start, text: "" });
  }
  const added = edit.addNames.map((n) => nameXml(p, n)).join("");
  const names = findElement(xml, "definedNames");
  if (names && names.innerStart !== names.end) {
    splices.push({ at: names.innerEnd, remove: 0, text: added });
  } else if (names) {
    splices.push({
      at: names.start,
      remove: names.end - names.start,
      text: `<${p}definedNames>${added}</${p}definedNames>`,
    });
  } else if (added) {
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr, …
    const after =
      findElement(xml, "externalReferences") ?? findElement(xml, "functionGroups") ?? sheets;
    splices.push({
      at: after.end,
      remove: 0,
      text: `<${p}definedNames>${added}</${p}definedNames>`,
    });
  }
  return applySplices(xml, splices);
}
