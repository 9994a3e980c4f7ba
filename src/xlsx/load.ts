// Opening an .xlsx with ExcelJS, telling apart the ways a file can be unusable. No Node I/O:
// the command reads the bytes, the browser's file mode hands them in the same way.
import ExcelJS from "exceljs";
import { sniffContainer } from "../ooxml/zip";

export type LoadFailure = "NOT_XLSX" | "ENCRYPTED" | "CORRUPT";

export type LoadResult =
  { ok: true; workbook: ExcelJS.Workbook } | { ok: false; reason: LoadFailure; detail?: string };

/**
 * A password-protected .xlsx is not a zip but an OLE compound file holding "EncryptionInfo";
 * an old .xls is a compound file too, without it. Both are unreadable here, for different reasons.
 */
export function sniff(bytes: Uint8Array): "zip" | "encrypted" | "xls" | "other" {
  const kind = sniffContainer(bytes);
  return kind === "cfb" ? "xls" : kind;
}

export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<LoadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniff(bytes);
  if (kind === "encrypted") return { ok: false, reason: "ENCRYPTED" };
  if (kind !== "zip") return { ok: false, reason: "NOT_XLSX" };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array/ArrayBuffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: "CORRUPT", detail: e instanceof Error ? e.message : String(e) };
  }
  // A zip without a workbook part (a .docx, an archive) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) return { ok: false, reason: "NOT_XLSX" };
  return { ok: true, workbook };
}

export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}
