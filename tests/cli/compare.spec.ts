import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { approve } from "../../src/core/compare/baseline";
import { baselineToXml } from "../../src/core/compare/baselineXml";
import { jsonChangesSchema } from "../../src/core/overview/jsonChanges";
import { jsonReportSchema } from "../../src/core/overview/jsonReport";
import type { Report } from "../../src/core/types";
import { readStoredBaseline } from "../../src/ooxml/read/baselinePart";
import { withCustomXml } from "../fixtures/compare/customXmlPackage";
import {
  APPROVED,
  planReport,
  planRows,
  REVISIONS,
  type PlanRow,
  type PlanShape,
} from "../fixtures/compare/revisions";
import { toBytes } from "../xlsx/fixtures";
import { runCli, tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function planWorkbook(
  plan: PlanRow[],
  shape: PlanShape = {},
  sheet = "Tryghedsplan 2026"
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Forside").getCell("A1").value = "Tingbjerg-Husum Partnerskab";
  const ws = wb.addWorksheet(sheet);
  for (const r of planRows(plan, shape)) ws.addRow(r);
  return wb;
}

async function save(
  name: string,
  wb: ExcelJS.Workbook,
  baselineXml?: string,
  utf16 = false
): Promise<string> {
  const bytes = await toBytes(wb);
  const file = tmp.file(name);
  writeFileSync(file, baselineXml ? withCustomXml(bytes, baselineXml, { utf16 }) : bytes);
  return file;
}

const approvedReport = (plan: PlanRow[] = APPROVED, planYear?: number): Report =>
  planReport(plan, planYear ? { planYear } : {});

const withChanges = jsonReportSchema.extend({ changes: jsonChangesSchema });

describe("budgettjek NOW.xlsx --compare APPROVED.xlsx", () => {
  let approvedFile: string;
  beforeAll(async () => {
    approvedFile = await save("godkendt.xlsx", planWorkbook(APPROVED));
  });

  it("prints the changes by activity, not by cell", async () => {
    const now = await save("nu.xlsx", planWorkbook(REVISIONS.rowInserted(), { sections: true }));
    const run = await runCli([now, "--compare", approvedFile]);
    expect(run.err).toBe("");
    expect(run.out).toContain(
      "Ændringer siden godkendt\nGodkendt version: godkendt.xlsx, arket «Tryghedsplan 2026»."
    );
    expect(run.out).toMatch(
      /2026\s+1\.900\.000 kr\.\s+1\.980\.000 kr\.\s+\+80\.000 kr\.\s+-80\.000 kr\./
    );
    expect(run.out).toContain("Tilføjet (1):\n  Lektiecafé: 2026: +80.000 kr., 2027: +80.000 kr.");
    expect(run.out).not.toContain("Fjernet");
    expect(run.out).not.toContain("Ændret (");
  });

  it("--json adds exactly the changes object", async () => {
    const now = await save(
      "nu-json.xlsx",
      planWorkbook(REVISIONS.moneyBetweenYears(), {}, "Plan rev 2")
    );
    const run = await runCli([now, "--compare", approvedFile, "--json", "--plan-year", "2026"]);
    const doc = withChanges.strict().parse(JSON.parse(run.out));
    expect(doc.changes.baseline).toEqual({
      file: approvedFile,
      sheet: "Tryghedsplan 2026",
      planYear: 2026,
      approvedAt: null,
    });
    expect(doc.changes.years[0]).toEqual({
      year: 2026,
      approvedTotal: 1900000,
      total: 1880000,
      delta: -20000,
      approvedLeftover: 0,
      leftover: 20000,
    });
    expect(doc.changes.activities.filter((a) => a.status !== "unchanged")).toEqual([
      {
        name: "Det gode valg",
        nr: "2",
        approvedName: null,
        status: "changed",
        deltas: { "2026": -20000, "2027": 20000 },
        anchoring: null,
      },
    ]);
    expect(doc.changes.activities).toHaveLength(APPROVED.length);
    expect(run.err).toContain("Godkendt version: godkendt.xlsx");
  });

  it("--compare-sheet picks the approved sheet", async () => {
    const wb = planWorkbook(APPROVED, {}, "Godkendt plan 2026");
    const older = wb.addWorksheet("Gammel");
    for (const r of planRows(REVISIONS.rowDeleted())) older.addRow(r);
    const both = await save("to-ark.xlsx", wb);
    const now = await save("nu2.xlsx", planWorkbook(APPROVED));
    const run = await runCli([now, "--compare", both, "--compare-sheet", "Gammel"]);
    expect(run.out).toContain("Tilføjet (1):\n  Natteravne: 2026: +250.000 kr.");
    const auto = await runCli([now, "--compare", both]);
    expect(auto.out).toContain("Ingen ændringer siden godkendt.");
  });

  it.each([
    [
      "a missing file",
      () => tmp.file("findes-ikke.xlsx"),
      /^budgettjek: Den godkendte version findes ikke: .*findes-ikke\.xlsx\n$/,
    ],
    [
      "a file without a budget table",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Noter").getCell("A1").value = "Intet budget her";
        return save("noter.xlsx", wb);
      },
      /^budgettjek: Fandt ingen budgettabel i .*noter\.xlsx: .*; vælg arket med --compare-sheet\n$/,
    ],
    [
      "a corrupt file",
      async () => {
        const f = tmp.file("korrupt.xlsx");
        writeFileSync(f, Buffer.from("PK\u0003\u0004 not really a zip"));
        return f;
      },
      /^budgettjek: .*korrupt\.xlsx er (beskadiget|ufuldstændig)/,
    ],
  ])("an approved version that is %s is exit 2 with one Danish line", async (_, make, line) => {
    const now = await save("nu3.xlsx", planWorkbook(APPROVED));
    const run = await runCli([now, "--compare", await make()]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(line);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(run.out).toBe("");
  });

  it("--compare-sheet without --compare is refused", async () => {
    const run = await runCli(["x.xlsx", "--compare-sheet", "Plan"]);
    expect([run.code, run.err]).toEqual([
      2,
      "budgettjek: --compare-sheet kræver --compare (se budgettjek --help)\n",
    ]);
  });
});

describe("a baseline stored in the workbook", () => {
  const stored = baselineToXml(approve(approvedReport(), "2025-12-12"));

  it.each([false, true])("is used without --compare, and says so (UTF-16: %s)", async (utf16) => {
    const now = await save(
      `lagret-${utf16}.xlsx`,
      planWorkbook(REVISIONS.anchoringAdded()),
      stored,
      utf16
    );
    const run = await runCli([now]);
    expect(run.out).toContain(
      "Ændringer siden godkendt 12-12-2025\nSammenligner med grundlaget godkendt 12-12-2025, gemt i projektmappen."
    );
    expect(run.out).toContain(
      "Ændret (1):\n  Det gode valg: forankring: Mangler forankringsplan → Har forankringsplan"
    );
    expect(run.out).toContain("Løste fund (1):");
  });

  it("--compare goes before the stored baseline", async () => {
    const now = await save("begge.xlsx", planWorkbook(APPROVED), stored);
    const other = await save("anden.xlsx", planWorkbook(REVISIONS.rowDeleted()));
    const run = await runCli([now, "--compare", other]);
    expect(run.out).toContain("Godkendt version: anden.xlsx");
    expect(run.out).toContain("Tilføjet (1):\n  Natteravne");
  });

  it("a damaged one is named, and the check still runs", async () => {
    const now = await save(
      "beskadiget.xlsx",
      planWorkbook(APPROVED),
      stored.replace(/ore="(\d+)"/, 'ore="x$1"')
    );
    const run = await runCli([now]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("Budgettjek af beskadiget.xlsx");
    expect(run.out).toMatch(
      /Grundlaget gemt i projektmappen er beskadiget og bruges ikke \(customXml\/item1\.xml: .+\); tjekket kører uden sammenligning\./
    );
    expect(run.out).not.toContain("Ændringer siden godkendt");
  });

  it("one of another plan year gives a warning and compares the common years", async () => {
    const old = approve(approvedReport(APPROVED, 2025), "2024-12-10");
    old.years = old.years.filter((y) => y.year !== 2026);
    for (const a of old.activities) delete a.amounts[2026];
    const now = await save(
      "andet-aar.xlsx",
      planWorkbook(REVISIONS.moneyBetweenYears()),
      baselineToXml(old)
    );
    const run = await runCli([now, "--json"]);
    const doc = withChanges.parse(JSON.parse(run.out));
    expect(doc.changes.years.map((y) => y.year)).toEqual([2027, 2028]);
    expect(run.err).toContain(
      "Advarsel: det godkendte grundlag er for planår 2025, dette er planår 2026; kun de fælles år (2027, 2028) sammenlignes."
    );
  });
});

describe("--write and --csv carry the changes", () => {
  it("the overview sheet gets the section and the CSV the change columns", async () => {
    const approvedFile = await save("godk-w.xlsx", planWorkbook(APPROVED));
    const now = await save("nu-w.xlsx", planWorkbook(REVISIONS.rowDeleted()));
    const out = tmp.file("oversigt.xlsx");
    const csv = tmp.file("oversigt.csv");
    const run = await runCli([now, "--compare", approvedFile, "--write", out, "--csv", csv]);
    expect(run.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet("Budgetoversigt")?.eachRow((r) =>
      r.eachCell((c) => void texts.push(String(c.value)))
    );
    expect(texts).toContain("Ændringer siden godkendt");
    expect(texts).toContain("Natteravne");
    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[0]).toMatch(/;Ændring 2026;Ændring 2027;Ændring 2028$/);
    expect(lines.find((l) => l.startsWith("4;Natteravne (fjernet)"))).toMatch(/;-250000;;$/);
  });
});

describe("the stored snapshot after a round trip through ExcelJS", () => {
  it("is dropped by ExcelJS (it keeps no custom XML parts): why the copy needs the package writer", async () => {
    const stored = baselineToXml(approve(approvedReport(), "2025-12-12"));
    const file = await save("exceljs-rundtur.xlsx", planWorkbook(APPROVED), stored);
    expect(readStoredBaseline(readFileSync(file))).toMatchObject({ found: true, ok: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const again = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(readStoredBaseline(again)).toEqual({ found: false });
  });
});
