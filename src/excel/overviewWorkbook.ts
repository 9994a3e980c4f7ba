// The consolidated table as a new .xlsx (base64 for Excel.createWorkbook). Imported dynamically
// by officeHost.ts: ExcelJS is heavy and only needed when the user exports.
import { overviewSheetPlan } from "../core/overview";
import type { Lang, Report } from "../core";
import { newWorkbook, writeOverviewSheet } from "../xlsx";

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode(...all) overflows the call stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function overviewWorkbookBase64(report: Report, lang: Lang): Promise<string> {
  const workbook = newWorkbook();
  writeOverviewSheet(workbook, overviewSheetPlan(report.overview, lang));
  const buffer = await workbook.xlsx.writeBuffer();
  return bytesToBase64(new Uint8Array(buffer as ArrayBuffer));
}
