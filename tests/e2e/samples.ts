// Workbooks the browser scenarios share: the sample as the Office stand-in's workbook, and the
// sample approved and then revised (file mode's "Ændringer siden godkendt").
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { gridFromWorksheet } from "../xlsx/exceljsRead";
import { amountCell } from "../../src/core/sheet/build";
import { check } from "../../src/core/check";
import { approve } from "../../src/core/compare/baseline";
import { baselineToXml } from "../../src/core/compare/baselineXml";
import { toEngineSettings } from "../../src/core/settings";
import type { CellValue, Report } from "../../src/core/types";
import { editCellsInCopy } from "../../src/ooxml/write/cellEdit";
import { setCustomXmlPartInCopy } from "../../src/ooxml/write/customXml";
import { openWorkbookPackage } from "../../src/ooxml/read/package";
import { SAMPLE } from "./browser";

/** The sample as the stand-in's workbook: values from A1 (formulas with their cached results). */
export async function sampleSheets() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(SAMPLE)) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const grid = gridFromWorksheet(ws);
    const rows: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    grid.rows.forEach((row, r) => {
      rows[grid.originRow + r] = [...Array<CellValue>(grid.originCol).fill(null), ...row];
    });
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.formula) (formulas[r - 1] ??= [])[c - 1] = cell.formula;
      })
    );
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: ws.name, rows, formulas };
  });
}

const SHEET = "Tryghedsplan 2026";

function reportOf(bytes: Uint8Array): Report {
  const grid = openWorkbookPackage(bytes).readSheet(SHEET).grid;
  const r = check(grid, toEngineSettings({ version: 1 }, 2026));
  if (!r.ok) throw new Error("the sample has no budget table");
  return r.report;
}

/** The sample approved on 12-12-2025, then its first activity's 2026 amount raised by 25.000 kr. */
export async function revisedSample(): Promise<{ bytes: Uint8Array; name: string }> {
  const approved = new Uint8Array(await readFile(SAMPLE));
  const report = reportOf(approved);
  const a = report.activities.find(
    (x) => (x.amounts[report.years.findIndex((y) => y.year === 2026)] ?? 0) > 0
  );
  if (!a) throw new Error("no activity with a 2026 amount");
  const yi = report.years.findIndex((y) => y.year === 2026);
  const address = amountCell({ sheet: SHEET, blocks: report.blocks }, a, 2026);
  if (!address) throw new Error("no amount cell");
  const kroner = Number(a.amounts[yi]) / 100 + 25_000;
  const withBaseline = setCustomXmlPartInCopy(
    approved,
    baselineToXml(approve(report, "2025-12-12"))
  );
  const bytes = editCellsInCopy(withBaseline, [
    { sheet: SHEET, address: address.split("!")[1], number: kroner },
  ]);
  return { bytes, name: a.name };
}

