// "Som ny projektmappe": the table exported as a workbook of its own is an empty package with the
// overview written into it by the package writer. It holds what a copy's overview holds (table,
// chart, names, print setup), passes every package check, is read back by ExcelJS and LibreOffice
// as independent readers, and our own reader knows its sheet as ours.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decideOwnership } from "../../src/core/overview/ownership";
import { findBudgetSheetInPackage, openWorkbookPackage, packageFacts } from "../../src/ooxml";
import { workbookOf } from "./helpers";
import {
  emptyWorkbook,
  emptyWorkbookParts,
  overviewWorkbookBytes,
} from "../../src/ooxml/write/newWorkbook";
import { OoxmlPackage, packageRels } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { smallOverview } from "../fixtures/overviewPlan";
import { describeWith } from "../tools";
import { loadWorkbook } from "../xlsx/exceljsRead";
import { overviewWorkbook, toBytes } from "../xlsx/fixtures";
import { packageProblems, SETTINGS } from "./helpers";
import { CSV, fields, soffice } from "./libreofficeCalc";
import { expectSmallOverview, expectSmallOverviewTitle } from "./overviewExpect";

const DATE = new Date(2026, 2, 5, 15, 30);
const written = () => overviewWorkbookBytes(smallOverview(), "da", { date: DATE });

/** The part a relationship of `source` of this type points at. */
function related(pkg: OoxmlPackage, source: string, type: string): string | undefined {
  return packageRels(pkg, source).find((r) => r.type.endsWith(`/${type}`))?.part;
}

describe("the new workbook's empty package", () => {
  it("is well-formed XML with every prefix bound, each part declared", () => {
    expect(emptyWorkbookParts().map((p) => p.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
    ]);
    expect(packageProblems(emptyWorkbook(DATE))).toEqual([]);
    const pkg = OoxmlPackage.fromZip(emptyWorkbook(DATE));
    expect(pkg.names()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
    ]);
    expect(workbookOf(pkg).sheets).toEqual([]);
  });
});

describe("overviewWorkbookBytes", () => {
  it("holds the overview sheet alone, with its table, chart, names and print titles", () => {
    const { bytes, sheetName } = written();
    expect(sheetName).toBe("Budgetoversigt");
    expect(packageProblems(bytes)).toEqual([]);
    const pkg = OoxmlPackage.fromZip(bytes);
    const info = workbookOf(pkg);
    expect(info.sheets.map((s) => [s.name, s.sheetId, s.visibility])).toEqual([
      ["Budgetoversigt", 1, "visible"],
    ]);
    expect(info.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["Budgetoversigt_tabel", "Budgetoversigt"],
    ]);
    expect(info.names.map((n) => [n.name, n.localSheetId, n.formula])).toEqual([
      ["Budgettjek_Oversigt", undefined, "Budgetoversigt!$A$1"],
      ["Budgettjek_OversigtNavn", undefined, '"Budgetoversigt"'],
      ["Restbeløb_2025", undefined, "Budgetoversigt!$F$8"],
      ["Restbeløb_2026", undefined, "Budgetoversigt!$G$8"],
      ["Restbeløb_2027", undefined, "Budgetoversigt!$H$8"],
      ["_xlnm.Print_Titles", 0, "Budgetoversigt!$11:$11"],
    ]);
    const sheet = info.sheets[0].part!;
    const drawing = related(pkg, sheet, "drawing")!;
    const chart = related(pkg, drawing, "chart")!;
    expect(chart).toMatch(/^xl\/charts\/chart\d+\.xml$/);
    expect(pkg.text(chart)).toContain("<c:barChart>");
    // A styles part, made by the writer for a package without one.
    expect(related(pkg, info.workbookPart, "styles")).toBe("xl/styles.xml");
  });

  it("is the overview a copy gets: the same sheet, table and chart", async () => {
    const { bytes } = written();
    const source = await toBytes(overviewWorkbook());
    const copy = writeOverviewCopy(source, smallOverview(), "da", { date: DATE }).bytes;
    const parts = (b: Uint8Array) => {
      const pkg = OoxmlPackage.fromZip(b);
      const info = workbookOf(pkg);
      const sheet = info.sheets.find((s) => s.name === "Budgetoversigt")!.part!;
      const drawing = related(pkg, sheet, "drawing")!;
      return {
        // Style indices differ with what the workbook's styles part already held.
        sheet: pkg.text(sheet)!.replace(/ s="\d+"/g, ""),
        table: pkg.text(related(pkg, sheet, "table")!),
        drawing: pkg.text(drawing),
        chart: pkg.text(related(pkg, drawing, "chart")!),
      };
    };
    const mine = parts(bytes);
    expect(mine).toEqual(parts(copy));
    expect(mine.sheet).toContain("<tableParts");
    expect(mine.sheet).toContain("<drawing ");
  });

  it("is ours to our own reader: never checked as a plan, rewritten in place", () => {
    const { bytes } = written();
    const pkg = openWorkbookPackage(bytes.slice());
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Budgetoversigt"]);
    expect(decideOwnership(packageFacts(pkg))).toMatchObject({
      reason: "ours",
      ourSheet: "Budgetoversigt",
    });
    expect(findBudgetSheetInPackage(pkg, SETTINGS, "budgettabel.xlsx")).toEqual({
      ok: false,
      reason: "NO_BUDGET_TABLE",
    });
    const again = writeOverviewCopy(bytes, smallOverview([2025, 2026]), "en", { date: DATE });
    expect(again.decision.reason).toBe("ours");
    expect(workbookOf(OoxmlPackage.fromZip(again.bytes)).sheets.map((s) => s.name)).toEqual([
      "Budgetoversigt",
    ]);
  });

  it("reads back in ExcelJS: title rows, a real table, formats, formulas, names, frozen rows", async () => {
    const out = await loadWorkbook(written().bytes);
    expect(out.worksheets.map((w) => w.name)).toEqual(["Budgetoversigt"]);
    const ws = out.getWorksheet("Budgetoversigt")!;
    expectSmallOverviewTitle(ws);

    expectSmallOverview(ws, out);
    // The new workbook holds our table and no other.
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["Budgetoversigt_tabel"]);
  });
});

describeWith(["LibreOffice (soffice)"], "the new workbook as LibreOffice reads it", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lo-newbook-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens with the overview's rows and figures", () => {
    const file = path.join(dir, "budgettabel.xlsx");
    writeFileSync(file, written().bytes);
    soffice(dir, CSV, file, { recalc: false });
    const rows = readFileSync(path.join(dir, "out", "budgettabel-Budgetoversigt.csv"), "utf8")
      .split("\n")
      .map(fields);
    expect(rows[0][0]).toBe("Budgetoversigt – Tryghedsplan 2026");
    expect(rows[5].slice(1, 8)).toEqual(["I alt", "", "", "", "400000", "2120000", "100000"]);
    expect(rows[7].slice(1, 8)).toEqual(["Restbeløb", "", "", "", "1500000", "-220000", "1800000"]);
    expect(rows[10].slice(0, 3)).toEqual(["Nr.", "Aktivitet", "Indsatsområde"]);
    expect(rows[11].slice(0, 2)).toEqual(["1", "Lommepengejob"]);
    expect(rows[12].slice(0, 2)).toEqual(["9", "Haven, Virkefeltet 16"]);
  }, 180_000);
});
