// "Som ny projektmappe": the consolidated table as a workbook of its own. An empty package is built
// here (content types, the package's and the workbook's relationships, a workbook without sheets),
// and the overview goes into it through the same writer as into every copy, so the new workbook
// gets what a copy gets: the sheet, its table, widths, names, the marks that make it ours, print
// setup and the chart. The styles part is the writer's own for a package without one. No Node I/O.
import { strToU8 } from "fflate";
import type { Lang, Overview } from "../../core";
import type { PlanValue } from "../../core/overview";
import { columnLetter } from "../../core/sheet";
import { writeZip } from "../base/zipWrite";
import { CT_PATH, MAIN_NS, PKG_REL, REL } from "./opc";
import { writeOverviewCopy } from "./writeOverview";
import { cellXml } from "./sheetPart";
import { escapeXml } from "./xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORKBOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const RELS_CT = "application/vnd.openxmlformats-package.relationships+xml";

/**
 * A package's four fixed parts around a workbook: content types (`overrides` beside the
 * workbook's), the package's relationships, the workbook, and the workbook's relationships.
 */
function packageParts(
  overrides: string,
  workbookInner: string,
  workbookRels: string
): { name: string; xml: string }[] {
  return [
    {
      name: CT_PATH,
      xml:
        `${XML_HEAD}<Types xmlns="${CT_NS}">` +
        `<Default Extension="rels" ContentType="${RELS_CT}"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_CT}"/>${overrides}</Types>`,
    },
    {
      name: "_rels/.rels",
      xml:
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        "</Relationships>",
    },
    {
      name: "xl/workbook.xml",
      xml: `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}">${workbookInner}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      xml: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${workbookRels}</Relationships>`,
    },
  ];
}

/** The parts of an empty workbook: no sheet yet (the writer adds the overview as the first). */
export function emptyWorkbookParts(): { name: string; xml: string }[] {
  return packageParts("", '<bookViews><workbookView activeTab="0"/></bookViews><sheets/>', "");
}

/** The empty workbook as zip bytes. */
export function emptyWorkbook(date: Date): Uint8Array {
  return writeZip(
    emptyWorkbookParts().map((p) => ({ name: p.name, data: strToU8(p.xml) })),
    date
  );
}

/** The new workbook holding only the overview sheet, as .xlsx bytes (checked like every copy). */
export function overviewWorkbookBytes(
  overview: Overview,
  lang: Lang,
  options: { date: Date }
): { bytes: Uint8Array; sheetName: string } {
  const written = writeOverviewCopy(emptyWorkbook(options.date), overview, lang, {
    date: options.date,
  });
  return { bytes: written.bytes, sheetName: written.decision.sheetName };
}

// The CSV's table on the Mac/iPad route, where no download can start from the pane (office-js
// #2700, #3385, #4681) and the user saves this workbook as CSV instead: one sheet of the CSV's own
// rows (core/overview overviewCsvRows) as plain values, no styles, text inline (t="inlineStr").

const SML_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A cell of the table (sheetPart's cellXml, unstyled); blank and non-finite values write none. */
function tableCell(ref: string, v: PlanValue): string {
  if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) return "";
  return cellXml(ref, 0, v);
}

function sheetXml(rows: PlanValue[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((v, c) => tableCell(`${columnLetter(c)}${r + 1}`, v)).join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** The workbook as .xlsx bytes: one sheet named `sheetName` holding `rows` from A1. */
export function rowsWorkbookBytes(rows: PlanValue[][], sheetName: string, date: Date): Uint8Array {
  const parts = [
    ...packageParts(
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SML_CT}.worksheet+xml"/>`,
      `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>`,
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
    ),
    { name: "xl/worksheets/sheet1.xml", xml: sheetXml(rows) },
  ];
  return writeZip(
    parts.map((p) => ({ name: p.name, data: strToU8(p.xml) })),
    date
  );
}
