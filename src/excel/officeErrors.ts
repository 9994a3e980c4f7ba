// Office failures → HostError codes the pane turns into words the user can act on. Every error
// passes through here and is rethrown: nothing is swallowed, the original text is kept as detail.
import { HostError, type HostErrorCode } from "../host/HostError";

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
  ItemAlreadyExists: "NAME_TAKEN",
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

/**
 * `missing` says what an ItemNotFound means for this call: SHEET_MISSING only where the item
 * looked up is the sheet the user chose (a read, a change handler, "Vis"); elsewhere a missing
 * name, table or chart is not the sheet's fault.
 */
export function toHostError(e: unknown, missing: HostErrorCode = "UNKNOWN"): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = code && !message.includes(code) ? `${code}: ${message}` : message;
  if (code === "ItemNotFound") return new HostError(missing, detail);
  if (code === "InvalidOperation" && EDIT_MODE_TEXT.test(message)) {
    return new HostError("EDIT_MODE", detail);
  }
  return new HostError((code && CODES[code]) || "UNKNOWN", detail);
}

/** Runs `f`, turning whatever it throws into a HostError (and rethrowing it). */
export async function mapped<T>(f: () => Promise<T>, missing?: HostErrorCode): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toHostError(e, missing);
  }
}
