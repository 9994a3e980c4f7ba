// The PDF report as a pdfmake document definition, built from the core report alone (pure data:
// no fonts, no I/O). Rendering to bytes is render.ts.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Changes } from "../core/compare";
import { footerDate } from "../core/overview";
import { labelsFor } from "../core/words";
import { formatKr } from "../core";
import type { Lang, Report } from "../core";
import { yearChart, yearStatus } from "./chart";
import { changesSection, findingsSection, grantsSection, partnersSection } from "./sections";
import { PDF_WORDS } from "./words";

export interface ReportPdfInput {
  report: Report;
  lang: Lang;
  /** The workbook's file name, shown in the title block. */
  fileName: string;
  /** The date the report is made. */
  date: Date;
  /** Changes since the approved plan, when a baseline exists. */
  changes?: Changes;
}

/** A4 portrait: 595 pt wide, 40 pt margins. */
const CONTENT_WIDTH = 515;

function titleBlock({ report, lang, fileName, date }: ReportPdfInput): Content[] {
  const w = PDF_WORDS[lang];
  const L = labelsFor(lang);
  const line = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, value],
    fontSize: 10,
  });
  return [
    { text: w.title(report.planYear), style: "h1" },
    line(L.checkedSheet, report.sheet),
    line(w.file, fileName),
    { text: L.planYear(report.planYear, L.planYearSource[report.planYearSource]), fontSize: 10 },
    line(L.date, footerDate(date)),
  ];
}

function yearTable(report: Report, lang: Lang): Content {
  const L = labelsFor(lang);
  const right = (text: string, bold = false): TableCell => ({ text, alignment: "right", bold });
  const rows = report.years.map((y): TableCell[] => [
    { text: String(y.year), bold: true },
    right(formatKr(y.total, lang), true),
    right(formatKr(y.frame, lang)),
    right(formatKr(y.leftover, lang)),
    yearStatus(y, lang),
  ]);
  return {
    table: {
      headerRows: 1,
      widths: [40, "*", "*", "*", 150],
      body: [
        [L.year, L.total, L.frame, L.leftover, L.status].map((text) => ({ text, style: "th" })),
        ...rows,
      ],
    },
    layout: "lightHorizontalLines",
    fontSize: 10,
    margin: [0, 2, 0, 8],
  };
}

export function reportDocument(input: ReportPdfInput): TDocumentDefinitions {
  const { report, lang } = input;
  const w = PDF_WORDS[lang];
  return {
    pageSize: "A4",
    pageMargins: [40, 40, 40, 48],
    info: { title: w.title(report.planYear), subject: report.sheet },
    defaultStyle: { font: "Roboto", fontSize: 10 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
      th: { bold: true, fillColor: "#eeeeee" },
    },
    footer: (page: number, pages: number): Content => ({
      text: `${w.title(report.planYear)} · ${w.page(page, pages)}`,
      alignment: "center",
      fontSize: 8,
      color: "#555",
      margin: [40, 16, 40, 0],
    }),
    content: [
      ...titleBlock(input),
      { text: labelsFor(lang).perYear, style: "h2" },
      yearTable(report, lang),
      yearChart(report.years, lang, CONTENT_WIDTH),
      ...grantsSection(report, lang),
      ...partnersSection(report, lang),
      ...changesSection(input.changes, lang),
      ...findingsSection(report.findings, lang),
    ],
  };
}
