// The overview's print setup through worksheet.pageLayout (ExcelApi 1.9), against the stand-in.
import { check } from "../core";
import { parsePersistedSettings, toEngineSettings } from "../core";
import type { Report } from "../core";
import { FakeOfficeError, FakeWorkbook } from "../../tests/office/standIn";
import { createOfficeHost } from "./officeHost";

const TODAY = new Date(2026, 2, 15);
const SOURCE = "Tryghedsplan 2026";

function workbook(version: string): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.supportUpTo(version);
  wb.addSheet(SOURCE).put("A1", [
    ["Nr.", "Aktivitet", "Samarbejdspartnere", 2026, 2027],
    [1, "Lommepengejob", "SSP, fsb", 120_000, 100_000],
    [2, "Tryg & glad", "Politi", 2_000_000, null],
  ]);
  return wb;
}

async function write(wb: FakeWorkbook, lang: "da" | "en" = "da") {
  const host = createOfficeHost({ runtime: wb.runtime(), now: () => TODAY });
  const parsed = parsePersistedSettings({});
  if (!parsed.ok) throw new Error("settings");
  const result = check(await host.readSheet(SOURCE), toEngineSettings(parsed.settings, 2026));
  if (!result.ok) throw new Error("no table");
  const report: Report = result.report;
  return host.writeOverview(report, { sheetName: "Budgetoversigt", lang });
}

describe("overview print setup", () => {
  it("sets landscape A4, one page wide, the header row on every page and the footer (1.9+)", async () => {
    const wb = workbook("1.20");
    const result = await write(wb);
    expect(result).toMatchObject({ pageSetupSkipped: false });
    expect(result).not.toHaveProperty("pageSetupRefused");
    // Look, write, then print setup in its own sync: still one run, one undo group.
    expect(wb.runs.at(-1)).toEqual({ options: { mergeUndoGroup: true }, syncs: 3 });
    expect(wb.sheet("Budgetoversigt")?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      // One page wide; the height is left to Excel (0 pages is not documented).
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$11:$11",
      footer: { left: "Tryghedsplan 2026", center: "Skrevet 15-03-2026", right: "Side &P af &N" },
    });
    expect(wb.sheet("Budgetoversigt")?.cell("A11")?.value).toBe("Nr.");
  });

  it("keeps the written sheet when Excel refuses the print setup, and says so", async () => {
    const wb = workbook("1.20");
    wb.failOn.set("PageLayout", "InvalidArgument");
    const result = await write(wb);
    expect(result).toMatchObject({ sheetName: "Budgetoversigt", pageSetupRefused: true });
    expect(wb.sheet("Budgetoversigt")?.cell("B12")?.value).toBe("Lommepengejob");
    expect(wb.sheet("Budgetoversigt")?.pageLayout).toEqual({ footer: {} });
  });

  it("writes English footer words for an English Office", async () => {
    const wb = workbook("1.9");
    await write(wb, "en");
    expect(wb.sheet("Budgetoversigt")?.pageLayout.footer).toEqual({
      left: "Safety plan 2026",
      center: "Written 15-03-2026",
      right: "Page &P of &N",
    });
  });

  it("without ExcelApi 1.9 writes the sheet without print setup, and says so", async () => {
    const wb = workbook("1.8");
    const result = await write(wb);
    expect(result).toMatchObject({ sheetName: "Budgetoversigt", pageSetupSkipped: true });
    expect(wb.sheet("Budgetoversigt")?.pageLayout).toEqual({ footer: {} });
    expect(wb.sheet("Budgetoversigt")?.cell("B12")?.value).toBe("Lommepengejob");
  });

  it("the stand-in refuses pageLayout on an older Excel and print titles that are not whole rows", async () => {
    const wb = workbook("1.8");
    const fail = (batch: (ctx: Excel.RequestContext) => void) =>
      wb.runtime().run(async (ctx) => {
        batch(ctx);
        await ctx.sync();
      });
    const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(SOURCE);
    await expect(fail((ctx) => (sheet(ctx).pageLayout.orientation = "Landscape"))).rejects.toEqual(
      expect.objectContaining({ code: "ApiNotFound" })
    );
    wb.supportUpTo("1.9");
    await expect(
      fail((ctx) => sheet(ctx).pageLayout.setPrintTitleRows("A11:K11"))
    ).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(fail((ctx) => (sheet(ctx).pageLayout.zoom = { scale: 5 }))).rejects.toEqual(
      expect.objectContaining({ code: "InvalidArgument" })
    );
    // A Range for the print titles must be whole rows too.
    await expect(
      fail((ctx) => sheet(ctx).pageLayout.setPrintTitleRows(sheet(ctx).getRange("A11:K11")))
    ).rejects.toEqual(expect.objectContaining({ code: "InvalidArgument" }));
    // GUESS (manual test section 7): fitting to 0 pages is refused.
    await expect(
      fail(
        (ctx) => (sheet(ctx).pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 })
      )
    ).rejects.toEqual(expect.objectContaining({ code: "InvalidArgument" }));
  });
});
