import { gridFromWorksheet, loadWorkbook } from "./exceljsRead";
import { addNotesSheet, budgetLinesWorkbook, NOTES_MERGES, NOTES_ROWS, toBytes } from "./fixtures";
import ExcelJS from "exceljs";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await toBytes(wb));
}

describe("gridFromWorksheet", () => {
  it("reads values as Excel holds them: formulas → result, rich text, links, dates, errors", async () => {
    const wb = new ExcelJS.Workbook();
    addNotesSheet(wb);
    const ws = (await roundTrip(wb)).getWorksheet("Noter")!;
    const grid = gridFromWorksheet(ws, "Tryghedsplan 2026.xlsx");
    expect(grid.sheetName).toBe("Noter");
    expect(grid.workbookTitle).toBe("Tryghedsplan 2026.xlsx");
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
    // ExcelJS also gives the merged block's two rows below its first.
    expect(grid.rows).toEqual([...NOTES_ROWS, [null, null], [null, null]]);
    expect(grid.merges).toEqual(NOTES_MERGES);
  });

  it("leaves merged activity cells blank under their first row", async () => {
    const ws = (await roundTrip(budgetLinesWorkbook())).getWorksheet("Budget 2026")!;
    const grid = gridFromWorksheet(ws);
    expect(grid.workbookTitle).toBeUndefined();
    expect(grid.rows.slice(0, 4)).toEqual([
      ["Aktivitet", "Budgetpost", "2026", "2027", "2028"],
      ["Tidlig foreningsstart", "Lønmidler", 150000, 150000],
      [null, "Aktivitetsmidler", 63000, 63000],
      [null, "I alt", 213000, 213000],
    ]);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 6, right: 0 },
    ]);
  });
});
