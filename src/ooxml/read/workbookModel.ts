// The workbook model: one description of a package for the reader and the writer. Every sheet in
// <sheets> in order (what a definedName's localSheetId counts, chart sheets included) with its
// sheetId, relationship id and part; the defined names with their scope; the workbook's
// relationships; the tables with their ids. Read through a PartSource: the zip as stored, or a
// package being written (the writer's check reads the model of the copy again).
import { PackageError } from "../base/errors";
import { readRels, type Rel } from "../base/rels";
import { attr, attrNs, type PartSource } from "../base/xmlStream";

export interface SheetEntry {
  name: string;
  /** As written (gaps and all: a new sheet takes the largest + 1, never the count + 1). */
  sheetId: number;
  /** Its relationship's id in the workbook's rels (r:id). */
  relId: string;
  /** The sheet's part as the package stores it (undefined: the relationship is missing). */
  part?: string;
  /** Worksheets hold a grid; chart sheets, macro sheets and dialog sheets do not. */
  kind: "worksheet" | "other";
  visibility: "visible" | "hidden" | "veryHidden";
  /** Position in <sheets>. */
  index: number;
}

export interface DefinedName {
  name: string;
  /** Sheet the name is scoped to (by name); undefined = workbook scope. */
  scope?: string;
  /** The scope as written: a position in <sheets>. */
  localSheetId?: number;
  /** The formula as stored, without "=". */
  formula: string;
  comment?: string;
}

export interface TableEntry {
  /** The name users see and formulas use (displayName; name when a writer left it out). */
  name: string;
  id: number;
  part: string;
  sheet: string;
}

export interface WorkbookModel {
  workbookPart: string;
  date1904: boolean;
  /**
   * calcPr fullCalcOnLoad: the writer asks Excel to calculate every formula on opening, so the
   * results it stored may be placeholders (XlsxWriter stores 0 for each formula it is not given).
   */
  recalcOnLoad: boolean;
  /** The sheet Excel opens on (the first workbookView's activeTab: a position in <sheets>). */
  activeTab: number;
  sheets: SheetEntry[];
  names: DefinedName[];
  /** The workbook part's relationships (sheets, styles, shared strings, custom XML, …). */
  rels: Rel[];
}

const endsWithType = (rel: Rel, type: string): boolean => rel.type.endsWith(`/${type}`);

/**
 * The workbook part: the package's officeDocument relationship, else xl/workbook.xml when the
 * package names none (a few writers leave it out). Undefined when neither holds, with the target
 * the relationship names (the reader tells an .xlsb or another Office file from it).
 */
export function findWorkbookPart(src: PartSource): { part?: string; target?: string } {
  const rels = readRels(src, "");
  const target = rels.find((r) => endsWithType(r, "officeDocument") && !r.external)?.target;
  if (target !== undefined) {
    const part = /\.xml$/i.test(target) ? src.find(target) : undefined;
    return part !== undefined ? { part, target } : { target };
  }
  const usual = src.find("xl/workbook.xml");
  return usual !== undefined ? { part: usual } : {};
}

/** The workbook part, found as findWorkbookPart finds it; NO_WORKBOOK when there is none. */
export function workbookPartOf(src: PartSource): string {
  const part = findWorkbookPart(src).part;
  if (part === undefined) throw new PackageError("NO_WORKBOOK", undefined, "no workbook part");
  return part;
}

/** The model of the workbook at `workbookPart` (default: found as the reader finds it). */
export function readWorkbookModel(src: PartSource, workbookPart?: string): WorkbookModel {
  const part = workbookPart ?? workbookPartOf(src);
  const rels = readRels(src, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const model: WorkbookModel = {
    workbookPart: part,
    date1904: false,
    recalcOnLoad: false,
    activeTab: 0,
    sheets: [],
    names: [],
    rels,
  };
  let within = "";
  let name: DefinedName | undefined;
  let seenView = false;
  src.parse(part, {
    open: (local, tag) => {
      if (local === "sheets" || local === "definedNames") within = local;
      else if (local === "workbookPr") {
        const v = attr(tag, "date1904");
        model.date1904 = v === "1" || v === "true";
      } else if (local === "workbookView" && !seenView) {
        seenView = true;
        model.activeTab = Number(attr(tag, "activeTab") ?? 0) || 0;
      } else if (local === "calcPr") {
        const v = attr(tag, "fullCalcOnLoad");
        model.recalcOnLoad = v === "1" || v === "true";
      } else if (local === "sheet" && within === "sheets") {
        const rel = byId.get(attrNs(tag, "id") ?? "");
        const state = attr(tag, "state");
        const internal = rel !== undefined && !rel.external;
        const part = internal ? (src.find(rel.target) ?? rel.target) : undefined;
        model.sheets.push({
          name: attr(tag, "name") ?? "",
          sheetId: Number(attr(tag, "sheetId") ?? 0),
          relId: attrNs(tag, "id") ?? "",
          ...(part !== undefined ? { part } : {}),
          kind: internal && endsWithType(rel, "worksheet") ? "worksheet" : "other",
          visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
          index: model.sheets.length,
        });
      } else if (local === "definedName" && within === "definedNames") {
        const local = attr(tag, "localSheetId");
        const comment = attr(tag, "comment");
        name = {
          name: attr(tag, "name") ?? "",
          ...(local !== undefined ? { localSheetId: Number(local) } : {}),
          formula: "",
          ...(comment !== undefined ? { comment } : {}),
        };
        model.names.push(name);
      }
    },
    text: (t) => {
      if (name) name.formula += t;
    },
    close: (local) => {
      if (local === "definedName") name = undefined;
      else if (local === within) within = "";
    },
  });
  for (const n of model.names) {
    const scope = n.localSheetId !== undefined ? model.sheets[n.localSheetId]?.name : undefined;
    if (scope !== undefined) n.scope = scope;
  }
  return model;
}

/** The workbook's own part of one relationship type (shared strings, styles), if it has one. */
export function workbookPartOfType(
  src: PartSource,
  model: WorkbookModel,
  type: string
): string | undefined {
  const rel = model.rels.find((r) => endsWithType(r, type) && !r.external);
  return rel && src.find(rel.target);
}

/** Every table of every sheet (tableParts through each sheet's relationships), with its id. */
export function readTables(src: PartSource, model: WorkbookModel): TableEntry[] {
  const out: TableEntry[] = [];
  for (const s of model.sheets) {
    if (s.part === undefined || src.find(s.part) === undefined) continue;
    for (const r of readRels(src, s.part)) {
      const part = !r.external && endsWithType(r, "table") ? src.find(r.target) : undefined;
      if (part === undefined) continue;
      src.parse(part, {
        open: (local, tag) => {
          if (local !== "table") return;
          const name = attr(tag, "displayName") ?? attr(tag, "name") ?? "";
          out.push({ name, id: Number(attr(tag, "id") ?? 0), part, sheet: s.name });
        },
      });
    }
  }
  return out;
}
