import { ambiguousNumber } from "./ambiguousNumber";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("AMBIGUOUS_NUMBER", () => {
  it("states both readings and which was used", () => {
    const rows = [
      ["Aktivitet", 2025, 2026],
      ["Kommunikation", "250,000", "1,900,000"],
      ["Haven", "250.000", 250000],
    ];
    expect(runRule(ambiguousNumber, grid(rows))).toEqual([
      {
        code: "AMBIGUOUS_NUMBER",
        severity: "warning",
        at: at("B2"),
        activityId: 0,
        activity: "Kommunikation",
        year: 2025,
        text: "250,000",
        reading: "da",
        used: 25000,
        other: 25000000,
      },
      {
        code: "AMBIGUOUS_NUMBER",
        severity: "warning",
        at: at("C2"),
        activityId: 0,
        activity: "Kommunikation",
        year: 2026,
        text: "1,900,000",
        reading: "en",
        used: 190000000,
      },
    ]);
  });
});
