// Spending on the year cards in file mode at 360 px (the narrowest task pane): said in words,
// nothing scrolls sideways, axe finds nothing serious; the README's screenshot is taken here.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { Grid } from "../../src/core";
import { PANE_COLUMNS, panePlan, planGrid } from "../doubles/testGrids";
import { asGrid, withAmount } from "../fixtures/plan2026";
import { withSpending } from "../fixtures/spending";
import { REPO, openPage, servedBuild, type WatchedPage } from "./browser";
import { openWorkbook, runCheck } from "./pane";

const served = servedBuild();
const NAME = "forbrug-2026.xlsx";

function defaultGrid(): Grid {
  return withSpending(planGrid(), panePlan(), [
    {
      header: "Forbrug 2026 pr. 30.09.2026",
      spent: { Lommepengejob: 90_000, "Det gode valg": 160_000, Kvinder: 150_000, Haven: 212_000 },
    },
  ]);
}

/** Kvinder's 2026 budget and Haven's 2026 spending unread: no share or rest can be known. */
function unreadGrid(): Grid {
  const plan = withAmount(panePlan(), "Kvinder", 2026, "ca. 300.000");
  const grid = asGrid(plan, {
    columns: PANE_COLUMNS,
    title: "Tryghedsplanens økonomi",
    blankRows: 0,
  });
  return withSpending(grid, plan, [
    {
      header: "Forbrug 2026 pr. 30.09.2026",
      spent: {
        Lommepengejob: 90_000,
        "Det gode valg": 160_000,
        Kvinder: 150_000,
        Haven: "ca. 212.000",
      },
    },
  ]);
}

async function spendingWorkbook(grid = defaultGrid()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  grid.rows.forEach((r) => ws.addRow(r.map((v) => (v === null ? undefined : v))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** File mode at 360 px in Danish, with the workbook opened under its name and checked. */
async function checkedAt360(bytes: Buffer, name: string): Promise<WatchedPage> {
  const w = await openPage(served.browser, {
    baseUrl: served.server.url,
    viewport: { width: 360, height: 900 },
  });
  await w.page.goto(`${served.server.url}/index.html?lang=da`);
  const file = join(await mkdtemp(join(tmpdir(), "budgettjek-forbrug-")), name);
  await writeFile(file, bytes);
  await openWorkbook(w.page, file, name);
  await runCheck(w.page);
  return w;
}

describe("spending on the year card, file mode at 360 px", () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await checkedAt360(await spendingWorkbook(), NAME);
    page = w.page;
  });
  afterAll(() => w.close());

  it("the 2026 card says spent, share, pace and what is left", async () => {
    const line = page.getByTestId("spending-2026");
    await line.waitFor();
    const text = await line.innerText();
    expect(text).toContain("Forbrugt 612.000 kr. (26 %)");
    expect(text).toContain("pr. 30.09.2026: 75 % af året, 26 % af budgettet brugt");
    expect(text).toContain("1.700.000 kr. endnu ikke brugt");
  });

  it("nothing scrolls sideways and axe finds nothing serious", async () => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(360);
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical"
    );
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  it("takes the screenshot for the README", async () => {
    const card = page.locator('[aria-labelledby="year-2026"]');
    await card.scrollIntoViewIfNeeded();
    await mkdir(join(REPO, "docs"), { recursive: true });
    const png = await card.screenshot();
    await writeFile(join(REPO, "docs/screenshot-forbrug.png"), png);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  });
});

describe("spending with unread cells, file mode at 360 px", () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await checkedAt360(await spendingWorkbook(unreadGrid()), "ulaest.xlsx");
    page = w.page;
  });
  afterAll(() => w.close());

  it("says «mindst» and that the rest is unknown, with no bar, and nothing scrolls sideways", async () => {
    const line = page.getByTestId("spending-2026");
    await line.waitFor();
    const text = await line.innerText();
    expect(text).toContain("Forbrugt mindst 400.000 kr.");
    expect(text).toContain("ukendt, hvor meget der endnu ikke er brugt");
    expect(text).not.toContain("%");
    expect(await line.getByRole("progressbar").count()).toBe(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(360);
  });
});
