// Any failure from the host becomes words the user can act on; nothing is swallowed.
import { HostError } from "../host/HostError";
import type { UiStrings } from "./strings";

export interface ErrorText {
  message: string;
  /** The underlying text, shown as a "Details" line for support. */
  detail?: string;
}

export function errorText(error: unknown, t: UiStrings): ErrorText {
  if (error instanceof HostError) {
    const { settings } = error.about;
    const detail = settings ? settings.map(t.settingsProblem).join("; ") : error.detail;
    return { message: t.hostErrors[error.code], detail };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t.unexpectedError, detail };
}
