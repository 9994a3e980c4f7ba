// The PDF report for the pane's "Hent rapport (PDF)": src/pdf (and pdfmake, which it loads
// itself) come in by dynamic import on the first click, so the start-up bundle carries neither.
import type { PdfRenderer } from "../taskpane/hooks/useReportPdf";

export const renderPdf: PdfRenderer = async (input) => {
  const { renderReportPdf } = await import(/* webpackChunkName: "pdf-report" */ "../pdf/render");
  return renderReportPdf(input);
};
