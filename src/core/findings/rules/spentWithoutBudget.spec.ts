import { spentWithoutBudget } from "./spentWithoutBudget";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("SPENT_WITHOUT_BUDGET", () => {
  it("flags spending in a budget year where the activity has none; a year without a budget column is not judged", () => {
    const rows = [
      ["Aktivitet", "Regnskab 2025", 2026, "Forbrug 2026"],
      ["Haven", 40_000, null, 5_000],
      ["Din fritid", 30_000, 0, 0],
      ["Lys op", null, 20_000, 1_000],
    ];
    expect(runRule(spentWithoutBudget, grid(rows))).toEqual([
      {
        code: "SPENT_WITHOUT_BUDGET",
        severity: "warning",
        at: at("D2"),
        activityId: 0,
        activity: "Haven",
        year: 2026,
        spent: 500_000,
      },
    ]);
  });
});
