// The workbook package as the engine needs it: the sheet list, shared strings, the date styles and
// the sheets asked for, found through the relationships (never by assumed part names). Nothing
// else is parsed: data validations, drawings, pivots and the rest stay compressed. No Node I/O.
import type { Grid } from "../../core";
import { asPackageError, PackageError } from "../base/errors";
import { readRels, relsPartOf, type Rel } from "../base/rels";
import { gridFromSheetPart, type SheetStats } from "./sheet";
import { readSharedStrings, readDateStyles } from "./cellLookups";
import { attr, attrNs, parsePart } from "../base/xmlStream";
import {
  openZip,
  sniffContainer,
  type ZipArchive,
  type ZipEntry,
  type ZipLimits,
} from "../base/zip";

export interface SheetInfo {
  name: string;
  /** The sheet's part, resolved through the workbook's relationships. */
  part: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export interface DefinedName {
  name: string;
  /** Sheet the name is scoped to (by name); undefined = workbook scope. */
  scope?: string;
  /** The formula as stored, without "=". */
  formula: string;
}

export interface SheetRead extends SheetStats {
  grid: Grid;
}

const endsWithType = (rel: Rel, type: string): boolean => rel.type.endsWith(`/${type}`);

function entryOrThrow(zip: ZipArchive, part: string): ZipEntry {
  const e = zip.get(part);
  if (!e) throw new PackageError("CORRUPT", part, "the part is missing");
  return e;
}

/** What a zip holds when it is no workbook: an .ods, an .xlsb, a .docx, or just an archive. */
function notAWorkbook(zip: ZipArchive, officeDoc: string | undefined): PackageError {
  const mime = zip.get("mimetype");
  if (mime && zip.readText(mime).includes("opendocument.spreadsheet"))
    return new PackageError("ODS");
  if (officeDoc && /\.bin$/i.test(officeDoc)) return new PackageError("XLSB", officeDoc);
  if (zip.get("content.xml") && zip.get("META-INF/manifest.xml")) return new PackageError("ODS");
  if (officeDoc || zip.get("word/document.xml") || zip.get("ppt/presentation.xml")) {
    return new PackageError("OTHER_OFFICE", officeDoc);
  }
  return new PackageError("NO_WORKBOOK");
}

/** The workbook part: the package's officeDocument relationship, else the usual name. */
function findWorkbookPart(zip: ZipArchive): string {
  const rels = zip.get("_rels/.rels") ? readRels(zip, "", "_rels/.rels") : [];
  const office = rels.find((r) => endsWithType(r, "officeDocument") && !r.external);
  const target = office?.target;
  if (target && zip.get(target) && /\.xml$/i.test(target)) {
    if (zip.get("word/document.xml") && !/workbook/i.test(target)) throw notAWorkbook(zip, target);
    return target;
  }
  if (!target && zip.get("xl/workbook.xml")) return "xl/workbook.xml";
  throw notAWorkbook(zip, target);
}

export class WorkbookPackage {
  readonly sheets: SheetInfo[] = [];
  readonly names: DefinedName[] = [];
  date1904 = false;
  private sharedStrings: string[] | undefined;
  private dateStyles: boolean[] | undefined;
  private readonly rels: Rel[];

  constructor(
    private readonly zip: ZipArchive,
    readonly workbookPart: string
  ) {
    this.rels = readRels(zip, workbookPart);
    this.readWorkbook();
  }

  private readWorkbook(): void {
    const byId = new Map(this.rels.map((r) => [r.id, r]));
    let nameOpen: DefinedName | undefined;
    const localIds: (string | undefined)[] = [];
    parsePart(this.zip, entryOrThrow(this.zip, this.workbookPart), {
      open: (local, tag) => {
        if (local === "workbookPr") {
          const v = attr(tag, "date1904");
          this.date1904 = v === "1" || v === "true";
        } else if (local === "sheet") {
          const rel = byId.get(attrNs(tag, "id") ?? "");
          const state = attr(tag, "state");
          // Chart sheets and macro sheets hold no grid; only worksheets are listed.
          if (!rel || !endsWithType(rel, "worksheet") || rel.external) return;
          this.sheets.push({
            name: attr(tag, "name") ?? "",
            part: rel.target,
            visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
          });
        } else if (local === "definedName") {
          nameOpen = { name: attr(tag, "name") ?? "", formula: "" };
          localIds.push(attr(tag, "localSheetId"));
          this.names.push(nameOpen);
        }
      },
      text: (t) => {
        if (nameOpen) nameOpen.formula += t;
      },
      close: (local) => {
        if (local === "definedName") nameOpen = undefined;
      },
    });
    // localSheetId counts every sheet in <sheets>, chart sheets included; close enough here.
    this.names.forEach((n, i) => {
      const id = localIds[i];
      const scope = id !== undefined ? this.sheets[Number(id)]?.name : undefined;
      if (scope !== undefined) n.scope = scope;
    });
  }

  /** The workbook's own part of one relationship type (shared strings, styles), if it has one. */
  private workbookPartOf(type: string): ZipEntry | undefined {
    const rel = this.rels.find((r) => endsWithType(r, type) && !r.external);
    return rel && this.zip.get(rel.target);
  }

  private strings(): string[] {
    if (!this.sharedStrings) {
      const entry = this.workbookPartOf("sharedStrings");
      this.sharedStrings = entry ? readSharedStrings(this.zip, entry) : [];
    }
    return this.sharedStrings;
  }

  private dates(): boolean[] {
    if (!this.dateStyles) {
      const entry = this.workbookPartOf("styles");
      this.dateStyles = entry ? readDateStyles(this.zip, entry) : [];
    }
    return this.dateStyles;
  }

  sheet(name: string): SheetInfo | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** One sheet as the engine's grid (sparse rows; merged cells below the top-left blank). */
  readSheet(name: string, workbookTitle?: string): SheetRead {
    const info = this.sheet(name);
    if (!info) throw new PackageError("CORRUPT", undefined, `no sheet ${name}`);
    return asPackageError(() => {
      const entry = this.zip.get(info.part);
      if (!entry) throw new PackageError("CORRUPT", info.part, "the sheet's part is missing");
      const read = gridFromSheetPart(this.zip, entry, {
        strings: () => this.strings(),
        dateStyles: () => this.dates(),
        date1904: this.date1904,
      });
      const grid: Grid = { sheetName: name, originRow: 0, originCol: 0, rows: read.rows };
      if (read.merges.length) grid.merges = read.merges;
      if (workbookTitle !== undefined) grid.workbookTitle = workbookTitle;
      return { grid, cells: read.cells, lastRow: read.lastRow, lastCol: read.lastCol };
    });
  }

  /** Table names per sheet (tableParts through each sheet's relationships), for ownership. */
  tables(): { name: string; sheet: string }[] {
    return asPackageError(() => this.readTables());
  }

  private readTables(): { name: string; sheet: string }[] {
    const out: { name: string; sheet: string }[] = [];
    for (const s of this.sheets) {
      if (!this.zip.get(relsPartOf(s.part))) continue;
      for (const r of readRels(this.zip, s.part)) {
        const entry = !r.external && endsWithType(r, "table") ? this.zip.get(r.target) : undefined;
        if (!entry) continue;
        parsePart(this.zip, entry, {
          open: (local, tag) => {
            if (local === "table") out.push({ name: attr(tag, "name") ?? "", sheet: s.name });
          },
        });
      }
    }
    return out;
  }
}

/** Opens a workbook package from bytes. Throws PackageError, whatever the failure. */
export function openWorkbookPackage(
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {}
): WorkbookPackage {
  return asPackageError(() => {
    // Said as it is: an empty file is empty, not "not a workbook".
    if (bytes.length === 0) throw new PackageError("EMPTY");
    const kind = sniffContainer(bytes);
    if (kind === "encrypted") throw new PackageError("ENCRYPTED");
    if (kind === "cfb") throw new PackageError("XLS");
    if (kind === "other") throw new PackageError("NOT_ZIP");
    const zip = openZip(bytes, limits);
    return new WorkbookPackage(zip, findWorkbookPart(zip));
  });
}
