// The overview written into a copy of a workbook by the package writer, read back by ExcelJS as an
// independent reader: the plan's cells, table, formats, formulas and names; every other sheet as it
// was; a second write in place; a user's own name or sheet of ours left alone; the print setup.
// (Ported from the tests of the ExcelJS writer the product no longer has.)
import type ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { CT, setOverrides } from "../../src/ooxml/write/contentTypes";
import { MAIN_NS, OoxmlPackage, REL } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { smallOverview } from "../fixtures/overviewPlan";
import { loadWorkbook } from "../xlsx/exceljsRead";
import { overviewWorkbook, toBytes } from "../xlsx/fixtures";
import { snapshotWorkbook } from "../xlsx/snapshot";
import { packageProblems } from "./helpers";
import { expectSmallOverview, expectSmallOverviewTitle } from "./overviewExpect";

const DATE = new Date(2026, 2, 5, 15, 30);

/** The source workbook as bytes, after `edit` (ExcelJS) if given. */
async function source(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(await toBytes(overviewWorkbook({ errors: true })));
  edit?.(wb);
  return toBytes(wb);
}

/** The workbook with one more (empty) sheet at the end of the tab order. */
function withSheetAtEnd(bytes: Uint8Array, name: string): Uint8Array {
  const pkg = OoxmlPackage.fromZip(bytes);
  const part = pkg.freeName("xl/worksheets/sheet", ".xml");
  pkg.setText(
    part,
    `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`
  );
  const rels = "xl/_rels/workbook.xml.rels";
  pkg.setText(
    rels,
    pkg
      .text(rels)!
      .replace(
        "</Relationships>",
        `<Relationship Id="rIdEfter" Type="${REL}/worksheet" Target="${part.slice(3)}"/></Relationships>`
      )
  );
  setOverrides(pkg, [{ part, type: CT.worksheet }]);
  const wb = "xl/workbook.xml";
  pkg.setText(
    wb,
    pkg
      .text(wb)!
      .replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdEfter"/></sheets>`)
  );
  return pkg.toZip();
}

const write = (bytes: Uint8Array, years?: number[], lang: "da" | "en" = "da") =>
  writeOverviewCopy(bytes, smallOverview(years), lang, { date: DATE });

describe("the overview written into a copy, read back by ExcelJS", () => {
  it("writes the plan: title rows, a real Excel table, formats, formulas, defined names", async () => {
    const written = write(await source());
    expect(packageProblems(written.bytes)).toEqual([]);
    const out = await loadWorkbook(written.bytes);
    const ws = out.getWorksheet("Budgetoversigt")!;
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
    expectSmallOverviewTitle(ws);

    expectSmallOverview(ws, out);
  });

  it("keeps every cell, formula, format and merge of the other sheets", async () => {
    const input = await source();
    const before = snapshotWorkbook(await loadWorkbook(input));
    const out = await loadWorkbook(write(input).bytes);
    expect(snapshotWorkbook(out, ["Budgetoversigt"])).toEqual(before);
    // The snapshot is not trivially empty: it holds the sheets' formulas and merges.
    expect(before[0].merges).toEqual(["A10:B12", "A1:D1"]);
    expect(before[0].cells.D4).toEqual({
      value: { formula: "C4/12", result: 0.75 },
      formula: "C4/12",
      numFmt: "0.0%",
    });
  });

  it("re-run replaces the sheet in place: one sheet, same tab position, names of dropped years gone", async () => {
    const first = write(
      await source((wb) => wb.definedNames.add("Forside!$C$6", "Deltagere_i_alt")),
      [2025, 2026, 2027, 2028]
    );
    // A sheet the user adds after the overview (as Excel would: a part, its relationship, its
    // content type and its <sheet>; every byte of ours untouched).
    const edited = withSheetAtEnd(first.bytes, "Efter");
    const again = write(edited, undefined, "en");
    expect(again.decision.ourSheet).toBe("Budgetoversigt");
    expect(packageProblems(again.bytes)).toEqual([]);
    const out = await loadWorkbook(again.bytes);
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
      "Efter",
    ]);
    expect(out.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe(
      "Budget overview – safety plan 2026"
    );
    expect(
      out.definedNames.model
        .map((n) => n.name)
        .filter((n) => !n.startsWith("Budgettjek_"))
        .sort()
    ).toEqual(["Deltagere_i_alt", "Restbeløb_2025", "Restbeløb_2026", "Restbeløb_2027"]);
  });

  it("leaves a user's own name of the same spelling alone, and says so", async () => {
    const written = write(
      await source((wb) => wb.definedNames.add("Forside!$C$6", "restbeløb_2026"))
    );
    expect(written.decision.sheetName).toBe("Budgetoversigt");
    expect(written.skippedNames).toEqual(["Restbeløb_2026"]);
    const out = await loadWorkbook(written.bytes);
    expect(
      out.definedNames.model
        .filter((n) => !n.name.startsWith("Budgettjek_"))
        .map((n) => [n.name, n.ranges])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    ).toEqual([
      ["Restbeløb_2025", ["Budgetoversigt!$F$8"]],
      ["restbeløb_2026", ["Forside!$C$6"]],
      ["Restbeløb_2027", ["Budgetoversigt!$H$8"]],
    ]);
  });

  it("never replaces a user's own sheet of that name: the overview goes beside it", async () => {
    const input = await source((wb) => {
      wb.addWorksheet("Budgetoversigt").getCell("A1").value = "Mit eget ark";
    });
    const written = write(input);
    expect(written.decision.ourSheet).toBeUndefined();
    expect(written.decision.sheetName).not.toBe("Budgetoversigt");
    const out = await loadWorkbook(written.bytes);
    expect(out.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe("Mit eget ark");
    expect(out.getWorksheet(written.decision.sheetName)!.getCell("A1").value).toBe(
      "Budgetoversigt – Tryghedsplan 2026"
    );
  });

  it("prints landscape A4, one page wide, header row 11 on every page, with a footer", async () => {
    const written = write(await source());
    const zip = unzipSync(written.bytes);
    // The overview is the sheet written; find it by its footer.
    const sheetXml = Object.keys(zip)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .map((p) => strFromU8(zip[p]))
      .find((x) => x.includes("<oddFooter>"));
    expect(sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toContain(
      "<oddFooter>&amp;LTryghedsplan 2026&amp;CSkrevet 05-03-2026&amp;RSide &amp;P af &amp;N</oddFooter>"
    );
    const workbookXml = strFromU8(zip["xl/workbook.xml"]);
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="2">Budgetoversigt!\$11:\$11<\/definedName>/
    );
    // Written again on its own result: still one print-titles name.
    const xml2 = strFromU8(unzipSync(write(written.bytes).bytes)["xl/workbook.xml"]);
    expect(xml2.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
  });
});
