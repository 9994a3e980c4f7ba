// Spending columns never change how the budget reads: every fixture grid, checked with and without
// a spending column beside its budget, gives the same report apart from the spending itself.
import { blocks2013 } from "../../tests/fixtures/grids/blocks2013";
import { budgetLines2026 } from "../../tests/fixtures/grids/budgetLines2026";
import { plan2026Overview } from "../../tests/fixtures/grids/plan2026Overview";
import { asGrid, PLAN_2026 } from "../../tests/fixtures/plan2026";
import { testSettings } from "../../tests/doubles/ruleTesting";
import { check } from "./check";
import { detectBlocks } from "./sheet/detect";
import type { CellValue, Grid, Report } from "./types";

const GRIDS: [string, Grid][] = [
  ["blocks2013", blocks2013],
  ["budgetLines2026", budgetLines2026],
  ["plan2026Overview", plan2026Overview],
  ["plan, sections and two blocks", asGrid(PLAN_2026, { sections: true, splitAt: 8 })],
  [
    "plan with I alt and Ramme",
    asGrid(PLAN_2026, { total: "sum", frames: [1, 2, 3, 4].map(() => 1_900_000) }),
  ],
];

/**
 * Two spending columns after the widest row, with an amount on every row that has a budget amount:
 * the year before the first budget year (read as a budget year if spending were not told apart)
 * and the last budget year.
 */
function withSpendingColumn(grid: Grid): Grid {
  const blocks = detectBlocks(grid, testSettings);
  const width = Math.max(...grid.rows.map((r) => r.length));
  const headerIdx = new Set(blocks.map((b) => b.headerRow - grid.originRow));
  const yearCols = new Set(blocks.flatMap((b) => b.years.map((y) => y.col - grid.originCol)));
  const year = blocks[0].years[blocks[0].years.length - 1].year;
  const before = blocks[0].years[0].year - 1;
  const rows = grid.rows.map((r, i): CellValue[] => {
    const out = [...r];
    while (out.length < width) out.push(null);
    const hasAmount = r.some((v, c) => yearCols.has(c) && v !== null && v !== "");
    if (headerIdx.has(i)) out.push(`Regnskab ${before}`, `Forbrug ${year} pr. 30.09.${year}`);
    else out.push(...(hasAmount ? [2_000 + i, 1_000 + i] : [null, null]));
    return out;
  });
  return { ...grid, rows };
}

/** The report without what spending adds. */
function budgetPart(report: Report): unknown {
  const { spending: _spending, ...rest } = report;
  const { spending: _spent, ...overview } = rest.overview;
  return {
    ...rest,
    blocks: rest.blocks.map(({ spending: _s, ...b }) => b),
    findings: rest.findings.filter((f) => !f.code.startsWith("SPENT_")),
    overview: {
      ...overview,
      rows: overview.rows.map((r) => ({
        ...r,
        findings: r.findings.filter((f) => !f.code.startsWith("SPENT_")),
      })),
    },
  };
}

describe("spending columns leave the budget as it reads", () => {
  test.each(GRIDS)("%s", (_name, grid) => {
    const before = check(grid, testSettings);
    const after = check(withSpendingColumn(grid), testSettings);
    if (!before.ok || !after.ok) throw new Error("no table");
    expect(after.report.spending).toBeDefined();
    expect(after.report.spending!.years.map((y) => y.spent > 0)).toEqual([true, true]);
    expect(budgetPart(after.report)).toEqual(budgetPart(before.report));
  });
});
