// The overview sheet is generated whole from typed data, every value through one escaping
// function (write/xml.ts), so the check before saving does not parse it again. This is the
// property that lets it skip: whatever text the user's cells hold (markup characters, "]]>",
// line breaks, control characters, lone surrogates, "_x0041_" look-alikes, very long strings),
// the generated sheet parses with saxes, namespace-aware, and its text reads back exactly.
import fc from "fast-check";
import { strToU8 } from "fflate";
import { check } from "../../src/core";
import { overviewSheetPlan, type OverviewSheetPlan, type PlanValue } from "../../src/core/overview";
import { openWorkbookPackage } from "../../src/ooxml";
import { xmlFault } from "../../src/ooxml/base/xmlTree";
import { checkedZip } from "../../src/ooxml/write/check";
import { CT } from "../../src/ooxml/write/contentTypes";
import { MAIN_NS, OoxmlPackage, PKG_REL, REL } from "../../src/ooxml/write/opc";
import { writeOverviewIntoPackage } from "../../src/ooxml/write/writeOverview";
import { asGrid, PLAN_2026 } from "../fixtures/plan2026";
import { SETTINGS } from "./helpers";

const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

function emptyWorkbook(): OoxmlPackage {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`,
  };
  return new OoxmlPackage(new Map(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const result = check(asGrid(PLAN_2026), SETTINGS);
if (!result.ok) throw new Error("the 2026 plan is not read as a budget");
const overview = result.report.overview;

/** The plan with every text value (outside the table's header) replaced by the next of `texts`. */
function withTexts(plan: OverviewSheetPlan, texts: string[]): OverviewSheetPlan {
  let i = 0;
  const next = (v: PlanValue): PlanValue => (typeof v === "string" ? texts[i++ % texts.length] : v);
  return {
    ...plan,
    cells: plan.cells.map((c) => (c.formula === undefined ? { ...c, value: next(c.value) } : c)),
    table: { ...plan.table, rows: plan.table.rows.map((r) => r.map(next)) },
  };
}

/** Writes the plan into the empty workbook; the sheet's XML and the cells read back by the reader. */
function written(plan: (names: { sheetName: string; tableName: string }) => OverviewSheetPlan) {
  const pkg = emptyWorkbook();
  const out = writeOverviewIntoPackage(pkg, {
    plan,
    wantedNames: [],
    date: new Date(2026, 2, 5),
  });
  const sheet = pkg
    .names()
    .find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== "xl/worksheets/sheet1.xml");
  const xml = pkg.text(sheet ?? "") ?? "";
  const read = openWorkbookPackage(checkedZip(pkg)).readSheet(out.decision.sheetName);
  return { xml, plan: out.plan, rows: read.grid.rows };
}

/** Text cells of the plan (cells and table rows) with where they are: [row, col, text]. */
function textCells(plan: OverviewSheetPlan): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const c of plan.cells)
    if (typeof c.value === "string" && c.formula === undefined) out.push([c.row, c.col, c.value]);
  const t = plan.table;
  t.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (typeof v === "string") out.push([t.headerRow + 1 + i, t.firstCol + j, v]);
    })
  );
  return out;
}

const piece = fc.oneof(
  fc.constantFrom(
    "<",
    ">",
    "&",
    '"',
    "'",
    "]]>",
    "<![CDATA[",
    "&amp;",
    "&#13;",
    "\r",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\u0000",
    "\u0001",
    "\u0008",
    "\u000B",
    "\u001F",
    "\uFFFE",
    "\uFFFF",
    "\uD800",
    "\uDBFF",
    "\uDC00",
    "\uDFFF",
    "😀",
    "_x0041_",
    "_x005F_",
    "_x00",
    "_X0041_",
    "x:",
    "xmlns",
    "æøå"
  ),
  // Any UTF-16 code unit (lone surrogates included) and any code point.
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: "binary", maxLength: 4 })
);
const nasty = fc.array(piece, { minLength: 1, maxLength: 24 }).map((a) => a.join(""));

describe("the generated overview sheet is well-formed by construction", () => {
  const base = (names: { sheetName: string; tableName: string }): OverviewSheetPlan =>
    overviewSheetPlan(overview, "da", names);

  it("parses with saxes and reads back every text exactly, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 12 }), (texts) => {
        const w = written((names) => withTexts(base(names), texts));
        expect(xmlFault(w.xml)).toBeUndefined();
        for (const [row, col, text] of textCells(w.plan))
          expect([row, col, w.rows[row]?.[col]]).toEqual([row, col, text]);
      }),
      { numRuns: 40 }
    );
  });

  it("holds for very long text (100,000 characters of it)", () => {
    const long = "<&>\"']]>\r\n\u0001\uD800_x0041_😀æ".repeat(6_250);
    const texts = [long, ...Array.from({ length: 19 }, (_, i) => `kort ${i}`)];
    const w = written((names) => withTexts(base(names), texts));
    expect(xmlFault(w.xml)).toBeUndefined();
    const longOnes = textCells(w.plan).filter(([, , t]) => t === long);
    expect(longOnes.length).toBeGreaterThan(0);
    for (const [row, col] of longOnes) expect(w.rows[row]?.[col]).toBe(long);
  });

  it("is what the check would say too: saxes finds a fault the construction could not make", () => {
    // The property above is only worth something if xmlFault would see a broken sheet.
    expect(xmlFault(`<worksheet xmlns="${MAIN_NS}"><c>\u0001</c></worksheet>`)).toMatch(
      /character/
    );
    expect(xmlFault(`<worksheet xmlns="${MAIN_NS}"><x:c/></worksheet>`)).toMatch(/unbound/);
    expect(xmlFault(`<worksheet xmlns="${MAIN_NS}">]]></worksheet>`)).toMatch(/]]>/);
  });
});
