// Where the stored baseline is looked for: the custom XML parts the workbook's relationships name,
// read as the standard allows them to be written (a prefix on the relationships, single quotes,
// the workbook part elsewhere than xl/, UTF-16), not only as Excel happens to write them.
import { strToU8, zipSync } from "fflate";
import { customXmlParts } from "../../src/ooxml/read/baselinePart";

const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MINE = `<m:baseline xmlns:m="urn:test" v="1"/>`;

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i);
  return out;
}

/** A package whose workbook is wb/book.xml and whose one custom part is data/mine.xml. */
function pkg(workbookRels: (xml: string) => Uint8Array): Uint8Array {
  return zipSync({
    "_rels/.rels": strToU8(
      `<p:Relationships xmlns:p="${PKG}"><p:Relationship Id='rId1' ` +
        `Type='${OFFICE}/officeDocument' Target='wb/book.xml'/></p:Relationships>`
    ),
    "wb/book.xml": strToU8(`<workbook/>`),
    "wb/_rels/book.xml.rels": workbookRels(
      `<?xml version="1.0"?>\n<p:Relationships xmlns:p="${PKG}">\n  <p:Relationship\n` +
        `    Target='../data/mine.xml' Id='rId7' Type='${OFFICE}/customXml'></p:Relationship>\n` +
        `</p:Relationships>`
    ),
    "data/mine.xml": strToU8(MINE),
  });
}

describe("customXmlParts", () => {
  it("follows a prefixed, single-quoted customXml relationship of a workbook outside xl/", () => {
    expect([...customXmlParts(pkg(strToU8))]).toEqual([["data/mine.xml", MINE]]);
  });

  it("reads the workbook's relationships saved as UTF-16", () => {
    expect([...customXmlParts(pkg(utf16le))]).toEqual([["data/mine.xml", MINE]]);
  });

  it("names nothing from relationships that are not XML, and does not fail", () => {
    expect([...customXmlParts(pkg(() => strToU8("<p:Relationships")))]).toEqual([]);
  });
});
