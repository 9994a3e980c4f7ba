// How the "Budgetoversigt" sheet prints: landscape A4, one page wide (as many tall as needed), the
// table's header row repeated on every page, and a footer with the plan's name, the date it was
// written and "Side x af y". Writer-neutral data, rendered by the add-in (worksheet.pageLayout) and
// by the package writer (<pageSetup>, <headerFooter>, the _xlnm.Print_Titles name).
import { quoteSheet } from "../sheet/address";
import type { Lang } from "../types";

export interface PlanPageSetup {
  orientation: "landscape";
  paperSize: "A4";
  /** Pages wide; 1 = every column on one page. */
  fitToWidth: 1;
  /** Pages tall; 0 = as many as needed (OOXML fitToHeight="0"; Office.js verticalFitToPages 0). */
  fitToHeight: 0;
  /** 0-based rows repeated at the top of every printed page, first and last (inclusive). */
  titleRows: { first: number; last: number };
  /** The same rows in Excel's notation, unqualified: "$11:$11". */
  titleRowsRef: string;
  /** Sheet-qualified, for the workbook name _xlnm.Print_Titles: "Budgetoversigt!$11:$11". */
  printTitlesRef: string;
  /** The plan's name for the footer, e.g. "Tryghedsplan 2026". */
  planName: string;
  lang: Lang;
}

/** The three footer sections in Excel's header/footer codes (&P page, &N pages, && a literal &). */
export interface PageFooter {
  left: string;
  center: string;
  right: string;
}

const WORDS = {
  da: {
    plan: (y: number) => `Tryghedsplan ${y}`,
    written: "Skrevet",
    pageOf: "Side &P af &N",
  },
  en: {
    plan: (y: number) => `Safety plan ${y}`,
    written: "Written",
    pageOf: "Page &P of &N",
  },
} as const;

export function overviewPageSetup(
  sheetName: string,
  planYear: number,
  headerRow: number,
  lang: Lang
): PlanPageSetup {
  const rows = `$${headerRow + 1}:$${headerRow + 1}`;
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: headerRow, last: headerRow },
    titleRowsRef: rows,
    printTitlesRef: `${quoteSheet(sheetName)}!${rows}`,
    planName: WORDS[lang].plan(planYear),
    lang,
  };
}

/** "30-11-2026": the sheet's date format (DATE_FORMAT), from the local calendar date. */
export function footerDate(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** Text is literal in a footer: "&" starts a code, so it is doubled. */
const literal = (s: string): string => s.replace(/&/g, "&&");

export function pageFooter(setup: PlanPageSetup, written: Date): PageFooter {
  const w = WORDS[setup.lang];
  return {
    left: literal(setup.planName),
    center: `${w.written} ${footerDate(written)}`,
    right: w.pageOf,
  };
}

/** One OOXML <oddFooter> string: "&L…&C…&R…". */
export function oddFooterText(setup: PlanPageSetup, written: Date): string {
  const f = pageFooter(setup, written);
  return `&L${f.left}&C${f.center}&R${f.right}`;
}
