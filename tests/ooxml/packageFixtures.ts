// Minimal workbook packages written by hand, so tests control part names, prefixes and XML.
import { buildZip, type FixtureEntry } from "./zipFixtures";

export const WB_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface FixtureSheet {
  name: string;
  xml: string;
  /** Where the part is stored (default xl/worksheets/sheetN.xml). */
  part?: string;
  /** The relationship's Target as written (default worksheets/sheetN.xml). */
  target?: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A sheet's XML from rows of values (strings inline, numbers as numbers). */
export function sheetXml(rows: (string | number)[][], prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${WB_NS}"` : `xmlns="${WB_NS}"`;
  const body = rows
    .map((row, r) => {
      const cells = row.map((v, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        return typeof v === "number"
          ? `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`
          : `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`;
      });
      return `<${p}row r="${r + 1}">${cells.join("")}</${p}row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
}

export function packageOf(opts: {
  sheets: FixtureSheet[];
  prefix?: string;
  extra?: FixtureEntry[];
}): Uint8Array {
  const p = opts.prefix ? `${opts.prefix}:` : "";
  const ns = opts.prefix ? `xmlns:${opts.prefix}="${WB_NS}"` : `xmlns="${WB_NS}"`;
  const sheets = opts.sheets
    .map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const workbook = `<${p}workbook ${ns} xmlns:r="${R_NS}"><${p}sheets>${sheets}</${p}sheets></${p}workbook>`;
  const wbRels = opts.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R_NS}/worksheet" Target="${esc(s.target ?? `worksheets/sheet${i + 1}.xml`)}"/>`
    )
    .join("");
  return buildZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PR_NS}"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", data: workbook },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="${PR_NS}">${wbRels}</Relationships>`,
    },
    ...opts.sheets.map((s, i) => ({
      name: s.part ?? `xl/worksheets/sheet${i + 1}.xml`,
      data: s.xml,
    })),
    ...(opts.extra ?? []),
  ]);
}
