import type { CellValue } from "../../types";
import { spentWithoutBudget } from "./spentWithoutBudget";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";
import { findingMessage } from "../../words/messages/index";

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

  it("not where a budget line could not be read; «mindst» where a spending line could not", () => {
    const lines = (aktBudget: CellValue, aktSpent: CellValue) => [
      ["Aktivitet", "Budgetpost", 2026, "Forbrug 2026"],
      ["Haven", "Lønmidler", 0, 30_000],
      [null, "Aktivitetsmidler", aktBudget, aktSpent],
    ];
    expect(runRule(spentWithoutBudget, grid(lines("#REF!", 0)))).toEqual([]);
    const found = runRule(spentWithoutBudget, grid(lines(null, "ca. 5.000")));
    expect(found).toMatchObject([{ spent: 3_000_000, spentAtLeast: true }]);
    expect(findingMessage(found[0], "da")).toContain("har brugt mindst 30.000 kr. i 2026");
  });
});
