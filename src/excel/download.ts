// The add-in's downloads (CSV export, PDF report) where the platform allows them: the same
// browser download as file mode (host/download.ts).
import { downloadBlob } from "../host/download";

/** A text file (the CSV export). */
export async function downloadText(
  fileName: string,
  text: string,
  mimeType: string
): Promise<void> {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

/** A binary file (the PDF report). */
export async function downloadBytes(
  fileName: string,
  bytes: Uint8Array,
  mimeType: string
): Promise<void> {
  downloadBlob(fileName, new Blob([bytes.slice().buffer], { type: mimeType }));
}
