import { spentNotANumber } from "./spentNotANumber";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("SPENT_NOT_A_NUMBER", () => {
  it("flags text and Excel errors in spending cells; blanks and dashes are 0", () => {
    const rows = [
      ["Aktivitet", 2026, "Forbrug 2026"],
      ["Haven", 100_000, "ca. 40.000"],
      ["Din fritid", 50_000, { error: "#DIV/0!" }],
      ["Lys op", 20_000, "-"],
      ["Kvinder", 20_000, "12.500"],
    ];
    expect(runRule(spentNotANumber, grid(rows))).toEqual([
      {
        code: "SPENT_NOT_A_NUMBER",
        severity: "warning",
        at: at("C2"),
        activityId: 0,
        activity: "Haven",
        year: 2026,
        value: { text: "ca. 40.000" },
      },
      {
        code: "SPENT_NOT_A_NUMBER",
        severity: "warning",
        at: at("C3"),
        activityId: 1,
        activity: "Din fritid",
        year: 2026,
        value: { error: "#DIV/0!" },
      },
    ]);
  });
});
