import { textAmount } from "./textAmount";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("TEXT_AMOUNT", () => {
  it("flags text read as an amount, with the amount counted", () => {
    const rows = [
      ["Aktivitet", 2026, 2027],
      ["Lommepengejob", "120.000 kr.", 50000],
      ["Haven", "120000", "-"],
    ];
    expect(runRule(textAmount, grid(rows))).toEqual([
      {
        code: "TEXT_AMOUNT",
        severity: "warning",
        at: at("B2"),
        activityId: 0,
        activity: "Lommepengejob",
        year: 2026,
        text: "120.000 kr.",
        amount: 12000000,
      },
      {
        code: "TEXT_AMOUNT",
        severity: "warning",
        at: at("B3"),
        activityId: 1,
        activity: "Haven",
        year: 2026,
        text: "120000",
        amount: 12000000,
      },
    ]);
  });

  it("leaves numbers, blanks, dashes, unreadable text and ambiguous text to others", () => {
    const rows = [
      ["Aktivitet", 2026, 2027, 2028],
      ["A", 120000, "–", null],
      ["B", "ca. 50.000", "250,000", ""],
    ];
    expect(runRule(textAmount, grid(rows))).toEqual([]);
  });
});
