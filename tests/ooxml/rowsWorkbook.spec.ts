// The CSV route's workbook (rowsWorkbookBytes): one sheet of plain values from A1, read back by our
// own reader as they were given; blank and non-finite values leave the cell empty.
import { openWorkbookPackage } from "../../src/ooxml";
import { rowsWorkbookBytes } from "../../src/ooxml/write/newWorkbook";

describe("rowsWorkbookBytes", () => {
  it("holds the rows' text (spaces, markup characters) and numbers cell for cell", () => {
    const rows = [
      ["Aktivitet", " med mellemrum ", "<a & b>"],
      [1250.5, null, Number.NaN],
      ["", -3, "'=SUM(A1)"],
    ];
    const pkg = openWorkbookPackage(rowsWorkbookBytes(rows, "budgetoversigt", new Date(0)));
    expect(pkg.sheets.map((s) => s.name)).toEqual(["budgetoversigt"]);
    const grid = pkg.readSheet("budgetoversigt").grid;
    expect([grid.originRow, grid.originCol]).toEqual([0, 0]);
    expect(grid.rows.map((r) => [...r, null, null, null].slice(0, 3))).toEqual([
      ["Aktivitet", " med mellemrum ", "<a & b>"],
      [1250.5, null, null],
      [null, -3, "'=SUM(A1)"],
    ]);
  });
});
