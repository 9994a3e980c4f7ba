// Office failures → HostError codes the pane turns into words the user can act on. Every error
// passes through here and is rethrown: nothing is swallowed, the original text is kept as detail.
// What a failure means depends on what was asked: a payload over Excel on the web's limit is a
// sheet too large to read, an overview or fix too large to write, or a plan too large to store as
// baseline; ItemAlreadyExists is a sheet name (the dialog asks for another) only where Excel says
// a worksheet clashed (OfficeExtension.Error.debugInfo.errorLocation, "if available":
// learn.microsoft.com/javascript/api/office/officeextension.debuginfo), else a table or name.
import { HostError, type HostErrorAbout, type HostErrorCode } from "../host/HostError";

/** What the call that failed was doing. */
export type HostAction = "read" | "write" | "approve";

/** Excel on the web refuses a request or response over 5 MB (and ranges over 5 million cells). */
const TOO_LARGE_WHEN: Record<HostAction, HostErrorCode> = {
  read: "TOO_LARGE",
  write: "WRITE_TOO_LARGE",
  approve: "BASELINE_TOO_LARGE",
};

// OfficeExtension.Error / Excel.ErrorCodes values (the strings are stable across hosts).
const CODES: Record<string, HostErrorCode> = {
  AccessDenied: "PROTECTED",
  ResponsePayloadSizeLimitExceeded: "TOO_LARGE",
  RequestPayloadSizeLimitExceeded: "TOO_LARGE",
  RangeExceedsLimit: "TOO_LARGE",
  OperationCellsExceedLimit: "TOO_LARGE",
  ApiNotFound: "NOT_SUPPORTED",
  NotImplemented: "NOT_SUPPORTED",
  UnsupportedFeature: "NOT_SUPPORTED",
  UnsupportedOperation: "NOT_SUPPORTED",
  UnsupportedSheet: "NOT_SUPPORTED",
  InvalidOperationInCellEditMode: "EDIT_MODE",
  // Excel.ErrorCodes: UndoNotSupported only escapes when the ungrouped retry failed too.
  UndoNotSupported: "UNKNOWN",
};

/**
 * Some hosts report a batch refused during cell editing as plain InvalidOperation, with the cause
 * only in its text (Excel.RunOptions.delayForCellEdit: "if the user is in cell edit when the batch
 * request is processed by the host, the batch automatically fails").
 */
const EDIT_MODE_TEXT = /cell[- ]?edit|edit mode|redigeringstilstand/i;

export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Where Excel says the error arose ("TableCollection.add"), when it says. */
function errorLocation(e: unknown): string {
  const where = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof where === "string" ? where : "";
}

/** ItemAlreadyExists: a sheet's name (the pane asks for another), else a table's or a name's. */
function nameClash(e: unknown, detail: string): HostError {
  const where = errorLocation(e);
  if (/Worksheet/i.test(where)) return new HostError("NAME_TAKEN", detail);
  const about: HostErrorAbout = /Table/i.test(where)
    ? { nameIn: "table" }
    : /Name/i.test(where)
      ? { nameIn: "name" }
      : {};
  return new HostError("NAME_IN_USE", detail, about);
}

/**
 * `missing` says what an ItemNotFound means for this call: SHEET_MISSING only where the item
 * looked up is the sheet the user chose (a read, a change handler, "Vis"); elsewhere a missing
 * name, table or chart is not the sheet's fault. `doing` says what a payload too large was.
 */
export function toHostError(
  e: unknown,
  missing: HostErrorCode = "UNKNOWN",
  doing: HostAction = "read"
): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = code && !message.includes(code) ? `${code}: ${message}` : message;
  if (code === "ItemNotFound") return new HostError(missing, detail);
  if (code === "ItemAlreadyExists") return nameClash(e, detail);
  if (code === "InvalidOperation" && EDIT_MODE_TEXT.test(message)) {
    return new HostError("EDIT_MODE", detail);
  }
  const mappedCode = (code && CODES[code]) || "UNKNOWN";
  return new HostError(mappedCode === "TOO_LARGE" ? TOO_LARGE_WHEN[doing] : mappedCode, detail);
}

/** Runs `f`, turning whatever it throws into a HostError (and rethrowing it). */
export async function mapped<T>(
  f: () => Promise<T>,
  missing?: HostErrorCode,
  doing?: HostAction
): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toHostError(e, missing, doing);
  }
}

/** mapped() for a write: a payload too large is the write's, not the sheet's. */
export const writing = <T>(f: () => Promise<T>, missing?: HostErrorCode): Promise<T> =>
  mapped(f, missing, "write");
