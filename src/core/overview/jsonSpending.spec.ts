// `--json` on a sheet with spending: years gain `spent`/`spentUntil`, activities `spent`; on a
// sheet without, none of those keys.
import { asGrid, PLAN_2026, withAmount } from "../../../tests/fixtures/plan2026";
import { withSpending } from "../../../tests/fixtures/spending";
import { testSettings } from "../../../tests/doubles/ruleTesting";
import { check } from "../check";
import { jsonReport, jsonReportSchema } from "./jsonReport";
import type { Grid } from "../types";

function json(grid: Grid) {
  const r = check(grid, testSettings);
  if (!r.ok) throw new Error("no table");
  return jsonReportSchema.parse(jsonReport(r.report, "plan.xlsx", "da"));
}

describe("--json with spending", () => {
  const grid = withSpending(asGrid(PLAN_2026), PLAN_2026, [
    { header: "Regnskab 2025", spent: { Haven: 281_000.5 }, otherwise: () => 1_000 },
    {
      header: "Bogført pr. 30.09.2026",
      spent: { Haven: 150_000, "Din fritid": "#REF!" },
      otherwise: () => null,
    },
  ]);
  const doc = json(grid);

  it("years: spent in kroner, spentUntil when dated, nothing for years without spending", () => {
    expect(doc.years.map(({ year, spent, spentUntil }) => ({ year, spent, spentUntil }))).toEqual([
      { year: 2025, spent: 16 * 1_000 + 281_000.5, spentUntil: undefined },
      { year: 2026, spent: 150_000, spentUntil: "2026-09-30" },
      { year: 2027, spent: undefined, spentUntil: undefined },
      { year: 2028, spent: undefined, spentUntil: undefined },
    ]);
    expect(Object.keys(doc.years[0])).not.toContain("spentUntil");
    expect(Object.keys(doc.years[2])).not.toContain("spent");
  });

  it("activities: spent per year with spending, unreadable cells left out", () => {
    const byName = (start: string) => doc.activities.find((a) => a.name.startsWith(start))!;
    expect(byName("Haven").spent).toEqual({ "2025": 281_000.5, "2026": 150_000 });
    expect(byName("Din fritid").spent).toEqual({ "2025": 1_000 });
    expect(byName("Lommepengejob").spent).toEqual({ "2025": 1_000, "2026": 0 });
  });

  it("a year with spending but no budget column: its own entry, no budget, never judged", () => {
    const withPast = json(
      withSpending(asGrid(PLAN_2026), PLAN_2026, [
        { header: "Regnskab 2024", spent: { Haven: 100_000 }, otherwise: () => 1_000 },
      ])
    );
    expect(withPast.years.map((y) => [y.year, y.status])).toEqual([
      [2024, "noBudget"],
      [2025, "compareOnly"],
      [2026, "over"],
      [2027, "within"],
      [2028, "within"],
    ]);
    expect(withPast.years[0]).toEqual({
      year: 2024,
      total: null,
      frame: null,
      leftover: null,
      overFrame: false,
      margin: null,
      unreadAmounts: 0,
      outsideFrame: null,
      status: "noBudget",
      spent: 116_000,
      spentUnread: 0,
      spentBound: "exact",
      notSpent: null,
      notSpentBound: null,
      shareSpent: null,
      shareSpentBound: null,
    });
    // The activities' amounts stay the budget's; their spending names 2024.
    const haven = withPast.activities.find((a) => a.name.startsWith("Haven"))!;
    expect(Object.keys(haven.amounts)).toEqual(["2025", "2026", "2027", "2028"]);
    expect(haven.spent).toEqual({ "2024": 100_000 });
  });

  it("years: spent, not yet spent and the share with their bounds where a cell was not read", () => {
    const pick = (y: (typeof doc.years)[number]) => [
      y.year,
      y.spentUnread,
      y.spentBound,
      y.notSpent,
      y.notSpentBound,
      y.shareSpent,
      y.shareSpentBound,
    ];
    // 2026: Din fritid's «#REF!» is unread, so 150.000 kr. is at least and the rest at most.
    expect(doc.years.slice(0, 2).map(pick)).toEqual([
      [2025, 0, "exact", 2_051_000 - 297_000.5, "exact", 297_000.5 / 2_051_000, "exact"],
      [2026, 1, "atLeast", 2_447_000 - 150_000, "atMost", 150_000 / 2_447_000, "atLeast"],
    ]);
    // An unread budget amount in 2026 besides: neither the rest nor the share can be known.
    const both = json(
      withSpending(asGrid(withAmount(PLAN_2026, "Haven", 2026, "#DIV/0!")), PLAN_2026, [
        { header: "Forbrug 2026", spent: { "Din fritid": "ca. 40.000" }, otherwise: () => 1_000 },
      ])
    );
    const y2026 = both.years.find((y) => y.year === 2026)!;
    expect(y2026).toMatchObject({
      unreadAmounts: 1,
      spent: 16_000, // 17 activities at 1.000 kr., Din fritid unread
      spentUnread: 1,
      spentBound: "atLeast",
      notSpent: null,
      notSpentBound: "unknown",
      shareSpent: null,
      shareSpentBound: "unknown",
    });
  });

  it("activities: the years whose spending cells could not be read", () => {
    const byName = (start: string) => doc.activities.find((a) => a.name.startsWith(start))!;
    expect(byName("Din fritid").spentUnread).toEqual({ "2026": 1 });
    expect(byName("Haven").spentUnread).toEqual({});
  });

  it("a sheet without spending has none of the keys", () => {
    const plain = json(asGrid(PLAN_2026));
    expect(JSON.stringify(plain)).not.toMatch(/"spent/);
  });
});
