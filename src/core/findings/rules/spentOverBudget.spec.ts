import type { CellValue } from "../../types";
import { spentOverBudget } from "./spentOverBudget";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";
import { findingMessage } from "../../words/messages/index";

describe("SPENT_OVER_BUDGET", () => {
  it("flags spending above the year's budget, at the spending cell; equal is fine", () => {
    const rows = [
      ["Aktivitet", 2026, "Forbrug 2026"],
      ["Haven", 100_000, 100_000.01],
      ["Din fritid", 50_000, 50_000],
      ["Lys op", null, 10_000],
    ];
    expect(runRule(spentOverBudget, grid(rows))).toEqual([
      {
        code: "SPENT_OVER_BUDGET",
        severity: "warning",
        at: at("C2"),
        activityId: 0,
        activity: "Haven",
        year: 2026,
        spent: 10_000_001,
        budget: 10_000_000,
      },
    ]);
  });

  // Budget lines (shape 2): a line's cell that could not be read makes that side at least.
  const lines = (
    lønBudget: CellValue,
    aktBudget: CellValue,
    lønSpent: CellValue,
    aktSpent: CellValue
  ) => [
    ["Aktivitet", "Budgetpost", 2026, "Forbrug 2026"],
    ["Haven", "Lønmidler", lønBudget, lønSpent],
    [null, "Aktivitetsmidler", aktBudget, aktSpent],
  ];

  it("with a spending line not read, the overspend is at least, and the message says so", () => {
    const found = runRule(spentOverBudget, grid(lines(80_000, 20_000, 120_000, "ca. 5.000")));
    expect(found).toMatchObject([{ spent: 12_000_000, budget: 10_000_000, spentAtLeast: true }]);
    expect(findingMessage(found[0], "da")).toContain(
      "har brugt mindst 120.000 kr. i 2026 mod et budget på 100.000 kr.: mindst 20.000 kr. over."
    );
    expect(findingMessage(found[0], "en")).toContain(
      "has spent at least DKK 120,000 in 2026 against a budget of DKK 100,000: at least DKK 20,000 over."
    );
  });

  it("with a budget line not read, overspending cannot be known: nothing is said", () => {
    expect(runRule(spentOverBudget, grid(lines(80_000, "ca. 20.000", 90_000, 0)))).toEqual([]);
    expect(runRule(spentOverBudget, grid(lines(80_000, 10_000, 90_000, 1_000)))).toMatchObject([
      { spent: 9_100_000, budget: 9_000_000 },
    ]);
  });
});
