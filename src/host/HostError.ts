// Office (or file) failures as codes the pane turns into words the user can act on.
import type { CellEditProblem, PackageProblem } from "../core";
import type { SettingsProblem } from "../core";

export type HostErrorCode =
  | "PROTECTED"
  | "TOO_LARGE"
  | "WRITE_TOO_LARGE"
  | "BASELINE_TOO_LARGE"
  | "NOT_SUPPORTED"
  | "EDIT_MODE"
  | "SHEET_MISSING"
  | "NAME_TAKEN"
  | "NAME_IN_USE"
  | "FILE_UNREADABLE"
  | "SETTINGS_INVALID"
  | "FIX_NOT_WRITTEN"
  | "UNKNOWN";

/** Typed facts about a failure, worded at the edge in the user's language. */
export interface HostErrorAbout {
  /** SETTINGS_INVALID: why the settings to save were refused. */
  settings?: SettingsProblem[];
  /** The workbook file concerned (file mode), named when the problem is worded. */
  file?: string;
  /** FILE_UNREADABLE: how the file (or the copy written from it) failed. */
  package?: PackageProblem;
  /** FIX_NOT_WRITTEN: the fix, by sheet and cell, that the copy could not take. */
  cellEdit?: CellEditProblem;
  /** NAME_IN_USE: what in the workbook already has a name the overview needs, when Excel says. */
  nameIn?: "table" | "name";
  /** TOO_LARGE in file mode: the sheet, its cells holding values, and the most a browser reads. */
  cells?: { sheet: string; count: number; max: number };
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
