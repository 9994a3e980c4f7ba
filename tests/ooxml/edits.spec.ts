// The two package edits other features build on: cell edits (fixes written into a copy) and a
// custom XML part (the approved baseline). Each changes only what it must.
import { openWorkbookPackage } from "../../src/ooxml";
import { customXmlParts } from "../../src/ooxml/read/baselinePart";
import { editCells, type CellEdit } from "../../src/ooxml/write/cellEdit";
import { cellEditProblemText } from "../../src/core/words/messages";
import { CellEditError } from "../../src/ooxml/base/errors";
import {
  findCustomXmlParts,
  rootNamespace,
  setCustomXmlPart,
} from "../../src/ooxml/write/customXml";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { openZip, type ZipEntry } from "../../src/ooxml/base/zip";
import { strFromU8 } from "fflate";
import { copyProblems } from "../../src/ooxml/write/check";
import { findElements } from "../../src/ooxml/write/xml";
import { diffParts, fixture, packageProblems } from "./helpers";
import { describeWith } from "../tools";

const SHEET = "xl/worksheets/sheet1.xml";

function edited(edits: CellEdit[]): { before: Uint8Array; after: Uint8Array } {
  const before = fixture("fidelity.xlsx");
  const pkg = OoxmlPackage.fromZip(before);
  editCells(pkg, edits);
  return { before, after: pkg.toZip() };
}

const valueAt = (bytes: Uint8Array, sheet: string, a1row: number, col: number): unknown => {
  const grid = openWorkbookPackage(bytes).readSheet(sheet).grid;
  return grid.rows[a1row - 1 - grid.originRow]?.[col - grid.originCol];
};

describeWith(["XlsxWriter"], "editCells", () => {
  it("sets one number with a number format; nothing else in the sheet part changes", () => {
    const { before, after } = edited([
      { sheet: "Tryghedsplan 2026", address: "H6", number: 160000, numFmt: "#,##0.00" },
    ]);
    expect(diffParts(before, after)).toEqual({
      changed: ["xl/styles.xml", SHEET],
      added: [],
      removed: [],
    });
    expect(packageProblems(after)).toEqual([]);
    expect(valueAt(after, "Tryghedsplan 2026", 6, 7)).toBe(160000);
    // The part is the original with that one <c> replaced.
    const a = OoxmlPackage.fromZip(before).text(SHEET) ?? "";
    const b = OoxmlPackage.fromZip(after).text(SHEET) ?? "";
    const oldCell = /<c r="H6"[^>]*>.*?<\/c>/.exec(a)?.[0] ?? "";
    const newCell = /<c r="H6"[^>]*>.*?<\/c>/.exec(b)?.[0] ?? "";
    expect(newCell).toMatch(/^<c r="H6" s="\d+"><v>160000<\/v><\/c>$/);
    expect(b).toBe(a.replace(oldCell, newCell));
    // The new style is the cell's own with the new format, appended (old indexes keep meaning).
    const styles = OoxmlPackage.fromZip(after).text("xl/styles.xml") ?? "";
    expect(styles).toContain('formatCode="#,##0.00"');
    const xfs = (xml: string): string => /<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(xml)?.[1] ?? "";
    const oldXfs = xfs(OoxmlPackage.fromZip(before).text("xl/styles.xml") ?? "");
    expect(oldXfs.length).toBeGreaterThan(20);
    expect(xfs(styles).startsWith(oldXfs)).toBe(true);
  });

  it("writes a formula into a new cell and a new row, in order, and asks Excel to recalculate", () => {
    const { before, after } = edited([
      { sheet: "Tryghedsplan 2026", address: "L5", formula: "=H5*2" },
      { sheet: "Tryghedsplan 2026", address: "A40", formula: "SUM(H5:H6)" },
    ]);
    // XlsxWriter already asks for a full calculation on load, so workbook.xml stays as it was.
    expect(diffParts(before, after).changed).toEqual([SHEET]);
    expect(packageProblems(after)).toEqual([]);
    const xml = OoxmlPackage.fromZip(after).text(SHEET) ?? "";
    expect(xml).toMatch(/<c r="H5" s="2"><v>120000<\/v><\/c><c r="L5"><f>H5\*2<\/f><\/c><\/row>/);
    expect(xml).toMatch(/<row r="40"><c r="A40"><f>SUM\(H5:H6\)<\/f><\/c><\/row><\/sheetData>/);
    expect(OoxmlPackage.fromZip(after).text("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("sets fullCalcOnLoad when a workbook does not ask for it", () => {
    const pkg = OoxmlPackage.fromZip(fixture("fidelity.xlsx"));
    const wb = (pkg.text("xl/workbook.xml") ?? "").replace(/<calcPr[^>]*\/>/, "");
    pkg.setText("xl/workbook.xml", wb);
    editCells(pkg, [{ sheet: "Noter", address: "B6", formula: "B5/2" }]);
    const after = pkg.text("xl/workbook.xml") ?? "";
    expect(after).toBe(
      wb.replace("</definedNames>", '</definedNames><calcPr fullCalcOnLoad="1"/>')
    );
    expect(packageProblems(pkg.toZip())).toEqual([]);
  });

  it("refuses a sheet that does not exist and a cell inside a dynamic-array formula, by code", () => {
    const pkg = OoxmlPackage.fromZip(fixture("fidelity.xlsx"));
    const refusal = (edit: CellEdit) => {
      try {
        editCells(pkg, [edit]);
      } catch (e) {
        if (e instanceof CellEditError) return e.problem;
        throw e;
      }
      throw new Error("the edit was not refused");
    };
    const missing = refusal({ sheet: "Findes ikke", address: "A1", number: 1 });
    expect(missing).toEqual({ code: "SHEET_MISSING", sheet: "Findes ikke", cell: "A1" });
    const array = refusal({ sheet: "Noter", address: "C1", number: 1 });
    expect(array).toEqual({ code: "ARRAY_FORMULA", sheet: "Noter", cell: "C1" });
    // Worded at the edge in Danish (and English), naming the file, the sheet and the cell.
    expect(cellEditProblemText(array, "plan.xlsx", "da")).toBe(
      "Cellen C1 på arket «Noter» i plan.xlsx er en del af en matrixformel; ret den i Excel"
    );
    expect(cellEditProblemText(missing, "plan.xlsx", "en")).toBe(
      'There is no sheet "Findes ikke" in plan.xlsx, so A1 cannot be fixed'
    );
  });

  it("gives a workbook whose styles part is missing a minimal one, and the fix its format", () => {
    const pkg = OoxmlPackage.fromZip(fixture("fidelity.xlsx"));
    pkg.delete("xl/styles.xml");
    const edit: CellEdit = { sheet: "Tryghedsplan 2026", address: "H6", number: 1, numFmt: "0.0" };
    editCells(pkg, [edit]);
    const styles = pkg.text("xl/styles.xml") ?? "";
    expect(styles).toContain('formatCode="0.0"');
    expect(findElements(styles, "font").length).toBeGreaterThanOrEqual(1);
    expect(findElements(styles, "fill").length).toBe(2);
    expect(copyProblems(pkg)).toEqual([]);
  });
});

const NS = "urn:tryghedsplan:budgettjek:test";
const doc = (v: string): string => `<?xml version="1.0"?><b:baseline xmlns:b="${NS}" v="${v}"/>`;

describeWith(["XlsxWriter"], "setCustomXmlPart", () => {
  it("adds an item with its properties and relationships, and replaces it in place later", () => {
    const input = fixture("fidelity.xlsx");
    const pkg = OoxmlPackage.fromZip(input);
    expect(setCustomXmlPart(pkg, doc("1"))).toBe("customXml/item1.xml");
    const once = pkg.toZip();
    expect(diffParts(input, once)).toEqual({
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
      added: ["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"],
      removed: [],
    });
    expect(packageProblems(once)).toEqual([]);
    expect([...customXmlParts(once).values()]).toEqual([doc("1")]);
    expect(pkg.text("customXml/itemProps1.xml")).toMatch(/ds:itemID="\{[0-9A-F-]{36}\}"/);

    const again = OoxmlPackage.fromZip(once);
    expect(setCustomXmlPart(again, doc("2"))).toBe("customXml/item1.xml");
    const twice = again.toZip();
    expect(diffParts(once, twice)).toEqual({
      changed: ["customXml/item1.xml"],
      added: [],
      removed: [],
    });
    expect(findCustomXmlParts(again, NS)).toEqual(["customXml/item1.xml"]);
    expect(findCustomXmlParts(again, "urn:other")).toEqual([]);
  });
});

test("rootNamespace reads the root element's namespace, prefixed or default", () => {
  expect(rootNamespace(doc("1"))).toBe(NS);
  expect(rootNamespace(`<!-- x --><a xmlns="urn:a"><b/></a>`)).toBe("urn:a");
  expect(rootNamespace("<a/>")).toBe("");
});

describeWith(["XlsxWriter"], "reading the package for a copy", () => {
  it("goes through the reader's zip limits (a part over the limit stops the read)", () => {
    const small = OoxmlPackage.fromZip(fixture("fidelity.xlsx"), { maxPartBytes: 1000 });
    expect(() => small.text("xl/worksheets/sheet1.xml")).toThrow(/declares \d+ bytes/);
    expect(OoxmlPackage.fromZip(fixture("fidelity.xlsx")).names()).toContain("xl/workbook.xml");
  });

  it("copies the parts it never read as stored, compressed bytes and all", () => {
    const input = fixture("fidelity.xlsx");
    const pkg = OoxmlPackage.fromZip(input);
    pkg.setText("xl/extra.xml", "<x/>");
    const zip = openZip(pkg.toZip());
    const before = openZip(input);
    const sheet = zip.get("xl/worksheets/sheet1.xml") as ZipEntry;
    const old = before.get("xl/worksheets/sheet1.xml") as ZipEntry;
    expect(Buffer.from(zip.raw(sheet)).equals(Buffer.from(before.raw(old)))).toBe(true);
    expect(strFromU8(zip.read(zip.get("xl/extra.xml") as ZipEntry))).toBe("<x/>");
    expect(zip.entries.map((e) => e.name)).toEqual([
      ...before.entries.map((e) => e.name),
      "xl/extra.xml",
    ]);
  });
});
