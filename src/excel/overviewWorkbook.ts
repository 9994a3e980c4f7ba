// The consolidated table as a new .xlsx (base64 for Excel.createWorkbook), written by the package
// writer into an empty workbook, as every copy is written. Imported dynamically by officeHost.ts:
// the writer loads only when the user exports.
import type { Lang, Report } from "../core";
import { csvSafeText, type PlanValue } from "../core/overview";
import { overviewWorkbookBytes, rowsWorkbookBytes } from "../ooxml/write/newWorkbook";

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode(...all) overflows the call stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function overviewWorkbookBase64(
  report: Report,
  lang: Lang,
  date: Date = new Date()
): Promise<string> {
  return bytesToBase64(overviewWorkbookBytes(report.overview, lang, { date }).bytes);
}

/**
 * The CSV's rows as a workbook of plain values (the Mac/iPad CSV route), as base64. Text that
 * could start a formula keeps the CSV's leading apostrophe, so saved as CSV it stays text.
 */
export function csvWorkbookBase64(rows: PlanValue[][], date: Date = new Date()): string {
  const safe = rows.map((r) => r.map((v) => (typeof v === "string" ? csvSafeText(v) : v)));
  return bytesToBase64(rowsWorkbookBytes(safe, "budgetoversigt", date));
}
