// Each splice rule of the package writer on the habits of the writers users meet: a prefix bound
// on each element (openpyxl), a prefix for the main namespace (x:, ns:), self-closing and missing
// containers, ">" and quotes inside attribute values, sheetId gaps, content types by Override
// only, a missing styles part. Every result must parse namespace-aware with every prefix bound.
import { strToU8 } from "fflate";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { PackageError } from "../../src/ooxml/base/errors";
import { checkedZip, copyProblems } from "../../src/ooxml/write/check";
import { contentTypeOf, CT, setOverrides } from "../../src/ooxml/write/contentTypes";
import { workbookOf } from "./helpers";
import { MAIN_NS, OoxmlPackage, REL } from "../../src/ooxml/write/opc";
import { addRels } from "../../src/ooxml/write/relsEdit";
import { StyleBook } from "../../src/ooxml/write/styles";
import { openStyles, saveStyles } from "../../src/ooxml/write/stylesPart";
import { editWorkbook } from "../../src/ooxml/write/workbookEdit";
import { findElements, setAttr, applySplices, attrLocal } from "../../src/ooxml/write/xml";

const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const WS = `${REL}/worksheet`;

/** Elements of a part as a namespace-aware parser sees them (throws on an unbound prefix). */
function parsed(xml: string): SaxesTagNS[] {
  const out: SaxesTagNS[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on("error", (e) => {
    throw e;
  });
  p.on("opentag", (t) => out.push(t));
  p.write(xml).close();
  return out;
}

const byLocal = (xml: string, local: string): SaxesTagNS[] =>
  parsed(xml).filter((t) => t.local === local && t.uri === MAIN_NS);

const attrNs = (t: SaxesTagNS, uri: string, local: string): string | undefined =>
  Object.values(t.attributes).find((a) => a.uri === uri && a.local === local)?.value;

function pkgOf(workbook: string, extra: Record<string, string> = {}): OoxmlPackage {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WS}" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`,
    ...extra,
  };
  return new OoxmlPackage(new Map(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const addSheet = { name: "Budgetoversigt", sheetId: 2, relId: "rId9" };
const names = [{ name: "Restbeløb_2026", formula: "Budgetoversigt!$G$8" }];

function edited(workbook: string): string {
  const info = workbookOf(pkgOf(workbook));
  return editWorkbook(workbook, info, { addSheet, dropNames: [], addNames: names });
}

describe("workbook.xml: new elements are bound where they land", () => {
  it("binds r: on the new <sheet> when the workbook declares it on each <sheet> (openpyxl)", () => {
    const xml = edited(
      `<workbook xmlns="${MAIN_NS}"><sheets><sheet xmlns:r="${REL}" name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`
    );
    const [, ours] = byLocal(xml, "sheet");
    expect([ours.attributes.name.value, attrNs(ours, REL, "id")]).toEqual([
      "Budgetoversigt",
      "rId9",
    ]);
  });

  it("writes x:sheet and x:definedNames in a workbook that uses x: for the main namespace", () => {
    const xml = edited(
      `<x:workbook xmlns:x="${MAIN_NS}" xmlns:r="${REL}"><x:sheets><x:sheet name="Plan" sheetId="1" r:id="rId1"/></x:sheets><x:calcPr/></x:workbook>`
    );
    expect(xml).toContain(`<x:sheet name="Budgetoversigt" sheetId="2" r:id="rId9"/></x:sheets>`);
    // CT_Workbook order: definedNames after sheets, before calcPr.
    expect(xml).toMatch(
      /<\/x:sheets><x:definedNames><x:definedName [^>]*>[^<]*<\/x:definedName><\/x:definedNames><x:calcPr\/>/
    );
    expect(byLocal(xml, "definedName")).toHaveLength(1);
  });

  it("uses the workbook's own prefix for relationships (ns:) and a free one when r is taken", () => {
    const ns = edited(
      `<ns:workbook xmlns:ns="${MAIN_NS}" xmlns:rel="${REL}"><ns:sheets><ns:sheet name="Plan" sheetId="1" rel:id="rId1"/></ns:sheets></ns:workbook>`
    );
    expect(ns).toContain(`<ns:sheet name="Budgetoversigt" sheetId="2" rel:id="rId9"/>`);
    const taken = edited(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="urn:other"><sheets><sheet xmlns:q="${REL}" name="Plan" sheetId="1" q:id="rId1"/></sheets></workbook>`
    );
    const [, ours] = byLocal(taken, "sheet");
    expect(attrNs(ours, REL, "id")).toBe("rId9");
    expect(ours.attributes["r:id"]).toBeUndefined();
  });

  it("opens a self-closing <definedNames/> and adds a missing one after <sheets>", () => {
    const selfClosing = edited(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets><definedNames/></workbook>`
    );
    expect(selfClosing).toMatch(
      /<definedNames><definedName name="Restbeløb_2026">Budgetoversigt!\$G\$8<\/definedName><\/definedNames><\/workbook>/
    );
    const missing = edited(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`
    );
    expect(missing).toMatch(/<\/sheets><definedNames><definedName /);
  });

  it("finds elements after an attribute holding a literal > and quotes", () => {
    const xml = edited(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Noter > 2025 &quot;a&quot; 'b'" sheetId="1" r:id="rId1"/><sheet name='Noter "ny" > gl' sheetId="2" r:id="rId2"/></sheets></workbook>`.replace(
        'sheetId="2"',
        'sheetId="7"'
      )
    );
    expect(byLocal(xml, "sheet").map((t) => t.attributes.name.value)).toEqual([
      `Noter > 2025 "a" 'b'`,
      'Noter "ny" > gl',
      "Budgetoversigt",
    ]);
    const el = findElements(xml, "sheet")[1];
    const changed = applySplices(xml, [setAttr(xml, el, "state", "hidden")]);
    expect(attrLocal(findElements(changed, "sheet")[1], "state")).toBe("hidden");
    expect(attrLocal(findElements(changed, "sheet")[1], "name")).toBe('Noter "ny" > gl');
  });
});

describe("styles.xml", () => {
  const head = `<styleSheet xmlns="${MAIN_NS}">`;
  const rest = `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

  it('opens <numFmts count="0"/> (openpyxl, pandas) and counts what it appends', () => {
    const book = new StyleBook(`${head}<numFmts count="0"/>${rest}`);
    const s = book.index({ numFmt: "#,##0", bold: true });
    const xml = book.render();
    expect(s).toBe(1);
    const fmts = byLocal(xml, "numFmts")[0];
    expect(fmts.attributes.count.value).toBe("1");
    expect(byLocal(xml, "numFmt").map((t) => t.attributes.formatCode.value)).toEqual(["#,##0"]);
    expect(byLocal(xml, "xf")).toHaveLength(3);
  });

  it("adds a missing <numFmts> before <fonts>, and a missing list in schema order", () => {
    const xml = new StyleBook(`${head}${rest.replace(/<borders.*<\/borders>/, "")}`);
    xml.index({ numFmt: "0.0" });
    const out = xml.render();
    expect(out.indexOf("<numFmts")).toBeLessThan(out.indexOf("<fonts"));
    expect(out.indexOf("</fills><borders")).toBeGreaterThan(0);
  });

  it("gives a cell style another number format however its <xf> is quoted, or with none", () => {
    // Single quotes (allowed by XML) and a missing numFmtId (optional; 0, General) are kept by some
    // writers. The style must come out well-formed, with the new format and one applyNumberFormat.
    const xfs = [
      `<xf numFmtId='0' fontId='0' fillId='0' borderId='0' xfId='0' applyNumberFormat='0'/>`,
      `<xf fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    ];
    const book = new StyleBook(
      `${head}${rest.replace(/<cellXfs.*<\/cellXfs>/, `<cellXfs count="2">${xfs.join("")}</cellXfs>`)}`
    );
    expect(book.numFmtIdOf(0)).toBe(0);
    const a = book.withNumFmt(0, "#,##0");
    const b = book.withNumFmt(1, "#,##0");
    const out = book.render();
    const made = byLocal(out, "xf").slice(-2);
    expect([a, b]).toEqual([2, 3]);
    for (const xf of made) {
      expect(xf.attributes.numFmtId.value).toBe("164");
      expect(xf.attributes.applyNumberFormat.value).toBe("1");
    }
    expect(book.numFmtIdOf(a)).toBe(164);
    expect(book.numFmtIdOf(b)).toBe(164);
  });

  it("writes x:-prefixed items into an x:-prefixed stylesheet", () => {
    const x = `<x:styleSheet xmlns:x="${MAIN_NS}"><x:numFmts/><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`;
    const book = new StyleBook(x);
    book.index({ numFmt: "0.0", bold: true, wrap: true });
    const out = book.render();
    expect(out).toContain(
      '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0"/></x:numFmts>'
    );
    expect(byLocal(out, "b")).toHaveLength(1);
    expect(byLocal(out, "alignment")).toHaveLength(1);
  });

  it("creates a styles part, its relationship and content type when the workbook has none", () => {
    const pkg = pkgOf(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`
    );
    const styles = openStyles(pkg, "xl/workbook.xml");
    expect(styles.book.index({ numFmt: "0.0" })).toBe(1);
    saveStyles(pkg, "xl/workbook.xml", styles);
    expect(pkg.has("xl/styles.xml")).toBe(true);
    expect(contentTypeOf(pkg, "xl/styles.xml")).toBe(CT.styles);
    expect(pkg.text("xl/_rels/workbook.xml.rels")).toContain(
      `Type="${REL}/styles" Target="styles.xml"`
    );
    expect(byLocal(pkg.text("xl/styles.xml") ?? "", "fill")).toHaveLength(2);
    expect(copyProblems(pkg)).toEqual([]);
  });
});

describe("package parts", () => {
  it("gives a new .rels part a content type where parts are declared by Override only", () => {
    const pkg = pkgOf(`<workbook xmlns="${MAIN_NS}"/>`, {
      "[Content_Types].xml": `<ct:Types xmlns:ct="${CT_NS}"><ct:Override PartName="/_rels/.rels" ContentType="${CT.relationships}"/><ct:Override PartName="/xl/workbook.xml" ContentType="x"/><ct:Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/><ct:Override PartName="/xl/_rels/workbook.xml.rels" ContentType="${CT.relationships}"/></ct:Types>`,
    });
    addRels(pkg, "xl/worksheets/sheet1.xml", [
      { id: "rId1", type: `${REL}/table`, target: "../tables/table1.xml" },
    ]);
    pkg.setText("xl/tables/table1.xml", `<table xmlns="${MAIN_NS}"/>`);
    setOverrides(pkg, [{ part: "xl/tables/table1.xml", type: CT.table }]);
    expect(contentTypeOf(pkg, "xl/worksheets/_rels/sheet1.xml.rels")).toBe(CT.relationships);
    const ct = pkg.text("[Content_Types].xml") ?? "";
    expect(ct).toContain(`<ct:Default Extension="rels"`);
    expect(ct).toContain(`<ct:Override PartName="/xl/tables/table1.xml"`);
    expect(copyProblems(pkg)).toEqual([]);
  });

  it("appends to a self-closing <Relationships/> in the package's binding", () => {
    const pkg = pkgOf(`<workbook xmlns="${MAIN_NS}"/>`, {
      "xl/worksheets/_rels/sheet1.xml.rels": `<p:Relationships xmlns:p="${PKG_REL}"/>`,
      "xl/drawings/drawing1.xml": `<wsDr xmlns="urn:x"/>`,
    });
    addRels(pkg, "xl/worksheets/sheet1.xml", [
      { id: "rId1", type: `${REL}/drawing`, target: "../drawings/drawing1.xml" },
    ]);
    expect(pkg.text("xl/worksheets/_rels/sheet1.xml.rels")).toBe(
      `<p:Relationships xmlns:p="${PKG_REL}"><p:Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></p:Relationships>`
    );
  });

  it("numbers a new sheet after the largest sheetId, not after the count (gaps stay)", () => {
    const info = workbookOf(
      pkgOf(
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="5" r:id="rId2"/><sheet name="C" sheetId="9" r:id="rId3"/></sheets></workbook>`
      )
    );
    expect(info.sheets.map((s) => s.sheetId)).toEqual([1, 5, 9]);
  });
});

describe("the check before saving", () => {
  const wb = `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;

  it("refuses a copy with an unbound prefix, naming the part", () => {
    const pkg = pkgOf(wb);
    pkg.setText(
      "xl/workbook.xml",
      wb.replace("</sheets>", `<sheet name="X" sheetId="2" q:id="rId2"/></sheets>`)
    );
    expect(() => checkedZip(pkg)).toThrow(PackageError);
    expect(copyProblems(pkg)).toEqual([
      { part: "xl/workbook.xml", detail: expect.stringMatching(/unbound/) },
    ]);
  });

  it("refuses a relationship to a missing part, a part without a content type, a duplicate sheetId", () => {
    const pkg = pkgOf(wb);
    addRels(pkg, "xl/workbook.xml", [{ id: "rId2", type: WS, target: "worksheets/sheet2.xml" }]);
    pkg.setText("xl/media/image1.png", "png");
    pkg.setText(
      "xl/workbook.xml",
      wb.replace("</sheets>", `<sheet name="Ny" sheetId="1" r:id="rId2"/></sheets>`)
    );
    expect(copyProblems(pkg)).toEqual([
      { part: "xl/media/image1.png", detail: "no content type" },
      {
        part: "xl/_rels/workbook.xml.rels",
        detail: "rId2 points at xl/worksheets/sheet2.xml, which is not there",
      },
      { part: "xl/workbook.xml", detail: "duplicate sheetId 1" },
    ]);
  });

  it("does not blame the copy for what the original already had", () => {
    const pkg = pkgOf(wb.replace('sheetId="1"', 'sheetId="1"/><sheet name="Plan2" sheetId="1"'), {
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WS}" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${WS}" Target="worksheets/gone.xml"/></Relationships>`,
    });
    addRels(pkg, "xl/workbook.xml", [{ id: "rId2", type: `${REL}/styles`, target: "styles.xml" }]);
    pkg.setText("xl/styles.xml", `<styleSheet xmlns="${MAIN_NS}"/>`);
    expect(copyProblems(pkg)).toEqual([]);
  });
});
