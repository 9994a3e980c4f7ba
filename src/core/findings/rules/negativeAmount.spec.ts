import { negativeAmount } from "./negativeAmount";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("NEGATIVE_AMOUNT", () => {
  it("flags negative numbers and negative text amounts", () => {
    const rows = [
      ["Aktivitet", 2026, 2027],
      ["Tingbjerg Challenge", -5000, "-5.000"],
      ["Haven", 0, "–"],
    ];
    expect(runRule(negativeAmount, grid(rows))).toEqual([
      {
        code: "NEGATIVE_AMOUNT",
        severity: "warning",
        at: at("B2"),
        activityId: 0,
        activity: "Tingbjerg Challenge",
        year: 2026,
        amount: -500000,
      },
      {
        code: "NEGATIVE_AMOUNT",
        severity: "warning",
        at: at("C2"),
        activityId: 0,
        activity: "Tingbjerg Challenge",
        year: 2027,
        amount: -500000,
      },
    ]);
  });
});
