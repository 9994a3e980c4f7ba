// Every way a package can fail to be read, as codes the shells word (Danish first). "Damaged"
// (CORRUPT, TRUNCATED, BAD_XML) is kept for what really is damaged.
import { ZipError, type ZipLimitName } from "./zip";

export type PackageErrorCode =
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
  /** A part is not well-formed XML (`part` names it). */
  | "BAD_XML"
  /** A part declares a DOCTYPE (entity definitions: the start of XML bombs); not read. */
  | "UNSAFE_XML"
  /** A size limit was reached (`limit` names it). */
  | "LIMIT"
  /** Damaged in another way: a wrong checksum, unreadable zip records. */
  | "CORRUPT"
  /** A zip feature we do not read (per-entry encryption, an unusual compression). */
  | "UNSUPPORTED";

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    /** The part concerned, when there is one ("xl/worksheets/sheet1.xml"). */
    readonly part?: string,
    readonly detail?: string,
    readonly limit?: { name: ZipLimitName; value: number }
  ) {
    super(`${code}${part ? ` ${part}` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "PackageError";
  }
}

/** A ZipError in the package's terms. */
function fromZipError(e: ZipError): PackageError {
  switch (e.kind) {
    case "NOT_ZIP":
      return new PackageError("NOT_ZIP", undefined, e.message);
    case "CFB":
      return new PackageError("XLS", undefined, e.message);
    case "LIMIT":
      return new PackageError("LIMIT", e.part, e.message, e.limit);
    default:
      return new PackageError(e.kind, e.part, e.message);
  }
}

/** Runs `fn`, turning zip failures into package errors; anything else passes through. */
export function asPackageError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ZipError) throw fromZipError(e);
    throw e;
  }
}
