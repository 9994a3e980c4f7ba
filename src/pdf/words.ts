// The PDF report's own words (da, en): its title, the chart legend, page numbers. The plan's labels
// (total, frame, anchoring, …) come from the one label table (core/words/labels.ts), and the finding
// groups' headings from core/messages/kinds.ts. String table: exempt from the file-length rule.
import type { Lang } from "../core";

const da = {
  title: (planYear: number) => `Budgettjek – Tryghedsplan ${planYear}`,
  file: "Fil",
  legend: "Søjle: i alt · stiplet streg: ramme",
  grants: "Flerårige bevillinger og forankring",
  noGrants: "Ingen flerårige bevillinger.",
  findingCols: ["Celle", "Bemærkning"],
  budgetTable: "Budget pr. aktivitet",
  page: (page: number, pages: number) => `Side ${page} af ${pages}`,
};

const en: typeof da = {
  title: (planYear) => `Budget check – safety plan ${planYear}`,
  file: "File",
  legend: "Bar: total · dashed line: frame",
  grants: "Multi-year grants and anchoring",
  noGrants: "No multi-year grants.",
  findingCols: ["Cell", "Remark"],
  budgetTable: "Budget per activity",
  page: (page, pages) => `Page ${page} of ${pages}`,
};

export const PDF_WORDS: { readonly [L in Lang]: typeof da } = { da, en };
