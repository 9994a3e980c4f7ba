// The production bundle booting as an add-in: office.js's CDN URL answered with the one Office
// stand-in (tests/office, compiled for the page), which enforces load-before-read,
// sync-before-read and Microsoft's undo table. The pane then checks, selects and writes through
// the real Office shell: at ExcelApi 1.20 on the web (the write is one undo group) and at 1.7.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPO, servedBuild, offsiteRequests, openPage, type WatchedPage } from "./browser";
import { download, runCheck, yearFigures, SAMPLE_YEARS } from "./pane";
import { sampleSheets } from "./samples";

import type { StandInConfig, StandInSnapshot } from "../office/browserGlobals";

const snapshot = (page: Page): Promise<StandInSnapshot> =>
  page.evaluate(() =>
    (window as unknown as { __standIn: { snapshot(): StandInSnapshot } }).__standIn.snapshot()
  );

const served = servedBuild();
let w: WatchedPage;
let page: Page;
let before: StandInSnapshot;

async function sampleConfig(extra: Partial<StandInConfig>): Promise<StandInConfig> {
  return {
    sheets: [...(await sampleSheets()), { name: "Noter", rows: [["Mødenoter"]] }],
    activeSheet: "Tryghedsplan 2026",
    displayLanguage: "da-DK",
    ...extra,
  };
}

/** The add-in page on the stand-in configured with `config`, with the pane's first answer shown. */
async function openAddIn(config: StandInConfig, viewport?: { width: number; height: number }) {
  const watched = await openPage(served.browser, {
    baseUrl: served.server.url,
    office: "standIn",
    ...(viewport ? { viewport } : {}),
    initScript: `window.__officeStandInConfig = ${JSON.stringify(config)};`,
  });
  watched.page.on("pageerror", (e) => console.error("page error:", e.message));
  await watched.page.goto(`${served.server.url}/taskpane.html?addin=1`);
  await watched.page.getByRole("button", { name: "Tjek budget" }).waitFor();
  return watched;
}

const syncsOf = (p: Page): Promise<number> =>
  p.evaluate(
    () => (window as unknown as { __standIn: { model: { syncs: number } } }).__standIn.model.syncs
  );

beforeAll(async () => {
  // Excel on the web at ExcelApi 1.20: "Skriv oversigt" runs as one merged undo group.
  w = await openAddIn(await sampleConfig({ maxExcelApi: "1.20", platform: "web" }));
  page = w.page;
  await page.getByRole("heading", { name: "Resultat" }).waitFor();
  before = await snapshot(page);
});

describe("the production bundle as an add-in on Excel on the web, ExcelApi 1.20 (Office stand-in)", () => {
  it("boots as an add-in, not in file mode", async () => {
    expect(await page.getByTestId("filemode-root").count()).toBe(0);
    expect(await page.getByText("Budgettjek kører her uden for Excel").count()).toBe(0);
  });

  it("checks the active sheet with one sync per read, and shows the sample's figures", async () => {
    const runsBefore = (await snapshot(page)).runs.length;
    await runCheck(page);
    expect(await yearFigures(page, 2026)).toEqual(SAMPLE_YEARS[2026]);
    expect(await yearFigures(page, 2027)).toEqual(SAMPLE_YEARS[2027]);
    await expect(
      page.getByRole("heading", { name: "Fejl: Over rammen (1)" }).isVisible()
    ).resolves.toBe(true);
    const after = await snapshot(page);
    // A re-check is one round trip: values, their types, the address and merges together.
    expect(after.runs.slice(runsBefore)).toEqual([{ merged: false, syncs: 1 }]);
    expect(after.errors).toEqual([]);
  });

  it('"Vis" activates the sheet and selects the finding\'s cell', async () => {
    await page.getByRole("button", { name: "Vis cellen 'Tryghedsplan 2026'!F21" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __standIn: { model: { selection?: { address: string } } } })
          .__standIn.model.selection?.address === "F21"
    );
    const s = await snapshot(page);
    expect(s.selection).toBe("Tryghedsplan 2026!F21");
    expect(s.activeSheet).toBe("Tryghedsplan 2026");
  });

  it('"Skriv oversigt" writes the overview sheet as one undo group in three syncs and touches no other sheet', async () => {
    const runsBefore = (await snapshot(page)).runs.length;
    const syncsBefore = (await snapshot(page)).syncs;
    await page.getByRole("button", { name: "Skriv oversigt" }).click();
    await page.getByText("Oversigten er skrevet i arket ‘Budgetoversigt’.").waitFor();
    const after = await snapshot(page);
    expect(after.errors).toEqual([]);
    // The write: one merged undo group (ExcelApi 1.20): look-up, write, then print setup in a sync
    // of its own, so a refused page setup cannot fail the written sheet (README: round trips).
    const runs = after.runs.slice(runsBefore);
    expect(runs.filter((r) => r.merged)).toEqual([{ merged: true, syncs: 3 }]);
    expect(after.syncs - syncsBefore).toBeLessThanOrEqual(4);

    expect(after.sheets.map((s) => s.name)).toEqual([
      "Tryghedsplan 2026",
      "Noter",
      "Budgetoversigt",
    ]);
    const plan = after.sheets.find((s) => s.name === "Tryghedsplan 2026")!;
    const planBefore = before.sheets.find((s) => s.name === "Tryghedsplan 2026")!;
    expect(plan.cells).toEqual(planBefore.cells);
    expect(after.sheets[1].cells).toEqual(before.sheets[1].cells);

    const overview = after.sheets[2];
    expect(overview.tables).toEqual([
      { name: "Budgetoversigt_tabel", ref: "A11:L28", style: expect.any(String) },
    ]);
    // The shared marker: two hidden names, no comment (not undo-supported on the web).
    expect(after.names.filter((n) => !n.visible)).toEqual([
      { name: "Budgettjek_Oversigt", formula: "=Budgetoversigt!$A$1", visible: false },
      { name: "Budgettjek_OversigtNavn", formula: '="Budgetoversigt"', visible: false },
    ]);
    expect(overview.cells.B28.value).toBe("Sekretariatsbetjening (mødeforplejning)");
    expect(overview.cells.G6.formula).toBe("SUM(G12:G28)");
    expect(overview.cells.G7.value).toBe(1900000);
    expect(overview.cells.G8.formula).toBe("G7-G6");
    expect(overview.cells.G8.numFmt).toBe('#,##0 "kr.";[Red]-#,##0 "kr."');
    expect(overview.charts).toEqual([
      { name: "Budgettjek_diagram", type: "ColumnClustered", title: expect.any(String) },
    ]);
    expect(overview.frozenRows).toBe(11);
    // Print setup through worksheet.pageLayout (ExcelApi 1.9; this Excel has 1.20).
    expect(overview.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      // One page wide; the page count down is left to Excel (verticalFitToPages 0 is not documented).
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$11:$11",
      footer: {
        left: "Tryghedsplan 2026",
        center: expect.stringMatching(/^Skrevet \d\d-\d\d-\d{4}$/),
        right: "Side &P af &N",
      },
    });
    expect(after.names.find((n) => n.name === "Restbeløb_2026")).toEqual({
      name: "Restbeløb_2026",
      formula: "=Budgetoversigt!$G$8",
      visible: true,
    });
  });

  it("writes again into the same sheet, never a second one", async () => {
    const syncsBefore = (await snapshot(page)).syncs;
    await page.getByRole("button", { name: "Skriv oversigt" }).click();
    // The notice is already on screen from the first write: wait for the write's two syncs.
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __standIn: { model: { syncs: number } } }).__standIn.model.syncs >=
        n,
      syncsBefore + 2
    );
    await page
      .getByRole("button", { name: "Skriv oversigt" })
      .and(page.locator(":enabled"))
      .waitFor();
    const s = await snapshot(page);
    expect(s.errors).toEqual([]);
    expect(s.sheets.map((x) => x.name)).toEqual(["Tryghedsplan 2026", "Noter", "Budgetoversigt"]);
    expect(s.sheets[2].tables.map((t) => t.name)).toEqual(["Budgetoversigt_tabel"]);
    expect(s.names.filter((n) => n.name === "Restbeløb_2026")).toHaveLength(1);
  });

  it("exports a new workbook through Excel.createWorkbook and the CSV as a download", async () => {
    await page.getByRole("button", { name: "Som ny projektmappe" }).click();
    await page.getByText("Oversigten er eksporteret til en ny projektmappe.").waitFor();
    expect((await snapshot(page)).createdWorkbooks).toBe(1);
    const csv = await download(page, page.getByRole("button", { name: "Som CSV-fil" }));
    expect((await snapshot(page)).errors).toEqual([]);
    expect(csv.fileName).toBe("budgetoversigt.csv");
    expect(csv.bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
      "Nr.;Aktivitet;Indsatsområde;Aktivitetsansvarlig;Samarbejdspartnere;2025;2026;2027;2028;Flerårig;Forankring;Bemærkninger"
    );
  });

  it("keeps a changed frame in the workbook's settings", async () => {
    expect((await snapshot(page)).settings).toEqual([]);
    await page.getByLabel("Ramme pr. år").fill("2,1 mio.");
    // The field commits on blur, as a user leaving it does.
    await page.getByLabel("Ramme pr. år").blur();
    await page.waitForFunction(
      () =>
        (window as unknown as { __standIn: { model: { settings: Map<string, string> } } }).__standIn
          .model.settings.size > 0
    );
    const s = await snapshot(page);
    expect(s.settings.map(([key]) => key)).toEqual(["Budgettjek.settings"]);
    expect(JSON.parse(String(s.settings[0][1]))).toMatchObject({
      version: 1,
      defaultFrameKr: 2_100_000,
    });
    expect(s.errors).toEqual([]);
  });

  it("made no request outside the local server", () => {
    expect(offsiteRequests(w, served.server.url)).toEqual([]);
    expect(w.requests.filter((r) => r.hasBody)).toEqual([]);
  });
});

describe("the add-in at ExcelApi 1.7 (the manifest's minimum)", () => {
  it("checks on opening, writes without an undo group and without merged areas, and writes again in place", async () => {
    const old = await openAddIn(await sampleConfig({ maxExcelApi: "1.7", platform: "windows" }));
    const p = old.page;
    await p.getByRole("heading", { name: "Resultat" }).waitFor();
    expect(await yearFigures(p, 2026)).toEqual(SAMPLE_YEARS[2026]);
    for (let i = 0; i < 2; i++) {
      const syncs = await syncsOf(p);
      await p.getByRole("button", { name: "Skriv oversigt" }).click();
      await p.waitForFunction((n) => {
        const m = (window as unknown as { __standIn: { model: { syncs: number } } }).__standIn
          .model;
        return m.syncs >= n;
      }, syncs + 2);
      await p.getByText("Oversigten er skrevet i arket ‘Budgetoversigt’.").waitFor();
    }
    const s = await snapshot(p);
    expect(s.errors).toEqual([]);
    expect(s.runs.some((r) => r.merged)).toBe(false);
    expect(s.sheets.map((x) => x.name)).toEqual(["Tryghedsplan 2026", "Noter", "Budgetoversigt"]);
    expect(s.sheets[2].tables.map((t) => t.name)).toEqual(["Budgetoversigt_tabel"]);
    // No worksheet.pageLayout below ExcelApi 1.9: written without print setup, and said so.
    expect(s.sheets[2].pageLayout).toEqual({ footer: {} });
    await p.getByText("Denne version af Excel kan ikke sætte udskriftsopsætning").waitFor();
    await old.context.close();
  });
});

describe("the add-in in Excel for Mac (no downloads from the pane)", () => {
  it("exports the CSV as a new workbook and says how to save it as CSV, never that a file was downloaded", async () => {
    const mac = await openAddIn(await sampleConfig({ maxExcelApi: "1.20", platform: "mac" }));
    const p = mac.page;
    await p.getByRole("heading", { name: "Resultat" }).waitFor();
    let downloads = 0;
    p.on("download", () => downloads++);
    await p.getByRole("button", { name: "Som CSV-fil" }).click();
    await p.getByText("Tabellen er åbnet som en ny projektmappe", { exact: false }).waitFor();
    const s = await snapshot(p);
    expect(s.createdWorkbooks).toBe(1);
    expect(downloads).toBe(0);
    expect(await p.getByText("CSV-filen budgetoversigt.csv er klar.").count()).toBe(0);
    expect(s.errors).toEqual([]);
    await mac.context.close();
  });
});

describe("the add-in at a task pane's width", () => {
  it("checks on opening and takes the README's task-pane screenshot", async () => {
    const narrow = await openAddIn(await sampleConfig({ maxExcelApi: "1.20" }), {
      width: 360,
      height: 900,
    });
    // No click: opening the pane checks the sheet it found.
    await narrow.page.getByRole("heading", { name: "Resultat" }).waitFor();
    expect(await yearFigures(narrow.page, 2026)).toEqual(SAMPLE_YEARS[2026]);
    // Nothing wider than the pane: no sideways scrolling at 360 px.
    const overflow = await narrow.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBe(0);
    const results = await narrow.page.getByRole("heading", { name: "Resultat" }).boundingBox();
    await mkdir(join(REPO, "docs"), { recursive: true });
    const png = await narrow.page.screenshot({
      fullPage: true,
      clip: { x: 0, y: Math.max(0, results!.y - 300), width: 360, height: 1500 },
    });
    await writeFile(join(REPO, "docs/screenshot-opgaverude.png"), png);
    expect(offsiteRequests(narrow, served.server.url)).toEqual([]);
    await narrow.page.context().close();
  });
});
