// Reading back what the workbook holds of ours: the overview's status and the stored settings.
import { decideOwnership, type WorkbookFacts } from "../core/overview";
import type { OverviewStatus } from "../host/WorkbookHost";

/** Ours when the shared ownership decision says so; a sheet of that name otherwise is the user's. */
export function statusOf(facts: WorkbookFacts, sheetName: string): OverviewStatus {
  const same = (a: string) => a.toLowerCase() === sheetName.toLowerCase();
  const ours = decideOwnership(facts, { preferredName: sheetName }).ourSheet;
  if (ours !== undefined && same(ours)) return "ours";
  return facts.sheets.some((s) => same(s.name)) ? "foreign" : "absent";
}

/** Stored settings are a JSON string; anything else is handed on for the caller to refuse. */
export function decodeSettings(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // Not JSON: return the text itself, so parsePersistedSettings reports it instead of a crash.
    return value;
  }
}
