// Opening a workbook file in the browser: the size cap, the package reader itself, and whether any
// sheet holds a budget table. Every way it fails becomes a code the page words; a file the reader
// refuses keeps the reader's own reason (an old .xls, a password, cut off, empty), as the command
// says it. The name is not judged: the bytes say what the file is.
import type { PackageProblem } from "../core";
import { openWorkbookPackage, PackageError, type WorkbookPackage } from "../ooxml";
import { withBaseline } from "./fileBaseline";
import { FileHost, type FileHostDeps } from "./fileHost";

/** A cap on what a browser tab is asked to hold; the reader's own limits apply inside it. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export type FileOpenErrorCode =
  /** The package reader refused it: `problem` says why, in the reader's terms. */
  | "UNREADABLE"
  /** The reader failed in a way it does not foresee (a bug): `detail` holds its text. */
  | "UNEXPECTED"
  | "TOO_LARGE"
  | "NO_BUDGET_TABLE"
  | "READ_FAILED";

export interface FileOpenError {
  code: FileOpenErrorCode;
  fileName: string;
  /** UNREADABLE: what the package reader found; worded (naming the file and part) as the message. */
  problem?: PackageProblem;
  /** An unexpected failure's own text, for the details line. */
  detail?: string;
}

export type OpenResult = { ok: true; host: FileHost } | { ok: false; error: FileOpenError };

/** Opens a workbook file; every way it can fail becomes a code the UI words. Never throws. */
export async function openWorkbookFile(
  fileName: string,
  data: ArrayBuffer,
  deps: FileHostDeps = {}
): Promise<OpenResult> {
  const fail = (code: FileOpenErrorCode, more: Partial<FileOpenError> = {}): OpenResult => ({
    ok: false,
    error: { code, fileName, ...more },
  });
  const refused = (e: PackageError): OpenResult => fail("UNREADABLE", { problem: e.problem() });
  if (data.byteLength > MAX_FILE_BYTES) return fail("TOO_LARGE");
  // Our own copy: every later write starts from these bytes, whatever the caller does with theirs.
  const bytes = new Uint8Array(data.slice(0));
  let pkg: WorkbookPackage;
  try {
    pkg = openWorkbookPackage(bytes);
  } catch (e) {
    if (!(e instanceof PackageError)) return fail("UNEXPECTED", { detail: String(e) });
    return refused(e);
  }
  const host = new FileHost(fileName, bytes, pkg, deps);
  let usable: { found: string[]; tooLarge: boolean };
  try {
    usable = host.budgetSheets();
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    return refused(e);
  }
  if (usable.found.length === 0) return fail(usable.tooLarge ? "TOO_LARGE" : "NO_BUDGET_TABLE");
  return { ok: true, host: withBaseline(host, bytes, deps.download) };
}
