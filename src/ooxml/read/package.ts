// The workbook package as the engine needs it: the sheet list, shared strings, the date styles and
// the sheets asked for, found through the relationships (never by assumed part names). Nothing
// else is parsed: data validations, drawings, pivots and the rest stay compressed. No Node I/O.
import type { Grid } from "../../core";
import { asPackageError, PackageError } from "../base/errors";
import { zipSource, type PartSource } from "../base/xmlStream";
import { gridFromSheetPart, type SheetStats } from "./sheet";
import { readSharedStrings, readDateStyles } from "./cellLookups";
import {
  findWorkbookPart,
  readTables,
  readWorkbookModel,
  workbookPartOfType,
  type DefinedName,
  type SheetEntry,
  type TableEntry,
  type WorkbookModel,
} from "./workbookModel";
import {
  openZip,
  sniffContainer,
  type ZipArchive,
  type ZipEntry,
  type ZipLimits,
} from "../base/zip";

export type { DefinedName } from "./workbookModel";

/** A worksheet of the model: the sheets a grid can be read from. */
export type SheetInfo = SheetEntry & { part: string };

export interface SheetRead extends SheetStats {
  grid: Grid;
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

/** The workbook part, or the error saying what the zip holds instead. */
function workbookPartIn(zip: ZipArchive, src: PartSource): string {
  const { part, target } = findWorkbookPart(src);
  if (part === undefined) throw notAWorkbook(zip, target);
  if (target !== undefined && zip.get("word/document.xml") && !/workbook/i.test(target))
    throw notAWorkbook(zip, target);
  return part;
}

export class WorkbookPackage {
  /** The one model of the package (the writer reads the same). */
  readonly model: WorkbookModel;
  /** The worksheets, in workbook order. */
  readonly sheets: SheetInfo[];
  readonly names: DefinedName[];
  readonly date1904: boolean;
  private sharedStrings: string[] | undefined;
  private dateStyles: boolean[] | undefined;
  private tableList: TableEntry[] | undefined;
  private readonly src: PartSource;

  constructor(
    private readonly zip: ZipArchive,
    workbookPart?: string
  ) {
    this.src = zipSource(zip);
    this.model = readWorkbookModel(this.src, workbookPart ?? workbookPartIn(zip, this.src));
    this.sheets = this.model.sheets.filter(
      (s): s is SheetInfo => s.kind === "worksheet" && s.part !== undefined
    );
    this.names = this.model.names;
    this.date1904 = this.model.date1904;
  }

  get workbookPart(): string {
    return this.model.workbookPart;
  }

  /** The workbook's own part of one relationship type (shared strings, styles), if it has one. */
  private partOfType(type: string): ZipEntry | undefined {
    const part = workbookPartOfType(this.src, this.model, type);
    return part !== undefined ? this.zip.get(part) : undefined;
  }

  private strings(): string[] {
    if (!this.sharedStrings) {
      const entry = this.partOfType("sharedStrings");
      this.sharedStrings = entry ? readSharedStrings(this.zip, entry) : [];
    }
    return this.sharedStrings;
  }

  private dates(): boolean[] {
    if (!this.dateStyles) {
      const entry = this.partOfType("styles");
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
        recalcOnLoad: this.model.recalcOnLoad,
      });
      const grid: Grid = { sheetName: name, originRow: 0, originCol: 0, rows: read.rows };
      if (read.merges.length) grid.merges = read.merges;
      if (workbookTitle !== undefined) grid.workbookTitle = workbookTitle;
      return { grid, cells: read.cells, lastRow: read.lastRow, lastCol: read.lastCol };
    });
  }

  /** Every table with its sheet and id (read once, when first asked), for ownership. */
  tables(): TableEntry[] {
    this.tableList ??= asPackageError(() => readTables(this.src, this.model));
    return this.tableList;
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
    return new WorkbookPackage(openZip(bytes, limits));
  });
}
