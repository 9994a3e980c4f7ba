// A budget table whose rows each carry one stray value in column XFD: the reader keeps the rows
// sparse, and the engine must not walk 16,384 columns per row to check them. Judged by work done
// (array slots filled, cells looked at), not by the clock: a wall-clock bound fails on a busy
// machine and passes a slow engine on a fast one.
import { check } from "../../src/core/check";
import { toEngineSettings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/types";
import { openWorkbookPackage } from "../../src/ooxml";
import { packageOf, WB_NS } from "./packageFixtures";

const ACTIVITIES = 8000;

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

function farRightSheet(): string {
  const rows = [
    `<row r="1">${inline("A1", "Aktivitet")}<c r="B1"><v>2026</v></c><c r="C1"><v>2027</v></c></row>`,
  ];
  for (let r = 2; r <= ACTIVITIES + 1; r++) {
    rows.push(
      `<row r="${r}">${inline(`A${r}`, `Aktivitet ${r}`)}<c r="B${r}"><v>100</v></c><c r="XFD${r}"><v>1</v></c></row>`
    );
  }
  return `<worksheet xmlns="${WB_NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The row with every numeric index read counted (holes included: `row[5000]` counts). */
function counted(row: CellValue[], tally: { reads: number }): CellValue[] {
  return new Proxy(row, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) tally.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

it("reads 8,000 rows with a stray value in XFD without filling the 16,384 columns between", () => {
  const pkg = openWorkbookPackage(
    packageOf({ sheets: [{ name: "Plan 2026", xml: farRightSheet() }] })
  );
  const { grid } = pkg.readSheet("Plan 2026");
  const filled = grid.rows.reduce((n, row) => n + Object.keys(row).length, 0);
  // Three cells per row at most (A, B, XFD): a dense row would hold 16,384 slots.
  expect(filled).toBeLessThanOrEqual(3 * (ACTIVITIES + 1));
  expect(Math.max(...grid.rows.map((row) => row.length))).toBe(16384);
});

it("checks those rows looking at a few cells per row, not every column up to XFD", () => {
  const pkg = openWorkbookPackage(
    packageOf({ sheets: [{ name: "Plan 2026", xml: farRightSheet() }] })
  );
  const { grid } = pkg.readSheet("Plan 2026");
  const tally = { reads: 0 };
  const watched = { ...grid, rows: grid.rows.map((row) => counted(row, tally)) };
  const result = check(watched, toEngineSettings({ version: 1 }, 2026));
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.report.activities).toHaveLength(ACTIVITIES);
  // A walk to XFD would be 8,000 × 16,384 ≈ 131 million reads; a sparse walk is a few hundred
  // per row at most.
  expect(tally.reads).toBeLessThan(ACTIVITIES * 500);
});
