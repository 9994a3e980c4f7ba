// Reads what the ownership decision needs from a package: sheets (with their parts), defined
// names with resolved targets (in a file a definedName is always A1 style, whatever the user's
// reference style), and tables (workbook-wide names and ids).
import { PackageError } from "../base/errors";
import type { WorkbookFacts } from "../../core/overview";
import { nameTarget } from "../read/findSheet";
import { readRels, REL, type OoxmlPackage } from "./opc";
import { attrLocal, findElement, findElements, unescapeXml, type XmlElement } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet (or chartsheet) part. */
  part?: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Position in <sheets> (what a definedName's localSheetId counts). */
  index: number;
}

export interface DefinedNameInfo {
  name: string;
  localSheetId?: number;
  text: string;
  comment?: string;
  el: XmlElement;
}

export interface TableInfo {
  name: string;
  id: number;
  part: string;
  sheet: string;
}

export interface WorkbookInfo {
  workbookPart: string;
  xml: string;
  sheets: SheetEntry[];
  names: DefinedNameInfo[];
  tables: TableInfo[];
}

export const REL_TYPES = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  customXml: `${REL}/customXml`,
  customXmlProps: `${REL}/customXmlProps`,
};

/**
 * The workbook part as the reader finds it: the package's officeDocument relationship, else the
 * usual name when the package has no such relationship (a few writers leave it out).
 */
export function workbookPartOf(pkg: OoxmlPackage): string {
  const rel = readRels(pkg, "").find((r) => r.type.endsWith("/officeDocument") && r.part);
  if (rel?.part && pkg.has(rel.part)) return rel.part;
  const usual = pkg.actualName("xl/workbook.xml");
  if (!rel && pkg.has(usual)) return usual;
  throw new PackageError("NO_WORKBOOK", undefined, "no workbook part");
}

function readSheets(pkg: OoxmlPackage, wbPart: string, xml: string): SheetEntry[] {
  const rels = readRels(pkg, wbPart);
  return findElements(xml, "sheet").map((el, index) => {
    const relId = attrLocal(el, "id") ?? "";
    const state = attrLocal(el, "state");
    const part = rels.find((r) => r.id === relId)?.part;
    return {
      name: attrLocal(el, "name") ?? "",
      sheetId: Number(attrLocal(el, "sheetId") ?? 0),
      relId,
      ...(part !== undefined ? { part } : {}),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      index,
    };
  });
}

function readNames(xml: string): DefinedNameInfo[] {
  return findElements(xml, "definedName").map((el) => {
    const local = attrLocal(el, "localSheetId");
    const comment = attrLocal(el, "comment");
    return {
      name: attrLocal(el, "name") ?? "",
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      text: unescapeXml(xml.slice(el.innerStart, el.innerEnd)),
      ...(comment !== undefined ? { comment } : {}),
      el,
    };
  });
}

function readTables(pkg: OoxmlPackage, sheets: SheetEntry[]): TableInfo[] {
  const out: TableInfo[] = [];
  for (const s of sheets) {
    if (!s.part) continue;
    for (const r of readRels(pkg, s.part)) {
      if (r.type !== REL_TYPES.table || !r.part) continue;
      const xml = pkg.text(r.part);
      const el = xml !== undefined ? findElement(xml, "table") : undefined;
      if (!el) continue;
      const name = attrLocal(el, "displayName") ?? attrLocal(el, "name") ?? "";
      out.push({ name, id: Number(attrLocal(el, "id") ?? 0), part: r.part, sheet: s.name });
    }
  }
  return out;
}

export function readWorkbook(pkg: OoxmlPackage): WorkbookInfo {
  const workbookPart = workbookPartOf(pkg);
  const xml = pkg.text(workbookPart) ?? "";
  const sheets = readSheets(pkg, workbookPart, xml);
  return { workbookPart, xml, sheets, names: readNames(xml), tables: readTables(pkg, sheets) };
}

/** The neutral facts for decideOwnership. */
export function workbookFacts(info: WorkbookInfo): WorkbookFacts {
  return {
    sheets: info.sheets.map((s) => ({ name: s.name, visibility: s.state })),
    names: info.names.map((n) => {
      const scope = n.localSheetId !== undefined ? info.sheets[n.localSheetId]?.name : undefined;
      return {
        name: n.name,
        ...(scope !== undefined ? { scope } : {}),
        target: nameTarget(n.text),
        ...(n.comment !== undefined ? { comment: n.comment } : {}),
      };
    }),
    tables: info.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
  };
}
