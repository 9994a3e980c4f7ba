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
  ItemNotFound: "SHEET_MISSING",
};

export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = code && !message.includes(code) ? `${code}: ${message}` : message;
  return new HostError((code && CODES[code]) || "UNKNOWN", detail);
}

/** Runs `f`, turning whatever it throws into a HostError (and rethrowing it). */
export async function mapped<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toHostError(e);
  }
}
