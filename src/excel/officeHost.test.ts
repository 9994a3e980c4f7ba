// The Office shell against the in-memory Excel (tests/office/standIn.ts), which keeps Office.js's load/sync
// rules: what is read, what is written (values, formats, table, names, chart), sync counts.
import { check } from "../core";
import { approve } from "../core/compare";
import { compare } from "../core/compare";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "../core/overview";
import { decideOwnership, overviewSheetPlan } from "../core/overview";
import { parsePersistedSettings, toEngineSettings } from "../core";
import type { Report } from "../core";
import { HostError } from "../host/HostError";
import { startSheet } from "../host/startSheet";
import {
  FakeWorkbook,
  MAX_MERGED_AREAS,
  type FakeInput,
  type FakeSheet,
} from "../../tests/office/standIn";
import { PANE_COLUMNS, panePlan } from "../../tests/doubles/testGrids";
import { asRows, edit, inYears } from "../../tests/fixtures/plan2026";
import { openWorkbookPackage, packageFacts } from "../ooxml";
import { SETTINGS_KEY, createOfficeHost } from "./officeHost";
import { decodeSettings } from "./storedFacts";
import { CHART_NAME, cellInput, excelDate } from "./overviewWrite";

const SOURCE = "Tryghedsplan 2026";
const TODAY = new Date(2026, 2, 15);

/**
 * The pane's four activities of the 2026 plan (2026 over the frame), in 2025-2027, the fourth
 * named like a formula; title in B1, header in B3, activities from B4 (so origin is B1). More
 * activities repeat the four under other names.
 */
function budgetRows(activities = 4): FakeInput[][] {
  const plan = inYears(edit(panePlan(), 9, { name: '=HYPERLINK("x")' }), [2025, 2026, 2027]);
  const [title, blank, header, ...base] = asRows(plan, { columns: PANE_COLUMNS });
  const rows: FakeInput[][] = [];
  for (let i = 0; i < activities; i++) {
    const b = base[i % base.length];
    rows.push(i < base.length ? b : [i + 1, `Aktivitet ${i + 1}`, ...b.slice(2)]);
  }
  return [title, blank, header, ...rows];
}

function workbookWithPlan(activities = 4): { wb: FakeWorkbook; source: FakeSheet } {
  const wb = new FakeWorkbook();
  const source = wb.addSheet(SOURCE).put("B1", budgetRows(activities));
  wb.addSheet("Noter").put("A1", [["Husk møde", 42]]);
  return { wb, source };
}

/** Ark1: 600 activities, each row's name merged over two cells (more than Excel lists, 512). */
function addManyMergesSheet(wb: FakeWorkbook): void {
  const sheet = wb.addSheet("Ark1").put("A1", [["Aktivitet", 2026]]);
  const rows = Array.from({ length: 600 }, (_, i) => [`Aktivitet ${i}`, 1000]);
  sheet.put("A2", rows);
  sheet.merges = rows.map((_, i) => `A${i + 2}:B${i + 2}`);
}

function hostFor(wb: FakeWorkbook) {
  return createOfficeHost({ runtime: wb.runtime(), now: () => TODAY });
}

async function reportFrom(wb: FakeWorkbook): Promise<Report> {
  const grid = await hostFor(wb).readSheet(SOURCE);
  const parsed = parsePersistedSettings({});
  if (!parsed.ok) throw new Error("settings");
  const result = check(grid, toEngineSettings(parsed.settings, 2026));
  if (!result.ok) throw new Error("no budget table");
  return result.report;
}

const OVERVIEW_DA = { sheetName: "Budgetoversigt", lang: "da" } as const;

/** The plan's workbook (set up as given) with the overview written once, in Danish. */
async function planWithOverview(setup: (wb: FakeWorkbook) => void = () => undefined) {
  const { wb, source } = workbookWithPlan();
  setup(wb);
  const host = hostFor(wb);
  const report = await reportFrom(wb);
  await host.writeOverview(report, OVERVIEW_DA);
  return { wb, source, host, report };
}

/** A deep copy of everything on the sheets other than the overview, to compare after writing. */
function snapshotOthers(wb: FakeWorkbook, except: string) {
  return wb.sheets
    .filter((s) => s.name !== except)
    .map((s) => ({
      id: s.id,
      name: s.name,
      cells: JSON.stringify([...s.cells.entries()]),
      charts: JSON.stringify(s.charts),
      tables: JSON.stringify(
        wb.tables.filter((t) => t.sheet === s).map((t) => [t.name, t.address, t.style])
      ),
      frozen: s.frozenRows,
      widths: JSON.stringify([...s.columnWidths.entries()]),
    }));
}

async function expectHostError(p: Promise<unknown>, code: string): Promise<HostError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err
  );
  expect(e).toBeInstanceOf(HostError);
  expect((e as HostError).code).toBe(code);
  return e as HostError;
}

describe("readSheet", () => {
  it("reads values, value types and origin in one sync", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Ark 1").put("C3", [
      ["Aktivitet", 2026],
      ["Lommepengejob", { error: "#REF!" }],
      [true, ""],
    ]);
    const grid = await hostFor(wb).readSheet("Ark 1");
    expect(wb.syncs).toBe(1);
    expect(wb.runs).toHaveLength(1);
    expect(grid).toEqual({
      sheetName: "Ark 1",
      originRow: 2,
      originCol: 2,
      rows: [
        ["Aktivitet", 2026],
        ["Lommepengejob", { error: "#REF!" }],
        [true, null],
      ],
      // The stand-in plays ExcelApi 1.7 here: no merged areas can be read, and the grid says so.
      merges: [],
      mergesUnread: "notSupported",
      workbookTitle: "Tryghedsplan 2026.xlsx",
      sheetId: wb.sheet("Ark 1")?.id,
    });
  });

  it("keeps reading a sheet renamed while the pane is open, under its new name", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Ark 1").put("A1", [["Aktivitet", 2026]]);
    const host = hostFor(wb);
    await host.readSheet("Ark 1");
    wb.renameSheet("Ark 1", "Budget");
    wb.addSheet("Ark 1").put("A1", [["Noget andet"]]);
    const grid = await host.readSheet("Ark 1");
    expect(grid.sheetName).toBe("Budget");
    expect(grid.rows).toEqual([["Aktivitet", 2026]]);
  });

  it("reads merged areas where ExcelApi 1.13 exists, still in one sync", async () => {
    const wb = new FakeWorkbook();
    wb.supportUpTo("1.13");
    const sheet = wb.addSheet("Ark1").put("A1", [["Aktivitet", "Budgetpost", 2026]]);
    sheet.put("C7", [[5]]);
    // The last one lies outside the used range: only the used range's merges are asked for.
    sheet.merges = ["A2:A5", "B7:C7", "E20:F20"];
    const grid = await hostFor(wb).readSheet("Ark1");
    expect(wb.syncs).toBe(1);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 4, right: 0 },
      { top: 6, left: 1, bottom: 6, right: 2 },
    ]);
    expect(grid.mergesUnread).toBeUndefined();
  });

  it("reads a sheet with more than 512 merged areas without them, and says so", async () => {
    const wb = new FakeWorkbook();
    wb.supportUpTo("1.13");
    addManyMergesSheet(wb);
    const grid = await hostFor(wb).readSheet("Ark1");
    expect(grid.mergesUnread).toBe("tooMany");
    expect(grid.merges).toEqual([]);
    expect(grid.rows).toHaveLength(601);
    // One failed read, one read without merges.
    expect(wb.runs.map((r) => r.syncs)).toEqual([1, 1]);
  });

  it("treats a cut-short list of 512 merged areas as unread (areaCount), in one sync", async () => {
    const wb = new FakeWorkbook();
    wb.supportUpTo("1.13");
    wb.mergeOverflow = "partial";
    addManyMergesSheet(wb);
    const grid = await hostFor(wb).readSheet("Ark1");
    expect(grid.mergesUnread).toBe("tooMany");
    expect(grid.merges).toEqual([]);
    expect(wb.syncs).toBe(1);
  });

  it("says the merges are unread below ExcelApi 1.13, where Excel cannot give them", async () => {
    const { wb } = workbookWithPlan(3);
    wb.supportUpTo("1.12");
    const grid = await hostFor(wb).readSheet(SOURCE);
    expect(grid.mergesUnread).toBe("notSupported");
    const report = await reportFrom(wb);
    expect(report.findings.filter((f) => f.code === "MERGES_UNREAD")).toEqual([
      { code: "MERGES_UNREAD", severity: "info", sheet: SOURCE, reason: "notSupported" },
    ]);
  });

  it("checks a plan with more than 512 merged areas, and the report says so", async () => {
    const { wb, source } = workbookWithPlan(MAX_MERGED_AREAS + 1);
    wb.supportUpTo("1.13");
    // Partners and anchoring plan merged on every activity row (rows 4 to 516).
    source.merges = Array.from({ length: MAX_MERGED_AREAS + 1 }, (_, i) => `E${i + 4}:F${i + 4}`);
    const report = await reportFrom(wb);
    expect(report.activities).toHaveLength(MAX_MERGED_AREAS + 1);
    expect(report.findings.filter((f) => f.code === "MERGES_UNREAD")).toEqual([
      { code: "MERGES_UNREAD", severity: "info", sheet: SOURCE, reason: "tooMany" },
    ]);
  });

  it("gives an empty grid for an empty sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Tom");
    wb.name = "Tryghedsplan 2027.xlsx";
    const grid = await hostFor(wb).readSheet("Tom");
    expect(grid.workbookTitle).toBe("Tryghedsplan 2027.xlsx");
    expect(grid.rows).toEqual([]);
    expect(grid.originRow).toBe(0);
    expect(wb.syncs).toBe(1);
  });

  it.each([10, 1_000, 20_000])("reads %i rows in one sync", async (n) => {
    const wb = new FakeWorkbook();
    const rows: FakeInput[][] = [["Aktivitet", 2025, 2026, 2027, 2028, "Bemærkning"]];
    for (let i = 0; i < n; i++) rows.push([`A${i}`, i, i * 2, i * 3, null, "ok"]);
    wb.addSheet("Stor").put("A1", rows);
    const grid = await hostFor(wb).readSheet("Stor");
    expect(wb.syncs).toBe(1);
    expect(grid.rows).toHaveLength(n + 1);
    expect(grid.rows[n]).toEqual([`A${n - 1}`, n - 1, (n - 1) * 2, (n - 1) * 3, null, "ok"]);
  });

  it("reads a sheet beyond the response limit in row blocks, the same grid", async () => {
    const rows: FakeInput[][] = [["Aktivitet", 2025, 2026, 2027, "Forankringsplan"]];
    for (let i = 0; i < 30_000; i++) rows.push([`Aktivitet nr. ${i}`, i, i + 1, i + 2, "Ja, plan"]);
    const small = new FakeWorkbook();
    small.addSheet("Stor").put("B2", rows);
    const whole = await hostFor(small).readSheet("Stor");
    expect(small.syncs).toBe(1);

    const limited = new FakeWorkbook();
    limited.payloadLimit = 1_000_000;
    limited.addSheet("Stor").put("B2", rows);
    const blocks = await hostFor(limited).readSheet("Stor");
    expect(blocks).toEqual(whole);
    // 1 refused + 1 for the size + one per block (40,000 cells = 8,000 rows of 5 columns, halved
    // once when a block is still too large).
    expect(limited.syncs).toBeGreaterThan(3);
    expect(limited.runs[0].syncs).toBe(1);
  });

  it("keeps the file name as a plan-year source when a large sheet is read in row blocks", async () => {
    // No year in the title, the sheet name or the settings; the columns alone would give 2026.
    const [, blank, header, ...activities] = budgetRows(400);
    const wb = new FakeWorkbook();
    wb.name = "Budget 2027.xlsx";
    wb.documentUrl = undefined;
    wb.payloadLimit = 20_000;
    wb.addSheet("Stor").put("B1", [["Tryghedsplan"], blank, header, ...activities]);
    const grid = await hostFor(wb).readSheet("Stor");
    // The whole read was refused, so the rows came in blocks.
    expect(wb.runs[0].syncs).toBe(1);
    expect(wb.syncs).toBeGreaterThan(3);
    expect(grid.workbookTitle).toBe("Budget 2027.xlsx");
    const parsed = parsePersistedSettings({});
    if (!parsed.ok) throw new Error("settings");
    const result = check(grid, toEngineSettings(parsed.settings, 2026));
    if (!result.ok) throw new Error("no budget table");
    expect([result.report.planYear, result.report.planYearSource]).toEqual([2027, "fileName"]);
  });

  it("reports a missing sheet as SHEET_MISSING", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Ark1");
    await expectHostError(hostFor(wb).readSheet("Findes ikke"), "SHEET_MISSING");
  });

  it("reports cell edit mode as EDIT_MODE", async () => {
    const { wb } = workbookWithPlan();
    wb.editMode = true;
    await expectHostError(hostFor(wb).readSheet(SOURCE), "EDIT_MODE");
  });
});

describe("writeOverview", () => {
  it("writes the planned cells, formats, table, names and chart in two syncs", async () => {
    const { wb } = workbookWithPlan();
    const report = await reportFrom(wb);
    const before = snapshotOthers(wb, "Budgetoversigt");
    const runsBefore = wb.runs.length;

    const result = await hostFor(wb).writeOverview(report, OVERVIEW_DA);
    // This Excel (ExcelApi 1.7) has no worksheet.pageLayout: written without print setup.
    expect(result).toEqual({
      sheetName: "Budgetoversigt",
      skippedNames: [],
      pageSetupSkipped: true,
    });
    const writeRuns = wb.runs.slice(runsBefore);
    expect(writeRuns.map((r) => r.syncs)).toEqual([2]);

    const ov = wb.sheet("Budgetoversigt");
    if (!ov) throw new Error("no overview sheet");
    // Title rows.
    expect(ov.cell("A1")).toMatchObject({
      value: "Budgetoversigt – Tryghedsplan 2026",
      bold: true,
      fontSize: 14,
    });
    expect(ov.cell("B2")?.value).toBe(SOURCE);
    expect(ov.cell("B3")).toMatchObject({ value: excelDate(TODAY), numberFormat: "dd-mm-yyyy" });
    expect(excelDate(TODAY)).toBe(46096);
    // Year summary on top (row 5 the years), the table below: header in row 11; years in F, G, H.
    const header = [
      "Nr.",
      "Aktivitet",
      "Indsatsområde",
      "Aktivitetsansvarlig",
      "Samarbejdspartnere",
    ];
    header.forEach((h, i) => expect(ov.cell(`${"ABCDE"[i]}11`)?.value).toBe(h));
    expect([ov.cell("F11")?.value, ov.cell("G11")?.value, ov.cell("H11")?.value]).toEqual([
      "2025",
      "2026",
      "2027",
    ]);
    expect(ov.cell("B12")?.value).toBe("Lommepengejob for kriminalitetstruede unge");
    expect(ov.cell("F12")).toMatchObject({ value: 120_000, numberFormat: KRONER_FORMAT });
    expect(ov.cell("G14")).toMatchObject({ value: 200_000, numberFormat: KRONER_FORMAT });
    expect(ov.cell("I14")?.value).toBe("Ja");
    // A name that looks like a formula stays text: no formula is injected.
    expect(ov.cell("B15")).toEqual({ value: '=HYPERLINK("x")', numberFormat: undefined });
    expect(ov.cell("B15")?.formula).toBeUndefined();
    expect(wb.tables).toHaveLength(1);
    expect(wb.tables[0]).toMatchObject({
      name: "Budgetoversigt_tabel",
      address: "A11:K15",
      hasHeaders: true,
      style: "TableStyleMedium2",
    });
    expect(wb.tables[0].sheet).toBe(ov);

    // Per-year I alt / Ramme / Restbeløb: formulas kept, leftover red when negative.
    const plan = overviewSheetPlan(report.overview, "da", { sheetName: "Budgetoversigt" });
    const y2026 = plan.years.find((y) => y.year === 2026);
    expect(y2026).toMatchObject({
      column: "G",
      total: 2_312_000,
      frame: 1_900_000,
      leftover: -412_000,
    });
    if (!y2026) throw new Error("2026");
    expect(ov.cell(y2026.totalCell)).toMatchObject({
      formula: "SUM(G12:G15)",
      numberFormat: KRONER_FORMAT,
      bold: true,
    });
    expect(ov.cell(y2026.frameCell)).toMatchObject({
      value: 1_900_000,
      numberFormat: KRONER_FORMAT,
    });
    expect(ov.cell(y2026.leftoverCell)?.numberFormat).toBe(LEFTOVER_FORMAT);
    expect(ov.cell(y2026.leftoverCell)?.formula).toBe(`${y2026.frameCell}-${y2026.totalCell}`);
    // Subtotals per focus area, as SUMIF formulas over the table.
    const sub = plan.cells.find((c) => c.value === "Uddannelse og beskæftigelse" && c.col === 1);
    expect(sub).toBeDefined();
    expect(ov.cell(`G${(sub?.row ?? 0) + 1}`)?.formula).toBe(
      'SUMIF($C$12:$C$15,"Uddannelse og beskæftigelse",$G$12:$G$15)'
    );
    // Every cell of the plan is on the sheet as planned.
    for (const c of plan.cells) {
      const cell = ov.cell(c.address);
      if (c.formula) expect(cell?.formula).toBe(c.formula);
      else expect(cell?.value ?? null).toBe(c.value);
      if (c.numFmt) expect(cell?.numberFormat).toBe(c.numFmt);
    }
    expect(ov.frozenRows).toBe(11);
    // Widths as planned (sized to the content), 6 points per character; column A fits "Tjekket ark".
    plan.columnWidths.forEach((w, i) => expect([i, ov.columnWidths.get(i)]).toEqual([i, w * 6]));
    expect(ov.columnWidths.get(0)).toBe(("Tjekket ark".length + 2) * 6);

    // Workbook-level names: one per year, to its leftover cell; and the two hidden marker names
    // of src/core/overview/ownership.ts. No name carries a comment (not undo-supported on the web).
    const names = Object.fromEntries(wb.names.map((n) => [n.name, wb.nameFormula(n.name)]));
    expect(wb.names.filter((n) => !n.visible).map((n) => n.name)).toEqual([
      "Budgettjek_Oversigt",
      "Budgettjek_OversigtNavn",
    ]);
    expect(wb.names.map((n) => n.comment)).toEqual(wb.names.map(() => ""));
    expect(names).toEqual({
      Budgettjek_Oversigt: "=Budgetoversigt!$A$1",
      Budgettjek_OversigtNavn: '="Budgetoversigt"',
      Restbeløb_2025: `=Budgetoversigt!$F$${y2026.leftoverCell.slice(1)}`,
      Restbeløb_2026: `=Budgetoversigt!$G$${y2026.leftoverCell.slice(1)}`,
      Restbeløb_2027: `=Budgetoversigt!$H$${y2026.leftoverCell.slice(1)}`,
    });

    // The column chart: total against frame per year.
    expect(ov.charts).toHaveLength(1);
    const row = (cell: string) => cell.slice(1);
    expect(ov.charts[0]).toEqual({
      name: CHART_NAME,
      type: "ColumnClustered",
      seriesBy: "Rows",
      title: "I alt og ramme pr. år",
      position: [plan.chart.topLeft, plan.chart.bottomRight],
      series: [
        {
          name: "I alt",
          values: `Budgetoversigt!F${row(y2026.totalCell)}:H${row(y2026.totalCell)}`,
          xValues: "Budgetoversigt!F5:H5",
        },
        {
          name: "Ramme",
          values: `Budgetoversigt!F${row(y2026.frameCell)}:H${row(y2026.frameCell)}`,
          xValues: "Budgetoversigt!F5:H5",
        },
      ],
    });

    // Nothing else was touched.
    expect(snapshotOthers(wb, "Budgetoversigt")).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
  });

  it.each([1, 40, 2_000])("writes %i activities in at most two syncs", async (n) => {
    const { wb } = workbookWithPlan(n);
    const report = await reportFrom(wb);
    expect(report.activities).toHaveLength(n);
    const start = wb.runs.length;
    await hostFor(wb).writeOverview(report, OVERVIEW_DA);
    expect(wb.runs.slice(start).map((r) => r.syncs)).toEqual([2]);
    expect(wb.tables[0].address).toBe(`A11:K${11 + n}`);
  });

  it("rewrites its own sheet in place on a re-run: same sheet, one table, one chart", async () => {
    const { wb, source } = workbookWithPlan();
    const host = hostFor(wb);
    await host.writeOverview(await reportFrom(wb), OVERVIEW_DA);
    const ov = wb.sheet("Budgetoversigt");
    const id = ov?.id;
    ov?.put("Z99", [["gammelt"]]);
    expect(await host.overviewStatus("Budgetoversigt")).toBe("ours");

    // The plan now has one year less (the 2027 column removed): its leftover name goes too.
    source.cells.delete("2,8");
    source.cells.delete("5,8");
    const report = await reportFrom(wb);
    const start = wb.runs.length;
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "en" });
    expect(wb.runs.slice(start).map((r) => r.syncs)).toEqual([2]);
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
    expect(wb.sheet("Budgetoversigt")?.id).toBe(id);
    expect(wb.sheet("Budgetoversigt")?.cell("Z99")).toBeUndefined();
    expect(wb.sheet("Budgetoversigt")?.cell("A1")?.value).toBe(
      "Budget overview – safety plan 2026"
    );
    expect(wb.tables.map((t) => t.name)).toEqual(["Budgetoversigt_tabel"]);
    expect(wb.sheet("Budgetoversigt")?.charts.map((c) => c.title)).toEqual([
      "Total and frame per year",
    ]);
    expect(wb.names.map((n) => n.name).sort()).toEqual([
      "Budgettjek_Oversigt",
      "Budgettjek_OversigtNavn",
      "Restbeløb_2025",
      "Restbeløb_2026",
    ]);
  });

  it("redraws the chart when the user deleted ours", async () => {
    const { wb, host, report } = await planWithOverview();
    const ov = wb.sheet("Budgetoversigt");
    if (!ov) throw new Error("no sheet");
    ov.charts = [];
    await host.writeOverview(report, OVERVIEW_DA);
    expect(ov.charts.map((c) => c.name)).toEqual([CHART_NAME]);
    expect(wb.tables).toHaveLength(1);
  });

  it("never touches a user's own Budgetoversigt, and writes beside it under a new name", async () => {
    const { wb } = workbookWithPlan();
    const mine = wb.addSheet("Budgetoversigt").put("A1", [["Min egen oversigt", 7]]);
    const host = hostFor(wb);
    const report = await reportFrom(wb);
    expect(await host.overviewStatus("Budgetoversigt")).toBe("foreign");
    expect(await host.overviewStatus("Budgetoversigt 2")).toBe("absent");

    const before = JSON.stringify([...mine.cells.entries()]);
    await expectHostError(host.writeOverview(report, OVERVIEW_DA), "NAME_TAKEN");
    expect(JSON.stringify([...mine.cells.entries()])).toBe(before);
    expect(wb.names).toEqual([]);
    expect(wb.tables).toEqual([]);

    await host.writeOverview(report, { sheetName: "Budgetoversigt 2", lang: "da" });
    expect(await host.overviewStatus("Budgetoversigt 2")).toBe("ours");
    expect(await host.overviewStatus("Budgetoversigt")).toBe("foreign");
    expect(JSON.stringify([...mine.cells.entries()])).toBe(before);
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Budgetoversigt_2_tabel", "Budgetoversigt 2"],
    ]);
    expect(wb.nameFormula("Restbeløb_2026")).toMatch(/^='Budgetoversigt 2'!\$G\$\d+$/);
  });

  it("leaves a name the user made alone and says so", async () => {
    const { wb } = workbookWithPlan();
    wb.addName("Restbeløb_2026", "=Noter!$B$1");
    const result = await hostFor(wb).writeOverview(await reportFrom(wb), OVERVIEW_DA);
    expect(result.skippedNames).toEqual(["Restbeløb_2026"]);
    expect(wb.nameFormula("Restbeløb_2026")).toBe("=Noter!$B$1");
  });

  it("is one undo step where ExcelApi 1.20 exists", async () => {
    const { wb } = workbookWithPlan();
    const report = await reportFrom(wb);
    await hostFor(wb).writeOverview(report, OVERVIEW_DA);
    expect(wb.runs.at(-1)?.options).toBeUndefined();

    const newer = workbookWithPlan().wb;
    newer.supportUpTo("1.20");
    await hostFor(newer).writeOverview(report, OVERVIEW_DA);
    expect(newer.runs.at(-1)?.options).toEqual({ mergeUndoGroup: true });
  });

  it.each(["web", "windows", "mac"] as const)(
    "writes as one undo step at ExcelApi 1.20 on %s: every call in the group is undo-supported there",
    async (platform) => {
      const { wb } = workbookWithPlan();
      wb.supportUpTo("1.20");
      wb.platform = platform;
      const report = await reportFrom(wb);
      const host = hostFor(wb);
      await host.writeOverview(report, OVERVIEW_DA);
      await host.writeOverview(report, OVERVIEW_DA);
      // Look, write, print setup (its own sync, pageLayout.ts): one run, one undo group.
      expect(wb.runs.slice(-2).map((r) => [r.options, r.syncs])).toEqual([
        [{ mergeUndoGroup: true }, 3],
        [{ mergeUndoGroup: true }, 3],
      ]);
      expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
    }
  );

  it("retries once without the undo group on UndoNotSupported, leaving no half-made sheet", async () => {
    const { wb } = workbookWithPlan();
    wb.supportUpTo("1.20");
    // A host that could not undo hiding a name: the first attempt fails after the sheet was added.
    wb.undoTable["NamedItem.visible"] = { web: true, desktop: true };
    const result = await hostFor(wb).writeOverview(await reportFrom(wb), OVERVIEW_DA);
    expect(result.sheetName).toBe("Budgetoversigt");
    // Grouped attempt, clean-up of what it left, then the same write ungrouped.
    expect(wb.runs.slice(-3).map((r) => r.options)).toEqual([
      { mergeUndoGroup: true },
      undefined,
      undefined,
    ]);
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
    expect(await hostFor(wb).overviewStatus("Budgetoversigt")).toBe("ours");
  });

  it("a write that fails after adding the sheet removes it again, so the next write is not blocked", async () => {
    const { wb } = workbookWithPlan();
    wb.failOn.set("ChartCollection.add", "GeneralException");
    const host = hostFor(wb);
    const report = await reportFrom(wb);
    await expectHostError(host.writeOverview(report, OVERVIEW_DA), "UNKNOWN");
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter"]);
    expect(wb.names.filter((n) => n.name.startsWith("Budgettjek"))).toEqual([]);
    await host.writeOverview(report, OVERVIEW_DA);
    expect(await host.overviewStatus("Budgetoversigt")).toBe("ours");
  });

  it("keeps a renamed overview as the user's archive and writes a fresh one beside it", async () => {
    const { wb, host, report } = await planWithOverview();
    wb.renameSheet("Budgetoversigt", "Budget 2025");
    const archive = JSON.stringify([...wb.sheet("Budget 2025")!.cells.entries()]);
    const result = await host.writeOverview(report, OVERVIEW_DA);
    expect(result).toMatchObject({ sheetName: "Budgetoversigt", archivedSheet: "Budget 2025" });
    expect(wb.sheets.map((s) => s.name)).toEqual([
      SOURCE,
      "Noter",
      "Budget 2025",
      "Budgetoversigt",
    ]);
    expect(JSON.stringify([...wb.sheet("Budget 2025")!.cells.entries()])).toBe(archive);
    // Table names are workbook-wide: the archive keeps its table, the new one takes a free name.
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Budgetoversigt_tabel", "Budget 2025"],
      ["Budgetoversigt_tabel2", "Budgetoversigt"],
    ]);
    expect(wb.nameFormula("Budgettjek_Oversigt")).toBe("=Budgetoversigt!$A$1");
    expect(wb.nameFormula("Restbeløb_2026")).toMatch(/^=Budgetoversigt!/);
    expect(await host.overviewStatus("Budget 2025")).toBe("foreign");
  });

  it("drops the stale names of a deleted overview and writes a fresh one", async () => {
    const { wb, host, report } = await planWithOverview();
    wb.deleteSheet("Budgetoversigt");
    expect(wb.nameFormula("Budgettjek_Oversigt")).toBe("=#REF!$A$1");
    await host.writeOverview(report, OVERVIEW_DA);
    expect(wb.nameFormula("Budgettjek_Oversigt")).toBe("=Budgetoversigt!$A$1");
    expect(wb.names.filter((n) => wb.nameFormula(n.name)?.includes("#REF!"))).toEqual([]);
    expect(wb.runs.at(-1)?.syncs).toBe(2);
  });

  it("knows its own sheet in an R1C1 workbook on Windows (names resolved through the API)", async () => {
    const { wb, host, report } = await planWithOverview((w) => {
      w.platform = "windows";
      w.referenceStyle = "R1C1";
    });
    expect(wb.nameFormula("Budgettjek_Oversigt")).toBe("=Budgetoversigt!R1C1");
    expect(await host.overviewStatus("Budgetoversigt")).toBe("ours");
    await host.writeOverview(report, OVERVIEW_DA);
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
    // Names were added with Ranges (the stand-in's guess refuses A1 text in R1C1 on Windows), and
    // point at the leftover cells of the overview.
    expect(wb.nameFormula("Restbeløb_2026")).toMatch(/^=Budgetoversigt!R\d+C\d+$/);
  });

  it("takes over an overview written by the add-in's previous marker (a name with a comment)", async () => {
    const { wb } = workbookWithPlan();
    wb.addSheet("Budgetoversigt").put("A1", [["gammel"]]);
    wb.addName("Budgettjek_oversigt", "=Budgetoversigt!$A$1", "Budgettjek");
    await hostFor(wb).writeOverview(await reportFrom(wb), OVERVIEW_DA);
    expect(wb.sheets.map((s) => s.name)).toEqual([SOURCE, "Noter", "Budgetoversigt"]);
    expect(wb.names.find((n) => n.name.toLowerCase() === "budgettjek_oversigt")).toMatchObject({
      name: "Budgettjek_Oversigt",
      comment: "",
    });
  });

  it("maps a protected overview sheet to PROTECTED", async () => {
    const { wb, host, report } = await planWithOverview();
    const ov = wb.sheet("Budgetoversigt");
    if (!ov) throw new Error("no sheet");
    ov.protected = true;
    const e = await expectHostError(host.writeOverview(report, OVERVIEW_DA), "PROTECTED");
    expect(e.detail).toContain("AccessDenied");
  });
});

describe("the CSV export's route", () => {
  it.each([
    ["web", "download"],
    ["windows", "download"],
    ["mac", "workbook"],
  ] as const)(
    "on %s: %s (office-js #2700, #3385, #4681: no downloads in Office for Mac)",
    (platform, route) => {
      const wb = new FakeWorkbook();
      wb.platform = platform;
      expect(hostFor(wb).csvRoute?.()).toBe(route);
    }
  );
});

describe("cellInput", () => {
  it.each([
    ["Lommepengejob", "Lommepengejob"],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+45 1234", "'+45 1234"],
    ["-", "'-"],
    ["@x", "'@x"],
    ["2026", "'2026"],
    ["1.900.000", "'1.900.000"],
    ["01-02-2026", "'01-02-2026"],
    [null, ""],
    [42, 42],
  ])("%p → %p", (input, expected) => {
    expect(cellInput(input as string | number | null)).toBe(expected);
  });
});

describe("settings", () => {
  it("round-trips through the workbook as JSON", async () => {
    const wb = new FakeWorkbook();
    // A workbook always has a sheet (the opening batch reads the active one).
    wb.addSheet("Ark1");
    const host = hostFor(wb);
    expect(await host.open().then((o) => o.settings)).toBeUndefined();
    const settings = {
      version: 1 as const,
      planYear: 2026,
      defaultFrameKr: 1_900_000,
      framesKr: { "2027": 2_000_000 },
      sheet: SOURCE,
      autoRecheck: false,
    };
    await host.saveSettings(settings);
    expect(typeof wb.settings.get(SETTINGS_KEY)).toBe("string");
    const back = await host.open().then((o) => o.settings);
    expect(back).toEqual(settings);
    expect(parsePersistedSettings(back)).toEqual({ ok: true, settings });
  });

  it("hands bad stored settings on to be refused, without throwing", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Ark1");
    const host = hostFor(wb);
    wb.settings.set(SETTINGS_KEY, "{ikke json");
    const raw = await host.open().then((o) => o.settings);
    expect(raw).toBe("{ikke json");
    expect(parsePersistedSettings(raw).ok).toBe(false);

    wb.settings.set(SETTINGS_KEY, JSON.stringify({ planYear: 3000, framesKr: { "20x6": 5 } }));
    const parsed = parsePersistedSettings(await host.open().then((o) => o.settings));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.path.join("."))).toEqual(["planYear", "framesKr.20x6"]);
  });

  it("refuses to store settings it could not read back", async () => {
    const wb = new FakeWorkbook();
    const bad = { version: 1 as const, planYear: 1800 };
    const refused = hostFor(wb).saveSettings(bad);
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({
      code: "SETTINGS_INVALID",
      about: { settings: [{ path: ["planYear"], code: "PLAN_YEAR_TOO_EARLY", value: "1800" }] },
    });
    expect(wb.settings.size).toBe(0);
  });

  it("decodes stored values", () => {
    expect(decodeSettings('{"planYear":2026}')).toEqual({ planYear: 2026 });
    expect(decodeSettings({ planYear: 2026 })).toEqual({ planYear: 2026 });
    expect(decodeSettings("nej")).toBe("nej");
  });
});

describe("select, sheets, events, export", () => {
  it("activates the cell's sheet and selects the cell", async () => {
    const { wb } = workbookWithPlan();
    const host = hostFor(wb);
    expect((await host.open()).active).toBe(SOURCE);
    await host.selectCell("Noter!B1");
    expect(wb.activeSheet?.name).toBe("Noter");
    await host.selectCell("'Tryghedsplan 2026'!H7");
    expect(wb.activeSheet?.name).toBe(SOURCE);
    expect(wb.selection).toEqual({ sheet: SOURCE, address: "H7" });
    expect(wb.runs.at(-1)?.syncs).toBe(1);
    await expectHostError(host.selectCell("'Væk'!A1"), "SHEET_MISSING");
  });

  it("lists visible sheets and the workbook title", async () => {
    const { wb } = workbookWithPlan();
    const hidden = wb.addSheet("Skjult");
    hidden.visibility = "Hidden";
    const host = hostFor(wb);
    expect((await host.open()).sheets).toEqual([SOURCE, "Noter"]);
    expect(await host.workbookTitle()).toBe("Tryghedsplan 2026.xlsx");
    wb.name = "";
    expect(await host.workbookTitle()).toBe("Tryghedsplan 2026.xlsx");
  });

  it("finds the budget sheet when the other sheets' first rows are too large for one response", async () => {
    // Excel on the web refuses a response over ~5 MB: the probes of all other sheets in one batch
    // are refused, each sheet's own probe is not. The budget must still be found, and a later
    // read must not fail with the refused batch.
    const { wb } = workbookWithPlan();
    const wide = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `${"x".repeat(60)} ${r}/${c}`)
    );
    wb.addSheet("Stor").put("A1", wide);
    wb.activeSheet = wb.sheet("Noter");
    wb.payloadLimit = 30_000;
    const host = hostFor(wb);
    const parsed = parsePersistedSettings({});
    if (!parsed.ok) throw new Error("settings");
    const settings = toEngineSettings(parsed.settings, 2026);
    const chosen = await startSheet(host, await host.open(), undefined, settings);
    expect(chosen.name).toBe(SOURCE);
    expect(chosen.grid?.rows.length).toBeGreaterThan(3);
    expect(chosen.error).toBeUndefined();
    // The refused batch is not replayed: the budget sheet reads again.
    expect((await host.readSheet(SOURCE)).sheetName).toBe(SOURCE);
  });

  it("calls the handler when the sheet changes, until unsubscribed", async () => {
    const { wb } = workbookWithPlan();
    const handler = jest.fn();
    const off = await hostFor(wb).onSheetChanged(SOURCE, handler);
    await wb.fireChanged(SOURCE);
    await wb.fireChanged("Noter");
    expect(handler).toHaveBeenCalledTimes(1);
    await off();
    await wb.fireChanged(SOURCE);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("exports through Excel.createWorkbook where ExcelApi 1.8 exists", async () => {
    const { wb } = workbookWithPlan();
    const report = await reportFrom(wb);
    const build = jest.fn(async () => "UEsDBA==");
    const old = createOfficeHost({ runtime: wb.runtime(), buildExportBase64: build });
    await expectHostError(old.exportWorkbook(report, "da"), "NOT_SUPPORTED");
    expect(build).not.toHaveBeenCalled();

    wb.supportUpTo("1.8");
    const now = () => new Date(2026, 2, 5);
    const host = createOfficeHost({ runtime: wb.runtime(), buildExportBase64: build, now });
    await host.exportWorkbook(report, "en");
    expect(build).toHaveBeenCalledWith(report, "en", now());
    expect(wb.createdWorkbooks).toEqual(["UEsDBA=="]);

    // What Excel refuses (a string that is not an .xlsx in base64) reaches the pane as an error.
    const broken = createOfficeHost({ runtime: wb.runtime(), buildExportBase64: async () => "x" });
    const e = await expectHostError(broken.exportWorkbook(report, "da"), "UNKNOWN");
    expect(e.message).toContain("InvalidArgument");
    expect(wb.createdWorkbooks).toHaveLength(1);
  });

  it("hands Excel.createWorkbook the package writer's workbook by default", async () => {
    const { wb } = workbookWithPlan();
    wb.supportUpTo("1.8");
    const report = await reportFrom(wb);
    await createOfficeHost({ runtime: wb.runtime() }).exportWorkbook(report, "da");
    expect(wb.createdWorkbooks).toHaveLength(1);
    const pkg = openWorkbookPackage(new Uint8Array(Buffer.from(wb.createdWorkbooks[0], "base64")));
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Budgetoversigt"]);
    expect(decideOwnership(packageFacts(pkg)).reason).toBe("ours");
  });

  it("hands text files to the saver", async () => {
    const saved: string[][] = [];
    const host = createOfficeHost({
      runtime: new FakeWorkbook().runtime(),
      saveText: async (...a) => {
        saved.push(a);
      },
    });
    await host.saveText("budgetoversigt.csv", "a;b", "text/csv;charset=utf-8");
    expect(saved).toEqual([["budgetoversigt.csv", "a;b", "text/csv;charset=utf-8"]]);
  });
});

describe("writeOverview with the changes since the baseline", () => {
  const title = "Ændringer siden godkendt 12-12-2025";
  const values = (s: FakeSheet | undefined) => [...(s?.cells.values() ?? [])].map((c) => c.value);

  it("writes the section when the pane passes changes, and not otherwise", async () => {
    const { wb, host, report } = await planWithOverview();
    expect(values(wb.sheet("Budgetoversigt")).some((v) => String(v).startsWith("Ændringer"))).toBe(
      false
    );
    const changes = compare(approve(report, "2025-12-12"), report);
    await host.writeOverview(report, { sheetName: "Budgetoversigt", lang: "da", changes });
    expect(values(wb.sheet("Budgetoversigt"))).toContain(title);
  });
});
