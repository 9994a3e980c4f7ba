// File mode on the sample with an approved baseline stored in it and one amount changed since:
// the pane's "Ændringer siden godkendt" shows the change (and the README screenshot is taken).
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { REPO, servedBuild, openPage } from "./browser";
import { chooseFile, runCheck } from "./pane";
import { revisedSample } from "./samples";

const served = servedBuild();

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
