// The export builds a real .xlsx with the package writer: open it again with ExcelJS (an
// independent reader) and with our own, and look.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { check } from "../core";
import { DEFAULT_FRAME_ORE } from "../core";
import type { Grid, Ore } from "../core";
import { bytesToBase64, overviewWorkbookBase64 } from "./overviewWorkbook";

const grid: Grid = {
  sheetName: "Tryghedsplan 2026",
  originRow: 0,
  originCol: 0,
  rows: [
    ["Aktivitet", "Indsatsområde", 2026, 2027],
    ["Lommepengejob", "Uddannelse og beskæftigelse", 120_000, null],
    ["Kvinder, job og fællesskab", "Uddannelse og beskæftigelse", 800_000, 380_000],
  ],
};

describe("overviewWorkbookBase64", () => {
  it("encodes bytes as base64", () => {
    expect(bytesToBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe("UEsDBA==");
    const big = new Uint8Array(100_000).fill(65);
    expect(Buffer.from(bytesToBase64(big), "base64")).toEqual(Buffer.from(big));
  });

  it("builds a workbook with the overview sheet and its table", async () => {
    const result = check(grid, {
      defaultFrame: DEFAULT_FRAME_ORE,
      frames: {} as Record<number, Ore>,
      currentYear: 2026,
    });
    if (!result.ok) throw new Error("no table");
    const base64 = await overviewWorkbookBase64(result.report, "da", new Date(2026, 2, 5));
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from(base64, "base64");
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Budgetoversigt"]);
    const ws = wb.getWorksheet("Budgetoversigt");
    expect(ws?.getCell("B12").value).toBe("Lommepengejob");
    expect(ws?.getCell("F13").value).toBe(800_000);
    expect(ws?.getCell("F13").numFmt).toBe('#,##0 "kr."');
    expect(ws?.getCell("B3").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    // What ExcelJS never wrote: the chart, and the marks that make the sheet ours.
    const parts = Object.keys(unzipSync(new Uint8Array(bytes)));
    expect(parts.filter((p) => /^xl\/(charts|drawings|tables)\/\w+\.xml$/.test(p)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/tables/table1.xml",
    ]);
    expect(wb.definedNames.model.map((n) => n.name)).toContain("Budgettjek_Oversigt");
  });
});
