// Any failure from the host becomes words the user can act on; nothing is swallowed. Typed facts
// (refused settings, a file's problem, a fix the copy could not take) are worded here, in the
// pane's language; other failures keep their underlying text as the details line. What opening or
// checking can meet is worded by the pane's start-up table; the rest by words/later.ts, which the
// pane loads before it shows such an error (needsLaterWords, useTasks).
import { HostError, type HostErrorAbout } from "../host/HostError";
import type { OpeningErrorCode, UiStrings } from "./strings";
import type { LaterStrings } from "./words/later";

export interface ErrorText {
  message: string;
  /** The underlying text, shown as a "Details" line for support. */
  detail?: string;
}

/** The words an error is shown with: the pane's, or (loaded for it) the pane's and the later. */
export type ErrorWords = UiStrings | LaterStrings;

const isLater = (t: ErrorWords): t is LaterStrings => "actionErrors" in t;

function isOpeningCode(code: string, t: UiStrings): code is OpeningErrorCode {
  return code in t.hostErrors;
}

/** True when the error is worded by words/later.ts, not by the pane's start-up table alone. */
export function needsLaterWords(error: unknown, t: UiStrings): boolean {
  if (!(error instanceof HostError)) return false;
  const a = error.about;
  return !isOpeningCode(error.code, t) || Boolean(a.package || a.cellEdit || a.cells);
}

function aboutText(a: HostErrorAbout, t: ErrorWords): string | undefined {
  if (a.settings) return a.settings.map(t.settingsProblem).join("; ");
  if (!isLater(t)) return undefined;
  if (a.package) return t.packageProblem(a.package, a.file ?? "");
  if (a.cellEdit) return t.cellEditProblem(a.cellEdit, a.file ?? "");
  if (a.cells) return t.tooManyCells(a.cells.sheet, a.cells.count, a.cells.max);
  return undefined;
}

/**
 * The message and details for an error. Given only the pane's words (the later ones could not be
 * loaded), a failure they do not word says "unexpected" with its underlying text, never nothing.
 */
export function errorText(error: unknown, t: ErrorWords): ErrorText {
  if (error instanceof HostError) {
    const detail = aboutText(error.about, t) ?? error.detail;
    if (isOpeningCode(error.code, t)) return { message: t.hostErrors[error.code], detail };
    if (!isLater(t)) return { message: t.hostErrors.UNKNOWN, detail: error.detail ?? error.code };
    const nameIn = error.code === "NAME_IN_USE" ? error.about.nameIn : undefined;
    return { message: nameIn ? t.nameInUse[nameIn] : t.actionErrors[error.code], detail };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t.hostErrors.UNKNOWN, detail };
}
