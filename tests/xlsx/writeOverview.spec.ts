import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Ore, Overview } from "../../src/core/types";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "../../src/core/overview/overviewNames";
import { overviewSheetPlan } from "../../src/core/overview/overviewSheet";
import { isOverviewSheet, writeOverviewSheet } from "../../src/xlsx";
import { loadWorkbook } from "./exceljsRead";
import { overviewWorkbook, toBytes } from "./fixtures";
import { snapshotWorkbook } from "./snapshot";

const ore = (kr: number): Ore => Math.round(kr * 100) as Ore;
const DATE = new Date(2026, 2, 5, 15, 30);
/** Per-year amounts in the contract's shape: aligned with the overview's years, null where none. */
const perYear = (years: number[], byYear: Record<number, Ore>): (Ore | null)[] =>
  years.map((y) => byYear[y] ?? null);
/** Area subtotals: aligned with the overview's years, 0 where none. */
const subtotals = (years: number[], byYear: Record<number, Ore>): Ore[] =>
  years.map((y) => byYear[y] ?? (0 as Ore));

function overview(years = [2025, 2026, 2027]): Overview {
  return {
    sheet: "Tryghedsplan 2026",
    planYear: 2026,
    unit: { unit: "kr", source: "none" },
    years,
    rows: [
      {
        activityId: 0,
        nr: "1",
        name: "Lommepengejob",
        area: "Uddannelse og beskæftigelse",
        responsible: "Ny Start",
        partners: ["fsb", "SAB"],
        amounts: perYear(years, { 2025: ore(120000), 2026: ore(120000) }),
        multiYear: false,
        anchoring: "notNeeded",
        findings: [],
      },
      {
        activityId: 1,
        nr: "9",
        name: "Haven, Virkefeltet 16",
        area: "Aktive byrum",
        partners: ["Kulturhuset"],
        amounts: perYear(years, { 2025: ore(280000), 2026: ore(2000000), 2027: ore(100000) }),
        multiYear: true,
        anchoring: "missing",
        findings: [
          {
            code: "MULTI_YEAR_NO_ANCHOR",
            severity: "error",
            at: { sheet: "Tryghedsplan 2026", row: 7, col: 1 },
            activityId: 1,
            activity: "Haven, Virkefeltet 16",
            years: [2026, 2027],
          },
        ],
      },
    ],
    areaSubtotals: [
      {
        area: "Uddannelse og beskæftigelse",
        amounts: subtotals(years, { 2025: ore(120000), 2026: ore(120000) }),
      },
      {
        area: "Aktive byrum",
        amounts: subtotals(years, { 2025: ore(280000), 2026: ore(2000000), 2027: ore(100000) }),
      },
    ],
    totals: years.map((year) => {
      const total = { 2025: 400000, 2026: 2120000, 2027: 100000, 2028: 0 }[year] ?? 0;
      return {
        year,
        total: ore(total),
        frame: ore(1900000),
        leftover: ore(1900000 - total),
        overFrame: year >= 2026 && total > 1900000,
        compareOnly: year < 2026,
        unreadAmounts: 0,
        unitInDoubt: false,
        status: year < 2026 ? "compareOnly" : total > 1900000 ? "over" : "within",
      } as const;
    }),
  };
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await toBytes(wb));
}

async function source(): Promise<ExcelJS.Workbook> {
  return reload(overviewWorkbook({ errors: true }));
}

describe("writeOverviewSheet", () => {
  it("writes the plan: title rows, a real Excel table, formats, formulas, defined names", async () => {
    const wb = await source();
    writeOverviewSheet(wb, overviewSheetPlan(overview(), "da"), { date: DATE });
    const out = await reload(wb);
    const ws = out.getWorksheet("Budgetoversigt")!;
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
    expect(ws.getCell("A1").value).toBe("Budgetoversigt – Tryghedsplan 2026");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("B2").value).toBe("Tryghedsplan 2026");
    expect(ws.getCell("B3").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(ws.getCell("B3").numFmt).toBe("dd-mm-yyyy");

    // The table: header row 11 (below the year summary), two data rows, kroner formats.
    expect(isOverviewSheet(ws)).toBe(true);
    const table = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> })
      .tables["Budgetoversigt_tabel"];
    expect(table.table.tableRef).toBe("A11:K13");
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => ws.getRow(11).getCell(c).value)).toEqual([
      "Nr.",
      "Aktivitet",
      "Indsatsområde",
      "Aktivitetsansvarlig",
      "Samarbejdspartnere",
      "2025",
      "2026",
      "2027",
      "Flerårig",
      "Forankring",
      "Bemærkninger",
    ]);
    expect(ws.getCell("B13").value).toBe("Haven, Virkefeltet 16");
    expect(ws.getCell("G13").value).toBe(2000000);
    expect(ws.getCell("G13").numFmt).toBe(KRONER_FORMAT);
    expect(ws.getCell("H12").value).toBeNull();
    expect(ws.getCell("I13").value).toBe("Ja");
    expect(ws.getCell("J13").value).toBe("Mangler forankringsplan");
    expect(typeof ws.getCell("K13").value).toBe("string");
    expect(ws.getCell("K13").alignment).toMatchObject({ wrapText: true });

    // Subtotals (SUMIF) and per-year I alt / Ramme / Restbeløb.
    expect(ws.getCell("B15").value).toBe("I alt pr. indsatsområde");
    expect(ws.getCell("G17").value).toEqual({
      formula: 'SUMIF($C$12:$C$13,"Aktive byrum",$G$12:$G$13)',
      result: 2000000,
    });
    expect(ws.getCell("B6").value).toBe("I alt");
    expect(ws.getCell("G6").value).toEqual({ formula: "SUM(G12:G13)", result: 2120000 });
    expect(ws.getCell("G7").value).toBe(1900000);
    expect(ws.getCell("G8").value).toEqual({ formula: "G7-G6", result: -220000 });
    expect(ws.getCell("G8").numFmt).toBe(LEFTOVER_FORMAT);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 11 });

    const names = out.definedNames.model.filter((n) => n.name.startsWith("Restbeløb_"));
    expect(names.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Restbeløb_2025", ranges: ["Budgetoversigt!$F$8"] },
      { name: "Restbeløb_2026", ranges: ["Budgetoversigt!$G$8"] },
      { name: "Restbeløb_2027", ranges: ["Budgetoversigt!$H$8"] },
    ]);
  });

  it("keeps every cell, formula, format and merge of the other sheets", async () => {
    const wb = await source();
    const before = snapshotWorkbook(wb);
    writeOverviewSheet(wb, overviewSheetPlan(overview(), "da"), { date: DATE });
    const out = await reload(wb);
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
    const wb = await source();
    writeOverviewSheet(wb, overviewSheetPlan(overview([2025, 2026, 2027, 2028]), "da"), {
      date: DATE,
    });
    wb.addWorksheet("Efter");
    wb.definedNames.add("Forside!$C$6", "Deltagere_i_alt");
    const first = await reload(wb);
    writeOverviewSheet(first, overviewSheetPlan(overview(), "en"), { date: DATE });
    const out = await reload(first);
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
      "Efter",
    ]);
    expect(out.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe(
      "Budget overview – safety plan 2026"
    );
    expect(out.definedNames.model.map((n) => n.name).sort()).toEqual([
      "Deltagere_i_alt",
      "Restbeløb_2025",
      "Restbeløb_2026",
      "Restbeløb_2027",
    ]);
  });

  it("leaves a user's own name of the same spelling alone, and says so", async () => {
    const wb = await source();
    wb.definedNames.add("Forside!$C$6", "restbeløb_2026");
    const { worksheet, skippedNames } = writeOverviewSheet(
      wb,
      overviewSheetPlan(overview(), "da"),
      { date: DATE }
    );
    expect(worksheet.name).toBe("Budgetoversigt");
    expect(skippedNames).toEqual(["Restbeløb_2026"]);
    const out = await reload(wb);
    expect(
      out.definedNames.model
        .map((n) => [n.name, n.ranges])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    ).toEqual([
      ["Restbeløb_2025", ["Budgetoversigt!$F$8"]],
      ["restbeløb_2026", ["Forside!$C$6"]],
      ["Restbeløb_2027", ["Budgetoversigt!$H$8"]],
    ]);
  });

  it("refuses to replace a user's own sheet of that name", async () => {
    const wb = await source();
    wb.addWorksheet("Budgetoversigt").getCell("A1").value = "Mit eget ark";
    expect(isOverviewSheet(wb.getWorksheet("Budgetoversigt")!)).toBe(false);
    expect(() => writeOverviewSheet(wb, overviewSheetPlan(overview(), "da"))).toThrow(
      'the sheet "Budgetoversigt" exists and is not our overview'
    );
    expect(wb.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe("Mit eget ark");
  });

  it("prints landscape A4, one page wide, header row 11 on every page, with a footer", async () => {
    const wb = await source();
    writeOverviewSheet(wb, overviewSheetPlan(overview(), "da"), { date: DATE });
    const bytes = await toBytes(wb);
    const zip = unzipSync(bytes);
    // The overview is the last sheet written; find it by its footer.
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
      /<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Budgetoversigt&apos;!\$11:\$11<\/definedName>/
    );
    // Written again on its own result: still one print-titles name.
    const again = await reload(wb);
    writeOverviewSheet(again, overviewSheetPlan(overview(), "da"), { date: DATE });
    const xml2 = strFromU8(unzipSync(await toBytes(again))["xl/workbook.xml"]);
    expect(xml2.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
  });
});
