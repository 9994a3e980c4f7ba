// A long list of findings in file mode at 360 px (the narrowest task pane): 694 findings fold to a
// page one can scroll past (the page height is printed; 112,631 px on this sheet before folding),
// "Vis alle N" unfolds a group, "Ret alle N af denne slags" fixes a whole group in one go; axe
// finds nothing serious.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPage, servedBuild, type WatchedPage } from "./browser";
import { openWorkbook, runCheck } from "./pane";

const served = servedBuild();
const NAME = "lang-liste-2026.xlsx";
const DA = new Intl.NumberFormat("da-DK");

/**
 * 700 activities in 2026: 601 amounts typed as text («1.000 kr.», TEXT_AMOUNT), 92 «ca. 1.000»
 * (NOT_A_NUMBER) and 7 numbers; with the partners' share, 694 findings.
 */
async function longListWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tryghedsplan 2026");
  ws.addRow(["Tryghedsplan 2026 – økonomi"]);
  ws.addRow([]);
  ws.addRow(["Nr.", "Aktivitet", "Samarbejdspartnere", 2026]);
  for (let i = 0; i < 700; i++) {
    const amount = i < 601 ? `${DA.format(1000 + i)} kr.` : i < 693 ? "ca. 1.000" : 1000;
    ws.addRow([i + 1, `Aktivitet ${i + 1}`, "SSP; fsb", amount]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("694 findings, file mode at 360 px", () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await openPage(served.browser, {
      baseUrl: served.server.url,
      viewport: { width: 360, height: 800 },
    });
    page = w.page;
    await page.goto(`${served.server.url}/index.html?lang=da`);
    const file = join(await mkdtemp(join(tmpdir(), "budgettjek-lang-")), NAME);
    await writeFile(file, await longListWorkbook());
    await openWorkbook(page, file, NAME);
    await runCheck(page);
    await page.getByRole("heading", { name: "Fund" }).waitFor();
  });
  afterAll(() => w.close());

  const textGroup = () =>
    page.getByRole("region", { name: "Advarsel: Beløb skrevet som tekst (601)" });

  it("folds each group after five: the page is a few screens, not 100,000 px", async () => {
    await page
      .getByRole("region", { name: "Fejl: Tekst eller fejl i en beløbscelle (92)" })
      .waitFor();
    const height = await pageHeight(page);
    console.log(`page height with 694 findings at 360 px: ${height} px`);
    expect(await textGroup().getByRole("listitem").count()).toBe(5);
    expect(height).toBeLessThan(8000);
    expect(await overflow(page)).toBe(0);
  });

  it("«Vis alle 601» unfolds the group, «Vis færre» folds it again", async () => {
    await textGroup()
      .getByRole("button", { name: /^Vis alle 601/ })
      .click();
    expect(await textGroup().getByRole("listitem").count()).toBe(601);
    console.log(`page height with one group of 601 unfolded: ${await pageHeight(page)} px`);
    const fewer = textGroup().getByRole("button", { name: "Vis færre" });
    await fewer.click();
    expect(await textGroup().getByRole("listitem").count()).toBe(5);
    // The button that folded the list is still on screen.
    expect(
      await textGroup()
        .getByRole("button", { name: /^Vis alle 601/ })
        .isVisible()
    ).toBe(true);
  });

  it("passes axe at 360 px without serious or critical violations", async () => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  });

  it("«Ret alle 601 af denne slags» fixes the group in one go, for the copy", async () => {
    await textGroup()
      .getByRole("button", { name: /^Ret alle 601 af denne slags/ })
      .click();
    await page.getByText(/^601 rettelser er vist her/).waitFor();
    expect(await textGroup().count()).toBe(0);
    // The other kinds stay as they were.
    expect(
      await page
        .getByRole("region", { name: "Fejl: Tekst eller fejl i en beløbscelle (92)" })
        .count()
    ).toBe(1);
  });
});
