export { renderReportPdf } from "./render";
export { reportDocument, type ReportPdfInput } from "./reportDoc";
