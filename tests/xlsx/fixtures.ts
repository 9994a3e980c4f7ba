// Fixture workbooks for the .xlsx and command tests, one per sheet shape in DOMAIN.md, built in
// code so each test states what it starts from. Unusual cells (errors, text amounts, English
// "250,000") live here, not in the sample.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, MergeRange } from "../../src/core/types";
import { PLAN_2026, asRows, only, withAmount } from "../fixtures/plan2026";

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A sheet that is not a budget: formulas, number formats, merges, a date, styles. */
export function addNotesSheet(wb: ExcelJS.Workbook, name = "Noter"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "Mødenoter arbejdsgruppen";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.mergeCells("A1:D1");
  ws.getCell("A3").value = "Møde";
  ws.getCell("B3").value = "Dato";
  ws.getCell("C3").value = "Deltagere";
  ws.getCell("D3").value = "Andel";
  ws.getCell("A4").value = "Januar";
  ws.getCell("B4").value = new Date(Date.UTC(2026, 0, 14));
  ws.getCell("B4").numFmt = "dd-mm-yyyy";
  ws.getCell("C4").value = 9;
  ws.getCell("D4").value = { formula: "C4/12", result: 0.75 };
  ws.getCell("D4").numFmt = "0.0%";
  ws.getCell("A5").value = "Februar";
  ws.getCell("B5").value = new Date(Date.UTC(2026, 1, 11));
  ws.getCell("B5").numFmt = "dd-mm-yyyy";
  ws.getCell("C5").value = 7;
  ws.getCell("D5").value = { formula: "C5/12", result: 7 / 12 };
  ws.getCell("D5").numFmt = "0.0%";
  // A filled-down formula, as Excel stores it: a shared formula and its clone.
  ws.getCell("E4").value = {
    formula: "C4*2",
    result: 18,
    ref: "E4:E5",
    shareType: "shared",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("E5").value = { sharedFormula: "E4", result: 14 };
  ws.getCell("C6").value = { formula: "SUM(C4:C5)", result: 16 };
  ws.getCell("C6").numFmt = '#,##0 "pers."';
  ws.getCell("A8").value = {
    richText: [{ text: "Se " }, { font: { bold: true }, text: "referat" }],
  };
  ws.getCell("A9").value = { text: "Sikker By", hyperlink: "https://example.org/sikkerby" };
  ws.mergeCells("A10:B12");
  ws.getCell("A10").value = "Flettet blok";
  ws.getCell("C10").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getColumn(1).width = 30;
  return ws;
}

/** The notes sheet as a reader must give it: cached formula results, dates as ISO text, text. */
export const NOTES_ROWS: CellValue[][] = [
  ["Mødenoter arbejdsgruppen", null, null, null],
  [],
  ["Møde", "Dato", "Deltagere", "Andel"],
  ["Januar", "2026-01-14", 9, 0.75, 18],
  ["Februar", "2026-02-11", 7, 7 / 12, 14],
  [null, null, 16],
  [],
  ["Se referat"],
  ["Sikker By"],
  ["Flettet blok", null, { error: "#DIV/0!" }],
];

/** The notes sheet's merged areas (A1:D1 and A10:B12), 0-based and inclusive. */
export const NOTES_MERGES: MergeRange[] = [
  { top: 0, left: 0, bottom: 0, right: 3 },
  { top: 9, left: 0, bottom: 11, right: 1 },
];

/**
 * Shape 1: five activities of the 2026 plan (Nr. 1, 2, 8, 9 and 13) with every column, an I alt
 * row of SUM formulas and a Ramme row. `errors`: Haven's 2027 is #REF!, its 2028 "ca. 50.000", and
 * the 2025 grant for communication "250,000" as the printed plan has it. `overFrame`: that grant is
 * 1.400.000 kr. in 2026.
 */
export function overviewWorkbook(
  opts: { errors?: boolean; overFrame?: boolean; frameRow?: boolean; sheetName?: string } = {}
): ExcelJS.Workbook {
  let plan = only(PLAN_2026, 1, 2, 8, 9, 13);
  if (opts.errors) {
    plan = withAmount(plan, "Haven", 2027, { error: "#REF!" });
    plan = withAmount(plan, "Haven", 2028, "ca. 50.000");
    plan = withAmount(plan, 13, 2025, "250,000");
  }
  if (opts.overFrame) plan = withAmount(plan, 13, 2026, 1_400_000);
  const wb = new ExcelJS.Workbook();
  addNotesSheet(wb, "Forside");
  const ws = wb.addWorksheet(opts.sheetName ?? plan.sheetName);
  for (const row of asRows(plan)) ws.addRow(row);
  const last = ws.rowCount;
  // Cached results as Excel would have saved them (numbers only; text and errors count as 0).
  const sum = (col: string) => {
    let result = 0;
    for (let r = 4; r <= last; r++) {
      const v = ws.getCell(`${col}${r}`).value;
      if (typeof v === "number") result += v;
    }
    return { formula: `SUM(${col}4:${col}${last})`, result };
  };
  ws.addRow(["", "I alt", "", "", "", "", sum("G"), sum("H"), sum("I"), sum("J")]);
  // The sheet's own frame row: 2027 has a larger frame than the default.
  if (opts.frameRow !== false) {
    ws.addRow(["", "Ramme", "", "", "", "", 1900000, 1900000, 2000000, 1900000]);
  }
  for (const col of ["G", "H", "I", "J"]) {
    for (let r = 4; r <= ws.rowCount; r++) ws.getCell(`${col}${r}`).numFmt = '#,##0 "kr."';
  }
  return wb;
}

/** Shape 2: budget lines per activity, the activity named once in a merged cell. */
export function budgetLinesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget 2026");
  ws.addRow(["Aktivitet", "Budgetpost", "2026", "2027", "2028"]);
  ws.addRow(["Tidlig foreningsstart", "Lønmidler", 150000, 150000, null]);
  ws.addRow([null, "Aktivitetsmidler", 63000, 63000, null]);
  ws.addRow([null, "I alt", 213000, 213000, null]);
  ws.mergeCells("A2:A4");
  ws.addRow(["Din fritid", "Lønmidler", 80000, null, null]);
  ws.addRow([null, "Driftsmidler", 40000, null, null]);
  ws.addRow([null, "I alt", 120000, null, null]);
  ws.mergeCells("A5:A7");
  return wb;
}

/** Shape 3: several blocks, each with a title row, a "Finansiering 2013" header and I alt. */
export function blocksWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ramme 2013");
  const header = ["Indsatsområde", "Aktivitet", "Finansiering 2013", "2014", "2015", "2016"];
  ws.addRow(["Aktiviteter under indsatsområde 1 – økonomisk ramme"]);
  ws.addRow(header);
  ws.addRow(["1", "Natteravne", 100000, 100000, null, null]);
  ws.addRow(["1", "Tryghedsvandringer", 50000, null, null, null]);
  ws.addRow([null, "I alt", 150000, 100000, null, null]);
  ws.addRow([]);
  ws.addRow(["Aktiviteter under indsatsområde 2 – økonomisk ramme"]);
  ws.addRow(header);
  ws.addRow(["2", "Lektiecafé", 200000, 200000, 200000, null]);
  ws.addRow([null, "I alt", 200000, 200000, 200000, null]);
  return wb;
}

export function noBudgetWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addNotesSheet(wb);
  return wb;
}

/** A zip that is not a workbook (a stand-in for a .docx or an archive). */
export async function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("readme.txt", "ikke et regneark");
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * A compound file (OLE/CFB) like Office's password-protected .xlsx: the header signature and a
 * directory entry named "EncryptionInfo" (UTF-16LE). Not a full CFB; enough for the signature
 * check, which is all that looks at it. With `encrypted: false` it stands in for an old .xls.
 */
export function compoundFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = encrypted ? "EncryptionInfo" : "Workbook";
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

/** The front of a real workbook, cut off: a zip that ends mid-way. */
export async function truncatedWorkbook(): Promise<Uint8Array> {
  const full = await toBytes(overviewWorkbook());
  return full.slice(0, Math.floor(full.length / 2));
}
