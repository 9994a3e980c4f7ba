// Why a workbook file could not be read, or a fix not written into a copy of it: codes with typed
// details (the part, the limit, the sheet and cell), worded at the edge in the user's language
// (core/messages packageProblemText, cellEditProblemText). The package reader and writer
// (src/ooxml) raise them; the command, file mode and the pane word them.

export type PackageProblemCode =
  /** The file holds no bytes at all (an empty download, a file made but never saved into). */
  | "EMPTY"
  /** Not a zip, not a compound file: a CSV, a text or image file. */
  | "NOT_ZIP"
  /** A password-protected Office file (an encrypted compound file). */
  | "ENCRYPTED"
  /** The old binary Excel format (.xls), a compound file. */
  | "XLS"
  /** Excel's binary workbook (.xlsb): a zip with a workbook.bin. */
  | "XLSB"
  /** An OpenDocument spreadsheet (.ods). */
  | "ODS"
  /** A Word document (.docx) or other Office package that is no workbook. */
  | "OTHER_OFFICE"
  /** A zip without a workbook part. */
  | "NO_WORKBOOK"
  /** The file ends early (cut off in a download or a copy). */
  | "TRUNCATED"
  /** A part is not well-formed XML (`part` names it when known). */
  | "BAD_XML"
  /** A part declares a DOCTYPE (entity definitions: the start of XML bombs); not read. */
  | "UNSAFE_XML"
  /** A size limit was reached (`limit` names it). */
  | "LIMIT"
  /** Damaged in another way: a wrong checksum, unreadable zip records, a missing required part. */
  | "CORRUPT"
  /** A zip feature we do not read (per-entry encryption, an unusual compression). */
  | "UNSUPPORTED"
  /**
   * A copy we made failed the check before saving (`part` names the part that would be invalid):
   * it is not saved, and the user's file is untouched.
   */
  | "COPY_INVALID";

export type PackageLimitName = "total" | "part" | "entries";

export interface PackageProblem {
  code: PackageProblemCode;
  /** The part concerned, when there is one ("xl/worksheets/sheet1.xml"). */
  part?: string;
  limit?: { name: PackageLimitName; value: number };
}

export type CellEditProblemCode =
  /** The cell is part of an array formula: only Excel can change it. */
  | "ARRAY_FORMULA"
  /** The cell holds the master of a shared formula other cells use. */
  | "SHARED_FORMULA"
  /** The sheet part has no cell data (sheetData). */
  | "NO_CELLS"
  /** The sheet part has rows without a number, so the cell's row cannot be found safely. */
  | "UNNUMBERED_ROWS"
  /** The fix's sheet is not (or no longer) in the workbook. */
  | "SHEET_MISSING";

export interface CellEditProblem {
  code: CellEditProblemCode;
  sheet: string;
  /** Unqualified A1 address, e.g. "G7". */
  cell: string;
}
