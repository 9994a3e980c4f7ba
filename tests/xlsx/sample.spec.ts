// The committed sample is what scripts/make-sample.js builds, and reads as the plan says.
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadWorkbook, toCellValue } from "./exceljsRead";
import { snapshotWorkbook } from "./snapshot";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build } = require("../../scripts/make-sample.js") as { build: () => ExcelJS.Workbook };

const asset = path.join(__dirname, "..", "..", "assets", "eksempel-tryghedsplan-2026.xlsx");

describe("assets/eksempel-tryghedsplan-2026.xlsx", () => {
  it("is what the script builds", async () => {
    const saved = await loadWorkbook(new Uint8Array(readFileSync(asset)));
    const fresh = await loadWorkbook(new Uint8Array(await build().xlsx.writeBuffer()));
    expect(snapshotWorkbook(saved)).toEqual(snapshotWorkbook(fresh));
  });

  it("holds the plan's economy table: 17 rows, 2025-2028, I alt as SUM formulas", async () => {
    const saved = await loadWorkbook(new Uint8Array(readFileSync(asset)));
    const ws = saved.getWorksheet("Tryghedsplan 2026")!;
    expect(ws.getCell("A1").value).toBe("Tryghedsplan 2026 – økonomi");
    expect([7, 8, 9, 10].map((c) => ws.getRow(4).getCell(c).value)).toEqual([
      2025, 2026, 2027, 2028,
    ]);
    expect(ws.getCell("B12").value).toBe("Kvinder, job og fællesskab");
    expect([7, 8, 9, 10].map((c) => ws.getRow(12).getCell(c).value)).toEqual([
      270000, 200000, 170000, 140000,
    ]);
    expect(ws.getCell("B22").value).toBe("I alt");
    expect(ws.getCell("H22").value).toEqual({ formula: "SUM(H5:H21)", result: 2447000 });
    expect(toCellValue(ws.getCell("G22").value)).toBe(2051000);
    expect(ws.getCell("F19").value).toBe("Fast 4-årig bevilling");
  });
});
