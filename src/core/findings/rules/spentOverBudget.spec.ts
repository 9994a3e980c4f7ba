import { spentOverBudget } from "./spentOverBudget";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

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
});
