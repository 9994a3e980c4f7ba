// A large plan on Excel on the web: the overview's write goes in as many syncs as keep each request
// under the 5 MB limit, which the stand-in enforces on the web profile (requestBudget.ts). The same
// write unsplit is refused, so the test shows the limit bites.
import { check, parsePersistedSettings, toEngineSettings, type Report } from "../core";
import { overviewSheetPlan } from "../core/overview";
import { FakeWorkbook, type FakeInput } from "../../tests/office/standIn";
import { PANE_COLUMNS, panePlan } from "../../tests/doubles/testGrids";
import { asRows, inYears } from "../../tests/fixtures/plan2026";
import { approve, baselineToXml } from "../core/compare";
import { errorText } from "../taskpane/errorText";
import { laterStrings as strings } from "../taskpane/words/later";
import { createOfficeHost } from "./officeHost";
import { toHostError } from "./officeErrors";
import { writeOverviewPlan, type PlanFor } from "./overviewWrite";

const TODAY = new Date(2026, 2, 15);

/** A plan of `n` activities in 2025-2027 as the sheet's rows, and its report. */
function largeReport(n: number): Report {
  const [title, blank, header, ...base] = asRows(inYears(panePlan(), [2025, 2026, 2027]), {
    columns: PANE_COLUMNS,
  });
  const rows: FakeInput[][] = [title, blank, header];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    rows.push([i + 1, `Aktivitet nummer ${i + 1} i Tingbjerg og Husum`, ...b.slice(2)]);
  }
  const parsed = parsePersistedSettings({});
  if (!parsed.ok) throw new Error("settings");
  const grid = { sheetName: "Tryghedsplan 2026", originRow: 0, originCol: 0, rows };
  const result = check(
    grid as Parameters<typeof check>[0],
    toEngineSettings(parsed.settings, 2026)
  );
  if (!result.ok) throw new Error("no budget table");
  return result.report;
}

const planOf =
  (report: Report): PlanFor =>
  (sheetName, tableName) =>
    overviewSheetPlan(report.overview, "da", { sheetName, tableName });

function webWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.supportUpTo("1.20");
  wb.platform = "web";
  wb.addSheet("Tryghedsplan 2026");
  return wb;
}

describe("a plan of 20,000 activities on Excel on the web", () => {
  const report = largeReport(20_000);

  it("is written in several syncs, each request under 5 MB, as one undo group", async () => {
    const wb = webWorkbook();
    const result = await writeOverviewPlan(wb.runtime(), "Budgetoversigt", planOf(report), TODAY);
    expect(result.sheetName).toBe("Budgetoversigt");
    const sheet = wb.sheet("Budgetoversigt");
    const t = overviewSheetPlan(report.overview, "da").table;
    expect(report.activities).toHaveLength(20_000);
    // Every row is there: the last activity's name, and the table over all of them.
    expect(sheet?.cell(`B${t.headerRow + 1 + 20_000}`)?.value).toBe(
      "Aktivitet nummer 20000 i Tingbjerg og Husum"
    );
    expect(wb.tables.map((x) => x.address)).toEqual([t.ref.replace(/\$/g, "")]);
    const [run] = wb.runs;
    expect(wb.runs).toHaveLength(1);
    expect(run.options).toEqual({ mergeUndoGroup: true });
    // Look, the cells in pieces, print setup.
    expect(run.syncs).toBeGreaterThan(3);
  });

  it("is refused by Excel on the web when sent in one request", async () => {
    const wb = webWorkbook();
    const unsplit = { requestBudget: Infinity };
    const e: unknown = await writeOverviewPlan(
      wb.runtime(),
      "Budgetoversigt",
      planOf(report),
      TODAY,
      unsplit
    ).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(toHostError(e, undefined, "write").code).toBe("WRITE_TOO_LARGE");
    // The sheet the write added went again.
    expect(wb.sheets.map((s) => s.name)).toEqual(["Tryghedsplan 2026"]);
  });

  it("goes in one request where Excel has no such limit (Windows)", async () => {
    const wb = webWorkbook();
    wb.platform = "windows";
    await writeOverviewPlan(wb.runtime(), "Budgetoversigt", planOf(report), TODAY, {
      requestBudget: Infinity,
    });
    expect(wb.runs.map((r) => r.syncs)).toEqual([3]);
  });
});

describe("approving a plan of 20,000 activities", () => {
  const report = largeReport(20_000);
  const small = largeReport(10);

  it("on the web: refused before sending, in Danish, and the earlier baseline kept", async () => {
    const wb = webWorkbook();
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.saveBaseline?.(approve(small, "2026-01-05"));
    const before = wb.customXmlParts.map((p) => p.xml);
    const e: unknown = await host.saveBaseline!(approve(report, "2026-02-01")).catch((x) => x);
    expect(e).toMatchObject({ code: "BASELINE_TOO_LARGE" });
    expect(errorText(e, strings.da).message).toContain(
      "Planen er for stor til at blive gemt som godkendt grundlag i Excel på nettet"
    );
    expect(wb.customXmlParts.map((p) => p.xml)).toEqual(before);
  });

  it("on the web the stand-in refuses that XML as one request (what the guard spares)", async () => {
    const wb = webWorkbook();
    const xml = baselineToXml(approve(report, "2026-02-01"));
    expect(xml.length).toBeGreaterThan(5_000_000);
    await expect(
      wb.runtime().run(async (context) => {
        context.workbook.customXmlParts.add(xml);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("on Windows: stored", async () => {
    const wb = webWorkbook();
    wb.platform = "windows";
    await createOfficeHost({ runtime: wb.runtime() }).saveBaseline?.(approve(report, "2026-02-01"));
    expect(wb.customXmlParts).toHaveLength(1);
  });
});
