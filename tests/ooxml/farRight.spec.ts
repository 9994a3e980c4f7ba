// A budget table whose rows each carry one stray value in column XFD: the reader keeps the rows
// sparse, and the engine must not walk 16,384 columns per row to check them.
import { check } from "../../src/core/check";
import { toEngineSettings } from "../../src/core/settings";
import { openWorkbookPackage } from "../../src/ooxml";
import { packageOf, WB_NS } from "./packageFixtures";

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

it("checks 8,000 activities with a stray value in XFD on every row in seconds, not minutes", () => {
  const rows = [
    `<row r="1">${inline("A1", "Aktivitet")}<c r="B1"><v>2026</v></c><c r="C1"><v>2027</v></c></row>`,
  ];
  for (let r = 2; r <= 8001; r++) {
    rows.push(
      `<row r="${r}">${inline(`A${r}`, `Aktivitet ${r}`)}<c r="B${r}"><v>100</v></c><c r="XFD${r}"><v>1</v></c></row>`
    );
  }
  const xml = `<worksheet xmlns="${WB_NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  const pkg = openWorkbookPackage(packageOf({ sheets: [{ name: "Plan 2026", xml }] }));
  const t0 = Date.now();
  const { grid } = pkg.readSheet("Plan 2026");
  const result = check(grid, toEngineSettings({ version: 1 }, 2026));
  const elapsed = Date.now() - t0;
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.report.activities).toHaveLength(8000);
  expect(elapsed).toBeLessThan(10_000);
});
