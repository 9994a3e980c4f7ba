// What the small overview plan (tests/fixtures/overviewPlan smallOverview) looks like once written,
// read back by ExcelJS: the same for a copy and for "Som ny projektmappe", since one writer makes
// both, title rows included (the plan's name and the date the copy was written, 5 March 2026).
import type ExcelJS from "exceljs";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "../../src/core/overview/overviewNames";

/** The title rows: the overview's title, the plan's sheet, the date written (as a date). */
export function expectSmallOverviewTitle(ws: ExcelJS.Worksheet): void {
  expect(ws.getCell("A1").value).toBe("Budgetoversigt – Tryghedsplan 2026");
  expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
  expect(ws.getCell("B2").value).toBe("Tryghedsplan 2026");
  expect(ws.getCell("B3").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
  expect(ws.getCell("B3").numFmt).toBe("dd-mm-yyyy");
}

/** The table, subtotals, per-year rows, frozen rows and Restbeløb names of the small overview. */
export function expectSmallOverview(ws: ExcelJS.Worksheet, out: ExcelJS.Workbook): void {
  // The table: header row 11 (below the year summary), two data rows, kroner formats.
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
}
