// The file host on real .xlsx bytes (ExcelJS in Node): opening, every refusal, the downloads
// it offers, and that a written copy keeps the user's other sheets cell for cell.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { check } from "../core";
import { approve } from "../core/compare";
import { compare } from "../core/compare";
import { toEngineSettings } from "../core";
import type { Report } from "../core";
import { decideOwnership } from "../core/overview";
import { HostError } from "../host/HostError";
import { openWorkbookPackage, packageFacts } from "../ooxml";
import {
  addNotesSheet,
  compoundFile,
  noBudgetWorkbook,
  overviewWorkbook,
  plainZip,
  toBytes,
} from "../../tests/xlsx/fixtures";
import { arrayBufferOf } from "../../tests/doubles/files";
import { MAX_SHEET_CELLS, type FileHost } from "./fileHost";
import { MAX_FILE_BYTES, openWorkbookFile } from "./openFile";

interface Download {
  fileName: string;
  blob: Blob;
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

async function open(wb: ExcelJS.Workbook, fileName = "Tryghedsplan 2026.xlsx") {
  const downloads: Download[] = [];
  const storage = memoryStorage();
  const result = await openWorkbookFile(fileName, arrayBufferOf(await toBytes(wb)), {
    download: (name, blob) => downloads.push({ fileName: name, blob }),
    storage,
    currentYear: 2026,
  });
  if (!result.ok) throw new Error(`could not open: ${result.error.code}`);
  return { host: result.host, downloads, storage };
}

async function reportOf(host: FileHost, sheet: string): Promise<Report> {
  const result = check(await host.readSheet(sheet), toEngineSettings({ version: 1 }, 2026));
  if (!result.ok) throw new Error("no budget table");
  return result.report;
}

async function workbookFrom(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await blob.arrayBuffer()) as ArrayBuffer);
  return wb;
}

/** Every cell of a sheet as value/formula/format, to compare a sheet before and after. */
function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out[cell.address] = { value: cell.value, numFmt: cell.numFmt ?? null };
    })
  );
  return out;
}

describe("openWorkbookFile", () => {
  it("opens a workbook and finds the budget sheet among others", async () => {
    const { host } = await open(overviewWorkbook());
    expect((await host.open()).sheets).toEqual(["Forside", "Tryghedsplan 2026"]);
    expect(host.budgetSheets()).toEqual({ found: ["Tryghedsplan 2026"], tooLarge: false });
    // The sheet Excel opens the file on (workbookView activeTab), searched first as in Excel.
    expect((await host.open()).active).toBe("Forside");
    expect(await host.workbookTitle()).toBe("Tryghedsplan 2026.xlsx");
    const grid = await host.readSheet("Tryghedsplan 2026");
    expect(grid.sheetName).toBe("Tryghedsplan 2026");
    expect(grid.workbookTitle).toBe("Tryghedsplan 2026.xlsx");
    expect(grid.rows[0][0]).toBe("Tryghedsplan 2026 – økonomi");
    expect(grid.rows[2].slice(0, 2)).toEqual(["Nr.", "Aktivitet"]);
  });

  it("judges a file by its bytes, not its name: a CSV is not a workbook, an old .xls is old", async () => {
    const r = await openWorkbookFile("budget.csv", arrayBufferOf(new TextEncoder().encode("a;b")));
    expect(r).toEqual({
      ok: false,
      error: { code: "UNREADABLE", fileName: "budget.csv", problem: { code: "NOT_ZIP" } },
    });
    const xls = await openWorkbookFile("gammel.xls", arrayBufferOf(compoundFile(false)));
    expect(xls).toEqual({
      ok: false,
      error: { code: "UNREADABLE", fileName: "gammel.xls", problem: { code: "XLS" } },
    });
  });

  it("calls an empty file empty", async () => {
    const r = await openWorkbookFile("tom.xlsx", new ArrayBuffer(0));
    expect(r).toEqual({
      ok: false,
      error: { code: "UNREADABLE", fileName: "tom.xlsx", problem: { code: "EMPTY" } },
    });
  });

  it("refuses text bytes named .xlsx as not a workbook", async () => {
    const r = await openWorkbookFile("x.xlsx", arrayBufferOf(new TextEncoder().encode("hej")));
    expect(r).toEqual({
      ok: false,
      error: {
        code: "UNREADABLE",
        fileName: "x.xlsx",
        problem: { code: "NOT_ZIP" },
      },
    });
  });

  it("refuses a zip that holds no workbook as not a workbook", async () => {
    const r = await openWorkbookFile("arkiv.xlsx", arrayBufferOf(await plainZip()));
    expect(r).toEqual({
      ok: false,
      error: {
        code: "UNREADABLE",
        fileName: "arkiv.xlsx",
        problem: { code: "NO_WORKBOOK" },
      },
    });
  });

  it("calls a workbook cut off early incomplete, as the reader does", async () => {
    const bytes = await toBytes(overviewWorkbook());
    const r = await openWorkbookFile("halv.xlsx", arrayBufferOf(bytes.slice(0, 600)));
    expect(r).toMatchObject({
      ok: false,
      error: { code: "UNREADABLE", problem: { code: "TRUNCATED" } },
    });
  });

  it("recognises a password-protected workbook", async () => {
    const r = await openWorkbookFile("hemmelig.xlsx", arrayBufferOf(compoundFile(true)));
    expect(r).toEqual({
      ok: false,
      error: { code: "UNREADABLE", fileName: "hemmelig.xlsx", problem: { code: "ENCRYPTED" } },
    });
  });

  it("refuses files over the size limit before parsing", async () => {
    const r = await openWorkbookFile("stor.xlsx", new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(r).toEqual({ ok: false, error: { code: "TOO_LARGE", fileName: "stor.xlsx" } });
  });

  it("counts the cells present, not the used range: a far-away stray cell costs nothing", async () => {
    const wb = overviewWorkbook();
    const sparse = wb.addWorksheet("Spredt");
    sparse.getCell("A1").value = "Noter";
    sparse.getCell(MAX_SHEET_CELLS, 16384).value = 1;
    const { host } = await open(wb);
    expect(host.budgetSheets()).toEqual({ found: ["Tryghedsplan 2026"], tooLarge: false });
    const grid = await host.readSheet("Spredt");
    expect(grid.rows[MAX_SHEET_CELLS - 1][16383]).toBe(1);
  });

  it("refuses a sheet with more cells than the browser should hold, and a file of only such sheets", async () => {
    const wb = overviewWorkbook();
    const big = wb.addWorksheet("Stor");
    for (let r = 1; r <= 40; r++) for (let c = 1; c <= 50; c++) big.getCell(r, c).value = r * c;
    const bytes = arrayBufferOf(await toBytes(wb));
    const r = await openWorkbookFile("plan.xlsx", bytes, { maxSheetCells: 1999 });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.host.budgetSheets()).toEqual({ found: ["Tryghedsplan 2026"], tooLarge: true });
    await expect(r.host.readSheet("Stor")).rejects.toMatchObject({
      code: "TOO_LARGE",
      about: { cells: { sheet: "Stor", count: 2000, max: 1999 } },
    });

    const onlyBig = new ExcelJS.Workbook();
    const ws = onlyBig.addWorksheet("Stor");
    for (let i = 1; i <= 2000; i++) ws.getCell(i, 1).value = i === 1 ? "Aktivitet" : 2026;
    const r2 = await openWorkbookFile("stor.xlsx", arrayBufferOf(await toBytes(onlyBig)), {
      maxSheetCells: 1999,
    });
    expect(r2).toEqual({ ok: false, error: { code: "TOO_LARGE", fileName: "stor.xlsx" } });
  });

  it("says so when no sheet holds a budget table", async () => {
    const r = await openWorkbookFile(
      "noter.xlsx",
      arrayBufferOf(await toBytes(noBudgetWorkbook()))
    );
    expect(r).toEqual({ ok: false, error: { code: "NO_BUDGET_TABLE", fileName: "noter.xlsx" } });
  });
});

describe("FileHost", () => {
  it("a fix goes into the downloaded copy only: the re-read shows it, the file as opened keeps its cell", async () => {
    const original = overviewWorkbook();
    const { host, downloads } = await open(original);
    const report = await reportOf(host, "Tryghedsplan 2026");
    const grid = await host.readSheet("Tryghedsplan 2026");
    // Any amount cell of the first activity will do: write 123.456 kr. with the kroner format.
    const a = report.activities[0];
    const col = report.blocks[a.block].years[0].col;
    const outcome = await host.applyFix({
      code: "TEXT_AMOUNT",
      at: { sheet: "Tryghedsplan 2026", row: a.row, col },
      write: { kind: "number", value: 123456, numberFormat: '#,##0 "kr."', formatFrom: [] },
      label: { kind: "toNumber", amount: 12345600 as never },
    });
    expect(outcome).toEqual({ kind: "inCopy", pending: 1 });
    const reread = await host.readSheet("Tryghedsplan 2026");
    expect(reread.rows[a.row - reread.originRow][col - reread.originCol]).toBe(123456);
    expect(grid.rows[a.row - grid.originRow][col - grid.originCol]).not.toBe(123456);

    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });
    const written = await workbookFrom(downloads[0].blob);
    const address = `${String.fromCharCode(65 + col)}${a.row + 1}`;
    expect(cells(written.getWorksheet("Tryghedsplan 2026")!)[address]).toEqual({
      value: 123456,
      numFmt: '#,##0 "kr."',
    });
    // The file as opened: a new host on the same bytes reads the old value.
    const fresh = await open(original);
    const first = await fresh.host.readSheet("Tryghedsplan 2026");
    expect(first.rows[a.row - first.originRow][col - first.originCol]).not.toBe(123456);
  });

  it("several fixes at once: all kept for the copy in one call; a missing sheet keeps none", async () => {
    const { host } = await open(overviewWorkbook());
    const report = await reportOf(host, "Tryghedsplan 2026");
    const fixes = report.activities.slice(0, 3).map((a, i) => ({
      code: "TEXT_AMOUNT" as const,
      at: { sheet: "Tryghedsplan 2026", row: a.row, col: report.blocks[a.block].years[0].col },
      write: {
        kind: "number" as const,
        value: 1000 + i,
        numberFormat: '#,##0 "kr."',
        formatFrom: [],
      },
      label: { kind: "toNumber" as const, amount: (100000 + i * 100) as never },
    }));
    const gone = { ...fixes[0], at: { ...fixes[0].at, sheet: "Væk" } };
    await expect(host.applyFixes([fixes[1], gone])).rejects.toMatchObject({
      code: "SHEET_MISSING",
    });
    expect(await host.applyFixes(fixes)).toEqual({ kind: "inCopy", pending: 3 });
    const reread = await host.readSheet("Tryghedsplan 2026");
    expect(
      fixes.map((f) => reread.rows[f.at.row - reread.originRow][f.at.col - reread.originCol])
    ).toEqual([1000, 1001, 1002]);
  });

  it("writes the overview into a downloaded copy and leaves the other sheets as they were", async () => {
    const original = overviewWorkbook();
    const { host, downloads } = await open(original);
    const report = await reportOf(host, "Tryghedsplan 2026");
    expect(await host.overviewStatus("Budgetoversigt")).toBe("absent");

    const result = await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });

    expect(result).toEqual({
      sheetName: "Budgetoversigt",
      fileName: "Tryghedsplan 2026-budgetoversigt.xlsx",
    });
    expect(downloads.map((d) => d.fileName)).toEqual(["Tryghedsplan 2026-budgetoversigt.xlsx"]);
    expect(downloads[0].blob.type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    const written = await workbookFrom(downloads[0].blob);
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
    const reread = await workbookFrom(new Blob([(await toBytes(original)) as BlobPart]));
    for (const name of ["Forside", "Tryghedsplan 2026"]) {
      expect(cells(written.getWorksheet(name)!)).toEqual(cells(reread.getWorksheet(name)!));
      expect(written.getWorksheet(name)!.model.merges).toEqual(
        reread.getWorksheet(name)!.model.merges
      );
    }
    // The file as opened is unchanged: writing again still starts from it, never from a copy.
    expect(await host.overviewStatus("Budgetoversigt")).toBe("absent");
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });
    const second = await workbookFrom(downloads[1].blob);
    expect(second.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
  });

  it("replaces its own overview sheet in a file it wrote, and never a user's sheet", async () => {
    const { host, downloads } = await open(overviewWorkbook());
    const report = await reportOf(host, "Tryghedsplan 2026");
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });

    const again = await openWorkbookFile(
      "Tryghedsplan 2026-budgetoversigt.xlsx",
      await downloads[0].blob.arrayBuffer(),
      { download: (fileName, blob) => downloads.push({ fileName, blob }), storage: null }
    );
    if (!again.ok) throw new Error(again.error.code);
    // Our own overview is not offered as the budget sheet.
    expect(again.host.budgetSheets().found).toEqual(["Tryghedsplan 2026"]);
    expect(await again.host.overviewStatus("Budgetoversigt")).toBe("ours");
    await again.host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });
    const rewritten = await workbookFrom(downloads[1].blob);
    expect(rewritten.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);

    const foreign = overviewWorkbook();
    addNotesSheet(foreign, "Budgetoversigt");
    const { host: userHost } = await open(foreign);
    expect(await userHost.overviewStatus("Budgetoversigt")).toBe("foreign");
    await expect(
      userHost.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" })
    ).rejects.toEqual(new HostError("NAME_TAKEN", "Budgetoversigt"));
    expect(
      (await userHost.writeOverview(report, { sheetName: "Budgetoversigt 2", lang: "da" }))
        .sheetName
    ).toBe("Budgetoversigt 2");
  });

  it("exports the consolidated table alone as a workbook", async () => {
    const { host, downloads } = await open(overviewWorkbook());
    await host.exportWorkbook(await reportOf(host, "Tryghedsplan 2026"), "en");
    expect(downloads.map((d) => d.fileName)).toEqual(["Tryghedsplan 2026-budgettabel.xlsx"]);
    expect(downloads[0].blob.type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    const wb = await workbookFrom(downloads[0].blob);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Budgetoversigt"]);
    expect(wb.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe(
      "Budget overview – safety plan 2026"
    );
    // Written by the package writer, as every copy: with the chart, and ours to our own reader.
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect(decideOwnership(packageFacts(openWorkbookPackage(bytes))).reason).toBe("ours");
    expect(Object.keys(unzipSync(bytes))).toContain("xl/charts/chart1.xml");
  });

  it("offers text as a download with its type", async () => {
    const { host, downloads } = await open(overviewWorkbook());
    await host.saveText("budgetoversigt.csv", "\ufeffNr.;Aktivitet\r\n", "text/csv;charset=utf-8");
    expect(downloads[0].fileName).toBe("budgetoversigt.csv");
    expect(downloads[0].blob.type).toBe("text/csv;charset=utf-8");
    expect(new Uint8Array(await downloads[0].blob.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf])
    );
  });

  it("keeps settings per file name, validated, and hands bad stored JSON on as text", async () => {
    const { host, storage } = await open(overviewWorkbook());
    expect(await host.open().then((o) => o.settings)).toBeUndefined();
    await host.saveSettings({ version: 1, defaultFrameKr: 1_900_000, planYear: 2026 });
    expect(await host.open().then((o) => o.settings)).toEqual({
      version: 1,
      defaultFrameKr: 1_900_000,
      planYear: 2026,
    });
    expect(storage.map.get("budgettjek:indstillinger:Tryghedsplan 2026.xlsx")).toBe(
      '{"version":1,"planYear":2026,"defaultFrameKr":1900000}'
    );
    // Settings that could not be read back are refused with their problems, and nothing is stored.
    const refused = host.saveSettings({ version: 1, planYear: 1800 });
    await expect(refused).rejects.toMatchObject({
      code: "SETTINGS_INVALID",
      about: { settings: [{ path: ["planYear"], code: "PLAN_YEAR_TOO_EARLY", value: "1800" }] },
    });
    expect(await host.open().then((o) => o.settings)).toMatchObject({ planYear: 2026 });
    storage.map.set("budgettjek:indstillinger:Tryghedsplan 2026.xlsx", "{ikke json");
    const other = await openWorkbookFile(
      "Tryghedsplan 2026.xlsx",
      arrayBufferOf(await toBytes(overviewWorkbook())),
      { storage }
    );
    if (!other.ok) throw new Error(other.error.code);
    expect(await other.host.open().then((o) => o.settings)).toBe("{ikke json");
  });

  it("reports a missing sheet as a HostError and keeps the address asked for", async () => {
    const { host } = await open(overviewWorkbook());
    await expect(host.readSheet("Findes ikke")).rejects.toEqual(
      new HostError("SHEET_MISSING", "Findes ikke")
    );
    await host.selectCell("'Tryghedsplan 2026'!B5");
    expect(host.selectedCell()).toBe("'Tryghedsplan 2026'!B5");
    const off = await host.onSheetChanged();
    await expect(off()).resolves.toBeUndefined();
  });
});

describe("file mode: the overview copy carries the changes since the baseline", () => {
  const title = "Ændringer siden godkendt 12-12-2025";
  const sheetTexts = (wb: ExcelJS.Workbook) =>
    Object.values(cells(wb.getWorksheet("Budgetoversigt")!)).map((c) =>
      String((c as { value: unknown }).value)
    );

  it("writes the section when changes are given, and not otherwise", async () => {
    const { host, downloads } = await open(overviewWorkbook());
    const report = await reportOf(host, "Tryghedsplan 2026");
    const changes = compare(approve(report, "2025-12-12"), report);
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da", changes });
    expect(sheetTexts(await workbookFrom(downloads[0].blob))).toContain(title);
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da" });
    const plain = sheetTexts(await workbookFrom(downloads[1].blob));
    expect(plain.some((v) => v.startsWith("Ændringer siden"))).toBe(false);
  });
});
