// Office (or file) failures as codes the pane turns into words the user can act on.
export type HostErrorCode =
  | "PROTECTED"
  | "TOO_LARGE"
  | "NOT_SUPPORTED"
  | "EDIT_MODE"
  | "SHEET_MISSING"
  | "NAME_TAKEN"
  | "FILE_UNREADABLE"
  | "FILE_ENCRYPTED"
  | "FILE_NOT_XLSX"
  | "UNKNOWN";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /** The underlying error's text, kept for the "details" line; never shown alone. */
    readonly detail?: string
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "HostError";
  }
}
