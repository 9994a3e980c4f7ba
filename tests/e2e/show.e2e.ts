// "Vis" in file mode at 360 px (the preview stacked under the pane): the preview names the row's
// activity (Nr. and name) above the sheet and keeps its name column beside the cell, marks the
// cell by more than colour, and "Tilbage til fundet" returns focus and scroll to the finding.
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { SAMPLE, openPage, servedBuild, type WatchedPage } from "./browser";
import { SAMPLE_NAME, openWorkbook, runCheck } from "./pane";

const served = servedBuild();
const VIS_F21 = "Vis cellen 'Tryghedsplan 2026'!F21";

/** Whether `inner` lies within `outer` horizontally and vertically (a 1 px rounding allowed). */
function within(
  inner: { x: number; y: number; width: number; height: number },
  outer: { x: number; y: number; width: number; height: number }
): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

describe('"Vis" at 360 px, file mode', () => {
  let w: WatchedPage;
  let page: Page;
  const viewport = { x: 0, y: 0, width: 360, height: 800 };

  beforeAll(async () => {
    w = await openPage(served.browser, {
      baseUrl: served.server.url,
      viewport: { width: 360, height: 800 },
    });
    page = w.page;
    await page.goto(`${served.server.url}/index.html?lang=da`);
    await openWorkbook(page, SAMPLE, SAMPLE_NAME);
    await runCheck(page);
    await page.getByRole("button", { name: VIS_F21 }).click();
    await page.locator('[data-testid="sheet-preview"] tr[aria-current="true"]').waitFor();
  });
  afterAll(() => w.close());

  it("names the cell, its column and the row's activity above the sheet, in view", async () => {
    const bar = page.getByTestId("preview-target");
    expect(await bar.innerText()).toContain("Fundets celle: F21 (Forankringsplan)");
    expect(await bar.innerText()).toContain(
      "Aktivitet: Nr. 15 Sekretariatsbetjening (mødeforplejning)"
    );
    expect(within((await bar.boundingBox())!, viewport)).toBe(true);
    await page.screenshot({ path: "/tmp/hosts-vis-360.png" });
  });

  it("keeps the activity's name beside the marked cell, both on screen", async () => {
    const box = (await page.getByTestId("sheet-preview").boundingBox())!;
    const row = page.locator('[data-testid="sheet-preview"] tr[aria-current="true"]');
    const name = row.locator('td[data-pinned="true"]');
    expect(await name.innerText()).toBe("Sekretariatsbetjening (mødeforplejning)");
    const cell = row.locator('td[data-selected="true"]');
    expect(await cell.innerText()).toBe("(tom)");
    const nameBox = (await name.boundingBox())!;
    const cellBox = (await cell.boundingBox())!;
    // The name column is pinned at the left edge of the sheet, inside the preview; the cell
    // starts right after it (not under it) and well inside the preview and the screen.
    expect(within(nameBox, box)).toBe(true);
    expect(cellBox.x).toBeGreaterThanOrEqual(nameBox.x + nameBox.width - 1);
    expect(cellBox.x + 48).toBeLessThanOrEqual(Math.min(box.x + box.width, viewport.width));
    expect(cellBox.y >= box.y && cellBox.y + cellBox.height <= box.y + box.height).toBe(true);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
    ).toBe(0);
  });

  it("passes axe at 360 px without serious or critical violations", async () => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  });

  it("«Tilbage til fundet» returns focus and scroll to the finding's Vis", async () => {
    await page.getByRole("button", { name: "Tilbage til fundet" }).click();
    const vis = page.getByRole("button", { name: VIS_F21 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      VIS_F21
    );
    // Give the smooth-less scroll a frame, then the button must be on screen.
    await page.waitForTimeout(100);
    expect(within((await vis.boundingBox())!, viewport)).toBe(true);
    await page.screenshot({ path: "/tmp/hosts-back-360.png" });
  });
});
