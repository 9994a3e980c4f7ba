// The approved baseline in the workbook through customXmlParts, against the Office stand-in
// (which refuses what Office.js refuses: reads before sync, XML without a root, ExcelApi < 1.5).
import { FakeWorkbook } from "../../tests/office/standIn";
import { APPROVED, planReport, REVISIONS } from "../../tests/fixtures/compare/revisions";
import { approve } from "../core/compare";
import { BASELINE_NS, baselineToXml } from "../core/compare";
import type { Report } from "../core";
import { readOfficeBaseline, saveOfficeBaseline } from "./baselineStore";
import { createOfficeHost } from "./officeHost";

const report = (plan = APPROVED): Report => planReport(plan);

describe("the baseline as a custom XML part in Excel", () => {
  it("is stored, read back, and replaced (not added to) by a later approval", async () => {
    const wb = new FakeWorkbook();
    const rt = wb.runtime();
    const first = approve(report(), "2025-12-12");
    await saveOfficeBaseline(rt, first);
    expect(wb.customXmlParts).toHaveLength(1);
    expect(wb.customXmlParts[0].namespaceUri).toBe(BASELINE_NS);
    const back = await readOfficeBaseline(rt);
    expect(back).toMatchObject({ found: true, ok: true });
    expect(back.found && back.ok && back.baseline.approvedAt).toBe("2025-12-12");

    await saveOfficeBaseline(rt, approve(report(REVISIONS.rowDeleted()), "2026-03-05", first));
    expect(wb.customXmlParts).toHaveLength(1);
    const again = await readOfficeBaseline(rt);
    expect(again.found && again.ok && again.baseline.history.map((h) => h.date)).toEqual([
      "2025-12-12",
      "2026-03-05",
    ]);
  });

  it("on iPad before the workbook is saved: no baseline could be read, said quietly, no error", async () => {
    const wb = new FakeWorkbook();
    wb.supportUpTo("1.20");
    await saveOfficeBaseline(wb.runtime(), approve(report(), "2025-12-12"));
    wb.platform = "ios";
    wb.saved = false;
    await expect(createOfficeHost({ runtime: wb.runtime() }).readBaseline?.()).resolves.toEqual({
      found: false,
      unread: true,
    });
    wb.saved = true;
    await expect(readOfficeBaseline(wb.runtime())).resolves.toMatchObject({
      found: true,
      ok: true,
    });
  });

  it("stores exactly the XML the command and file mode read", async () => {
    const wb = new FakeWorkbook();
    const b = approve(report(), "2025-12-12");
    await saveOfficeBaseline(wb.runtime(), b);
    expect(wb.customXmlParts[0].xml).toBe(baselineToXml(b));
  });

  it("leaves other add-ins' parts alone", async () => {
    const wb = new FakeWorkbook();
    wb.customXmlParts.push({
      id: "{other}",
      namespaceUri: "urn:other",
      xml: '<a xmlns="urn:other"/>',
    });
    await saveOfficeBaseline(wb.runtime(), approve(report(), "2025-12-12"));
    expect(wb.customXmlParts.map((p) => p.namespaceUri)).toEqual(["urn:other", BASELINE_NS]);
  });

  it("a damaged part is reported, not used", async () => {
    const wb = new FakeWorkbook();
    const xml = baselineToXml(approve(report(), "2025-12-12")).replace(
      /planYear="\d+"/,
      'planYear="x"'
    );
    wb.customXmlParts.push({ id: "{1}", namespaceUri: BASELINE_NS, xml });
    expect(await readOfficeBaseline(wb.runtime())).toMatchObject({
      found: true,
      ok: false,
      reason: "DAMAGED",
      part: "{1}",
    });
  });

  it("without ExcelApi 1.5: nothing read, and approving is refused as not supported", async () => {
    const wb = new FakeWorkbook();
    wb.supportUpTo("1.4");
    const host = createOfficeHost({ runtime: wb.runtime() });
    expect(await host.readBaseline?.()).toEqual({ found: false });
    await expect(host.saveBaseline?.(approve(report(), "2025-12-12"))).rejects.toMatchObject({
      code: "NOT_SUPPORTED",
    });
    expect(wb.customXmlParts).toEqual([]);
  });

  it("reads in two syncs and writes in two", async () => {
    const wb = new FakeWorkbook();
    const rt = wb.runtime();
    await saveOfficeBaseline(rt, approve(report(), "2025-12-12"));
    await readOfficeBaseline(rt);
    expect(wb.runs.map((r) => r.syncs)).toEqual([2, 2]);
  });
});
