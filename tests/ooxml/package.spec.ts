import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { NOT_CALCULATED } from "../../src/core";
import { openWorkbookPackage, PackageError } from "../../src/ooxml";
import { gridFromWorksheet } from "../xlsx/exceljsRead";
import {
  addNotesSheet,
  blocksWorkbook,
  NOTES_MERGES,
  NOTES_ROWS,
  budgetLinesWorkbook,
  overviewWorkbook,
  toBytes,
} from "../xlsx/fixtures";
import { buildZip } from "./zipFixtures";
import { packageOf, sheetXml, WB_NS } from "./packageFixtures";

function packageError(fn: () => unknown): PackageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PackageError) return e;
    throw e;
  }
  throw new Error("expected a PackageError");
}

/** The ExcelJS grid with the rows it adds for merges below the last value dropped. */
async function excelJsGrids(wb: ExcelJS.Workbook) {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await toBytes(wb)) as unknown as ArrayBuffer);
  return loaded.worksheets.map((ws) => gridFromWorksheet(ws, "t.xlsx"));
}

describe("openWorkbookPackage on workbooks ExcelJS wrote", () => {
  it.each([
    ["overview", () => overviewWorkbook({ errors: true })],
    ["budget lines", budgetLinesWorkbook],
    ["blocks", blocksWorkbook],
  ])("reads the %s workbook as ExcelJS does", async (_name, make) => {
    const wb = make();
    const pkg = openWorkbookPackage(await toBytes(wb));
    const expected = await excelJsGrids(wb);
    expect(pkg.sheets.map((s) => s.name)).toEqual(expected.map((g) => g.sheetName));
    for (const g of expected) {
      const mine = pkg.readSheet(g.sheetName, "t.xlsx").grid;
      expect(mine.merges ?? []).toEqual(g.merges ?? []);
      expect(mine.rows.slice(0, lastValueRow(g.rows) + 1)).toEqual(
        g.rows.slice(0, lastValueRow(g.rows) + 1)
      );
    }
  });

  it("reads formulas' results, dates, rich text, links, errors and merges", async () => {
    const wb = new ExcelJS.Workbook();
    addNotesSheet(wb);
    const pkg = openWorkbookPackage(await toBytes(wb));
    const { grid, cells } = pkg.readSheet("Noter", "Tryghedsplan 2026.xlsx");
    expect(grid.workbookTitle).toBe("Tryghedsplan 2026.xlsx");
    expect(grid.rows.slice(0, 10)).toEqual(NOTES_ROWS);
    expect(cells).toBe(20);
    expect(grid.merges).toEqual(NOTES_MERGES);
  });
});

function lastValueRow(rows: unknown[][]): number {
  for (let r = rows.length - 1; r >= 0; r--) if (rows[r].some((v) => v !== null)) return r;
  return -1;
}

describe("packages other writers make", () => {
  it("reads namespace-prefixed XML (<x:workbook>, as the OpenXML SDK writes)", () => {
    const bytes = packageOf({
      prefix: "x",
      sheets: [
        {
          name: "Ark1",
          xml: sheetXml(
            [
              ["Aktivitet", 2026],
              ["A", 5],
            ],
            "x"
          ),
        },
      ],
    });
    const pkg = openWorkbookPackage(bytes);
    expect(pkg.readSheet("Ark1").grid.rows).toEqual([
      ["Aktivitet", 2026],
      ["A", 5],
    ]);
  });

  it("finds sheets through relationships: odd part names, backslashes, absolute targets", () => {
    const bytes = packageOf({
      sheets: [
        {
          name: "Første",
          xml: sheetXml([["a"]]),
          part: "xl/data/Blad Et.xml",
          target: "data\\Blad%20Et.xml",
        },
        {
          name: "'Mærkeligt: [navn]?'",
          xml: sheetXml([["b"]]),
          part: "xl/ws/s2.xml",
          target: "/xl/ws/s2.xml",
        },
      ],
    });
    const pkg = openWorkbookPackage(bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Første", "'Mærkeligt: [navn]?'"]);
    expect(pkg.readSheet("Første").grid.rows).toEqual([["a"]]);
    expect(pkg.readSheet("'Mærkeligt: [navn]?'").grid.rows).toEqual([["b"]]);
  });

  it("reads rows and cells without r, inline and rich strings, booleans and escapes", () => {
    const xml = `<worksheet xmlns="${WB_NS}"><sheetData>
      <row><c t="inlineStr"><is><t>Akt</t></is></c><c t="inlineStr"><is><r><t>iv</t></r><r><t>itet</t></r><rPh><t>x</t></rPh></is></c></row>
      <row><c t="b"><v>1</v></c><c t="str"><f>A1</f><v>ab_x000D_c</v></c><c><f>1/0</f></c></row>
    </sheetData></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml }] }));
    expect(pkg.readSheet("S").grid.rows).toEqual([
      ["Akt", "ivitet"],
      // <f>1/0</f> with no value: saved without its result, so unknown rather than blank.
      [true, "ab_x000D_c", { error: NOT_CALCULATED }],
    ]);
  });

  it("keeps one far-right value sparse instead of padding rows to column XFD", () => {
    const rows = Array.from(
      { length: 8000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`
    );
    const xml = `<worksheet xmlns="${WB_NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml }] }));
    const { grid, cells, lastCol } = pkg.readSheet("S");
    expect(cells).toBe(16000);
    expect(lastCol).toBe(16383);
    expect(grid.rows[5][16383]).toBe(1);
    expect(Object.keys(grid.rows[5])).toEqual(["0", "16383"]);
  });

  it("reads 50,000 merged ranges in linear time (judged by CPU time, not the busy machine's clock)", () => {
    const merges = Array.from(
      { length: 50_000 },
      (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 2}"/>`
    );
    const xml = `<worksheet xmlns="${WB_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="50000">${merges.join("")}</mergeCells></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml }] }));
    const c0 = process.cpuUsage();
    const { grid } = pkg.readSheet("S");
    const cpu = process.cpuUsage(c0);
    // Linear is tens of milliseconds; a pairwise overlap check would be minutes.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000);
    expect(grid.merges).toHaveLength(50_000);
    expect(grid.rows[0]).toEqual(["x", null]);
  });

  it("never expands a data validation over the whole sheet", () => {
    const xml = `<worksheet xmlns="${WB_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><dataValidations count="2"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation><dataValidation type="list" sqref="A:A C:C"><formula1>"a"</formula1></dataValidation></dataValidations></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml }] }));
    expect(pkg.readSheet("S").grid.rows).toEqual([[1]]);
  });

  it("reads a formula saved without its result as unknown, and an empty text result as text", () => {
    const cells =
      `<c r="A1"><f>B1*2</f><v></v></c>` + // openpyxl: the formula, an empty value
      `<c r="B1"><f>SUM(C1:D1)</f></c>` + // no value at all
      `<c r="C1" t="str"><f>IF(D1&gt;0,"ja","")</f><v></v></c>` + // Excel: an empty text result
      `<c r="D1" t="str"><f>"a"&amp;"b"</f></c>` + // a text formula without its result
      `<c r="E1"><f>1+1</f><v>2</v></c>`;
    const xml = `<worksheet xmlns="${WB_NS}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml }] }));
    const unknown = { error: NOT_CALCULATED };
    expect(pkg.readSheet("S").grid.rows).toEqual([[unknown, unknown, "", unknown, 2]]);
  });

  it("names the part that is not well-formed XML, and tells the other failures apart", () => {
    const bad = packageOf({
      sheets: [{ name: "S", xml: "<worksheet><sheetData><row></sheetData>" }],
    });
    expect(packageError(() => openWorkbookPackage(bad).readSheet("S"))).toMatchObject({
      code: "BAD_XML",
      part: "xl/worksheets/sheet1.xml",
    });
    expect(packageError(() => openWorkbookPackage(new TextEncoder().encode("a;b\n1;2"))).code).toBe(
      "NOT_ZIP"
    );
    // Nothing at all is said as such, not as "not a workbook".
    expect(packageError(() => openWorkbookPackage(new Uint8Array(0))).code).toBe("EMPTY");
    const ods = buildZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
      { name: "content.xml", data: "<x/>" },
    ]);
    expect(packageError(() => openWorkbookPackage(ods)).code).toBe("ODS");
    const docx = buildZip([
      { name: "_rels/.rels", data: rels([["rId1", "officeDocument", "word/document.xml"]]) },
      { name: "word/document.xml", data: "<w/>" },
    ]);
    expect(packageError(() => openWorkbookPackage(docx)).code).toBe("OTHER_OFFICE");
    const xlsb = buildZip([
      { name: "_rels/.rels", data: rels([["rId1", "officeDocument", "xl/workbook.bin"]]) },
      { name: "xl/workbook.bin", data: "x" },
    ]);
    expect(packageError(() => openWorkbookPackage(xlsb)).code).toBe("XLSB");
    expect(
      packageError(() => openWorkbookPackage(buildZip([{ name: "a.txt", data: "x" }]))).code
    ).toBe("NO_WORKBOOK");
    const good = packageOf({ sheets: [{ name: "S", xml: sheetXml([["a"]]) }] });
    expect(packageError(() => openWorkbookPackage(good.subarray(0, good.length - 40))).code).toBe(
      "TRUNCATED"
    );
  });

  it("refuses a DOCTYPE (an entity bomb) as unsafe, not damaged; ignores text after the root", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet xmlns="${WB_NS}"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml: bomb }] }));
    expect(packageError(() => pkg.readSheet("S"))).toMatchObject({
      code: "UNSAFE_XML",
      part: "xl/worksheets/sheet1.xml",
    });
    const trailing = sheetXml([["a"]]) + "\n junk after the root";
    const ok = openWorkbookPackage(packageOf({ sheets: [{ name: "S", xml: trailing }] }));
    expect(ok.readSheet("S").grid.rows).toEqual([["a"]]);
  });

  it("reads the sample the command ships", () => {
    const bytes = readFileSync(
      path.join(__dirname, "..", "..", "assets", "eksempel-tryghedsplan-2026.xlsx")
    );
    const pkg = openWorkbookPackage(new Uint8Array(bytes));
    expect(pkg.sheets.length).toBeGreaterThan(0);
    expect(pkg.readSheet(pkg.sheets[0].name).cells).toBeGreaterThan(10);
  });
});

function rels(list: [string, string, string][]): string {
  const items = list.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`
  );
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}
