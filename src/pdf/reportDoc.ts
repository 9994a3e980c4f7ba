// The PDF report as a pdfmake document definition, built from the core report alone (pure data:
// no fonts, no I/O). Rendering to bytes is render.ts. Order: what the steering group decides on
// first (the years against the frame, the changes since approval, the budget table), then the
// grants, the partner target and the findings.
import { outputLabelsFor } from "../core/words";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Changes } from "../core/compare";
import { footerDate } from "../core/overview";
import { shapeLine, unitLine, yearTotalText } from "../core/words";
import { formatKr } from "../core";
import type { Lang, Report } from "../core";
import { budgetTable } from "./budgetTable";
import { changesSection } from "./changes";
import { yearChart, yearStatus } from "./chart";
import { amount, sectionTitle, table } from "./layout";
import { findingsSection, grantsSection, partnersSection } from "./sections";
import { spendingSection } from "./spending";
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
  /** The plan year was given with the command's --plan-year (the line says so). */
  planYearByOption?: boolean;
}

/** A4 portrait: 595 pt wide, 40 pt margins. */
const CONTENT_WIDTH = 515;

function titleBlock({ report, lang, fileName, date, planYearByOption }: ReportPdfInput): Content[] {
  const w = PDF_WORDS[lang];
  const L = outputLabelsFor(lang);
  const line = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, value],
    fontSize: 10,
  });
  const source =
    planYearByOption && report.planYearSource === "settings"
      ? L.planYearOption
      : L.planYearSource[report.planYearSource];
  return [
    { text: w.title(report.planYear), style: "h1" },
    line(L.checkedSheet, report.sheet),
    // A long list says how it was read, under the sheet it was read from.
    ...[shapeLine(report.overview.listShape, lang)]
      .filter((s) => s !== undefined)
      .map((s): Content => ({ text: s, fontSize: 10 })),
    line(w.file, fileName),
    { text: L.planYear(report.planYear, source), fontSize: 10 },
    { text: unitLine(report.unit, lang), fontSize: 10 },
    line(L.date, footerDate(date)),
  ];
}

function yearTable(report: Report, lang: Lang): Content {
  const L = outputLabelsFor(lang);
  const rows = report.years.map((y): TableCell[] => [
    { text: String(y.year), bold: true },
    amount(yearTotalText(y, lang), { bold: true }),
    amount(formatKr(y.frame, lang)),
    amount(formatKr(y.leftover, lang)),
    yearStatus(y, lang),
  ]);
  return {
    ...table([L.year, L.total, L.frame, L.leftover, L.status], rows, [40, "*", "*", "*", 150], {
      right: [1, 2, 3],
      title: sectionTitle(L.perYear),
    }),
    fontSize: 10,
  };
}

/**
 * The last block without a bottom margin: a table that ends at the foot of a page would otherwise
 * push its margin onto a page of its own, and the PDF would end with a blank page.
 */
function withoutTrailingMargin(content: Content[]): Content[] {
  const last = content.at(-1);
  if (last && typeof last === "object" && !Array.isArray(last) && "margin" in last) {
    const [l, t, r] = last.margin as [number, number, number, number];
    return [...content.slice(0, -1), { ...last, margin: [l, t, r, 0] } as Content];
  }
  return content;
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
    content: withoutTrailingMargin([
      ...titleBlock(input),
      yearTable(report, lang),
      yearChart(report.years, lang, CONTENT_WIDTH),
      ...spendingSection(report, lang),
      ...changesSection(input.changes, lang),
      ...budgetTable(report, lang),
      ...grantsSection(report, lang),
      ...partnersSection(report, lang),
      ...findingsSection(report, lang),
    ]),
  };
}
