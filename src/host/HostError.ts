// Office (or file) failures as codes the pane turns into words the user can act on.
import type { SettingsProblem } from "../core/settings";

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
  | "SETTINGS_INVALID"
  | "UNKNOWN";

/** Typed facts about a failure, worded at the edge in the user's language. */
export interface HostErrorAbout {
  /** SETTINGS_INVALID: why the settings to save were refused. */
  settings?: SettingsProblem[];
}

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /** The underlying error's text, kept for the "details" line; never shown alone. */
    readonly detail?: string,
    readonly about: HostErrorAbout = {}
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "HostError";
  }
}
