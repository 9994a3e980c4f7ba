// Renders the report to PDF bytes with pdfmake (0.3, its browser build, which also runs in Node)
// and its bundled Roboto (covers æ, ø, å and "–"; embedded as a subset). Loaded with dynamic
// imports, so the pane's start-up bundle does not carry pdfmake: webpack puts it in its own chunk.
import { reportDocument, type ReportPdfInput } from "./reportDoc";

interface PdfMake {
  addVirtualFileSystem(vfs: unknown): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
}

let loaded: Promise<PdfMake> | undefined;

async function loadPdfMake(): Promise<PdfMake> {
  const [lib, fonts] = await Promise.all([
    import(/* webpackChunkName: "pdfmake" */ "pdfmake/build/pdfmake.js"),
    import(/* webpackChunkName: "pdfmake" */ "pdfmake/build/vfs_fonts.js"),
  ]);
  const pdfMake = ((lib as { default?: unknown }).default ?? lib) as PdfMake;
  pdfMake.addVirtualFileSystem((fonts as { default?: unknown }).default ?? fonts);
  return pdfMake;
}

/** The report as PDF bytes. */
export async function renderReportPdf(input: ReportPdfInput): Promise<Uint8Array> {
  loaded ??= loadPdfMake();
  const pdfMake = await loaded;
  const bytes = await pdfMake.createPdf(reportDocument(input)).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
