// "Hent rapport (PDF)": the report rendered to PDF bytes by a renderer the entry point hands in
// (boot loads src/pdf and pdfmake lazily, so neither is in the pane's start-up bundle), then
// offered by the host as a download named budgetrapport-<plan year>.pdf.
import type { Changes } from "../../core/compare";
import type { Lang, Report } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { laterWords } from "../words/loadLater";
import type { Tasks } from "./useTasks";

const PDF_MIME = "application/pdf";

/** What the report PDF is made from (the shape src/pdf's renderReportPdf takes). */
export interface PdfInput {
  report: Report;
  lang: Lang;
  /** The workbook's name, shown in the report's title block. */
  fileName: string;
  date: Date;
  /** Changes since the approved plan, when the workbook has a baseline. */
  changes?: Changes;
}

export type PdfRenderer = (input: PdfInput) => Promise<Uint8Array>;

function pdfFileName(report: Report): string {
  return `budgetrapport-${report.planYear}.pdf`;
}

export interface ReportPdfDeps {
  host: WorkbookHost;
  lang: Lang;
  tasks: Tasks;
  report: Report | undefined;
  /** The sheet checked: the title block's name when the workbook's title is unknown. */
  sheet: string | undefined;
  changes: Changes | undefined;
  render: PdfRenderer | undefined;
  now?: () => Date;
}

/** The action behind the button, or undefined when no renderer was given (the button is left out). */
export function useReportPdf(deps: ReportPdfDeps): (() => Promise<void>) | undefined {
  const { host, lang, tasks, report, sheet, render } = deps;
  if (!render) return undefined;
  return () =>
    tasks.run("export", async () => {
      if (!report) return;
      const t = await laterWords(lang);
      // Office for Mac and iPad cannot download from the pane (the CSV route's host answer): say
      // so and where the PDF can be had, rather than claim a download that never starts.
      if (host.csvRoute?.() === "workbook") {
        tasks.setNotice(t.pdfNoDownload);
        return;
      }
      const title = (await host.workbookTitle()) ?? sheet ?? "";
      const date = (deps.now ?? (() => new Date()))();
      const changes = deps.changes ? { changes: deps.changes } : {};
      const bytes = await render({ report, lang, fileName: title, date, ...changes });
      const name = pdfFileName(report);
      await host.saveFile(name, bytes, PDF_MIME);
      tasks.setNotice(t.pdfDone(name));
    });
}
