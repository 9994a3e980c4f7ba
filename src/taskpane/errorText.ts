// Any failure from the host becomes words the user can act on; nothing is swallowed. Typed facts
// (refused settings, a file's problem, a fix the copy could not take) are worded here, in the
// pane's language; other failures keep their underlying text as the details line.
import { HostError, type HostErrorAbout } from "../host/HostError";
import type { UiStrings } from "./strings";

export interface ErrorText {
  message: string;
  /** The underlying text, shown as a "Details" line for support. */
  detail?: string;
}

function aboutText(a: HostErrorAbout, t: UiStrings): string | undefined {
  if (a.settings) return a.settings.map(t.settingsProblem).join("; ");
  if (a.package) return t.packageProblem(a.package, a.file ?? "");
  if (a.cellEdit) return t.cellEditProblem(a.cellEdit, a.file ?? "");
  if (a.cells) return t.tooManyCells(a.cells.sheet, a.cells.count, a.cells.max);
  return undefined;
}

export function errorText(error: unknown, t: UiStrings): ErrorText {
  if (error instanceof HostError) {
    const nameIn = error.code === "NAME_IN_USE" ? error.about.nameIn : undefined;
    const message = nameIn ? t.nameInUse[nameIn] : t.hostErrors[error.code];
    return { message, detail: aboutText(error.about, t) ?? error.detail };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t.hostErrors.UNKNOWN, detail };
}
