// "Som ny projektmappe": the consolidated table as a workbook of its own. An empty package is built
// here (content types, the package's and the workbook's relationships, a workbook without sheets),
// and the overview goes into it through the same writer as into every copy, so the new workbook
// gets what a copy gets: the sheet, its table, widths, names, the marks that make it ours, print
// setup and the chart. The styles part is the writer's own for a package without one. No Node I/O.
import { strToU8 } from "fflate";
import type { Lang, Overview } from "../../core";
import { writeZip } from "../base/zipWrite";
import { CT_PATH, MAIN_NS, PKG_REL, REL } from "./opc";
import { writeOverviewCopy } from "./writeOverview";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORKBOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const RELS_CT = "application/vnd.openxmlformats-package.relationships+xml";

/** The parts of an empty workbook: no sheet yet (the writer adds the overview as the first). */
export function emptyWorkbookParts(): { name: string; xml: string }[] {
  return [
    {
      name: CT_PATH,
      xml:
        `${XML_HEAD}<Types xmlns="${CT_NS}">` +
        `<Default Extension="rels" ContentType="${RELS_CT}"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_CT}"/></Types>`,
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
      xml:
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>',
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      xml: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"/>`,
    },
  ];
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
