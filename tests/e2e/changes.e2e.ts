// File mode on the sample with an approved baseline stored in it and one amount changed since:
// the pane's "Ændringer siden godkendt" shows the change (and the README screenshot is taken).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { amountCell } from "../../src/core/sheet/build";
import { check } from "../../src/core/check";
import { approve } from "../../src/core/compare/baseline";
import { baselineToXml } from "../../src/core/compare/baselineXml";
import { toEngineSettings } from "../../src/core/settings";
import type { Report } from "../../src/core/types";
import { editCellsInCopy } from "../../src/ooxml/write/cellEdit";
import { setCustomXmlPartInCopy } from "../../src/ooxml/write/customXml";
import { openWorkbookPackage } from "../../src/ooxml/read/package";
import { REPO, SAMPLE, servedBuild, openPage } from "./browser";
import { chooseFile, runCheck } from "./pane";

const served = servedBuild();

const SHEET = "Tryghedsplan 2026";

function reportOf(bytes: Uint8Array): Report {
  const grid = openWorkbookPackage(bytes).readSheet(SHEET).grid;
  const r = check(grid, toEngineSettings({ version: 1 }, 2026));
  if (!r.ok) throw new Error("the sample has no budget table");
  return r.report;
}

/** The sample approved on 12-12-2025, then its first activity's 2026 amount raised by 25.000 kr. */
async function revisedSample(): Promise<{ bytes: Uint8Array; name: string }> {
  const approved = new Uint8Array(await readFile(SAMPLE));
  const report = reportOf(approved);
  const a = report.activities.find(
    (x) => (x.amounts[report.years.findIndex((y) => y.year === 2026)] ?? 0) > 0
  );
  if (!a) throw new Error("no activity with a 2026 amount");
  const yi = report.years.findIndex((y) => y.year === 2026);
  const address = amountCell({ sheet: SHEET, blocks: report.blocks }, a, 2026);
  if (!address) throw new Error("no amount cell");
  const kroner = Number(a.amounts[yi]) / 100 + 25_000;
  const withBaseline = setCustomXmlPartInCopy(
    approved,
    baselineToXml(approve(report, "2025-12-12"))
  );
  const bytes = editCellsInCopy(withBaseline, [
    { sheet: SHEET, address: address.split("!")[1], number: kroner },
  ]);
  return { bytes, name: a.name };
}

it("shows the change since the approved version, and takes the README screenshot", async () => {
  const { bytes, name } = await revisedSample();
  const w = await openPage(served.browser, {
    baseUrl: served.server.url,
    viewport: { width: 360, height: 1400 },
  });
  const page = w.page;
  try {
    await page.goto(`${served.server.url}/index.html`);
    await chooseFile(page, {
      name: "tryghedsplan-revideret.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await runCheck(page);
    const section = page.getByTestId("changes-section");
    await section.getByRole("heading", { name: "Ændringer siden godkendt 12-12-2025" }).waitFor();
    const items = await section
      .getByTestId("changed-activities")
      .getByRole("listitem")
      .allInnerTexts();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(name);
    expect(items[0]).toContain("2026: +25.000 kr.");
    // At the pane's 360 px the per-year table fits: nothing in the section scrolls sideways.
    const overflow = await section.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mkdir(join(REPO, "docs"), { recursive: true });
    const png = await section.screenshot();
    await writeFile(join(REPO, "docs/screenshot-aendringer.png"), png);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  } finally {
    await page.close();
  }
});
