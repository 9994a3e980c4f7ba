// Every way a package can fail to be read (or a fix not written into a copy), as codes with typed
// details the shells word (core/messages). "Damaged" (CORRUPT, TRUNCATED, BAD_XML) is kept for what
// really is damaged. The messages are English, for logs and details lines only.
import type {
  CellEditProblem,
  PackageLimitName,
  PackageProblem,
  PackageProblemCode,
} from "../../core";
import { ZipError } from "./zip";

/** The package's failure codes (documented where they are worded with the core's problems). */
export type PackageErrorCode = PackageProblemCode;

export class PackageError extends Error implements PackageProblem {
  constructor(
    readonly code: PackageErrorCode,
    /** The part concerned, when there is one ("xl/worksheets/sheet1.xml"). */
    readonly part?: string,
    readonly detail?: string,
    readonly limit?: { name: PackageLimitName; value: number }
  ) {
    super(`${code}${part ? ` ${part}` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "PackageError";
  }

  /** The facts the shells word (no message, no stack): the code, and the part and limit if any. */
  problem(): PackageProblem {
    const { code, part, limit } = this;
    return { code, ...(part ? { part } : {}), ...(limit ? { limit } : {}) };
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

/** A fix that cannot be written into a copy of the workbook (the sheet and cell are named). */
export class CellEditError extends Error {
  constructor(readonly problem: CellEditProblem) {
    super(`${problem.code} ${problem.sheet}!${problem.cell}`);
    this.name = "CellEditError";
  }
}
