// Opening an .xlsx with ExcelJS, telling apart the ways a file can be unusable. No Node I/O:
// the command reads the bytes, the browser's file mode hands them in the same way.
import ExcelJS from "exceljs";

export type LoadFailure = "NOT_XLSX" | "ENCRYPTED" | "CORRUPT";

export type LoadResult =
  { ok: true; workbook: ExcelJS.Workbook } | { ok: false; reason: LoadFailure; detail?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: number[]): boolean =>
  b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** "EncryptionInfo" as a UTF-16LE directory entry name in a compound file. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

function containsBytes(haystack: Uint8Array, needle: number[], limit: number): boolean {
  const end = Math.min(haystack.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A password-protected .xlsx is not a zip but an OLE compound file holding "EncryptionInfo";
 * an old .xls is a compound file too, without it. Both are unreadable here, for different reasons.
 */
export function sniff(bytes: Uint8Array): "zip" | "encrypted" | "xls" | "other" {
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, CFB)) {
    // Directory sectors sit anywhere; small files are scanned whole, big ones in their first 4 MB.
    return containsBytes(bytes, ENCRYPTION_INFO, 4 * 1024 * 1024) ? "encrypted" : "xls";
  }
  return "other";
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
