import { duplicateActivity } from "./duplicateActivity";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("DUPLICATE_ACTIVITY", () => {
  it("flags a name repeated in one block (spelling-insensitive), not across blocks", () => {
    const rows = [
      ["Aktivitet", 2026],
      ["Din fritid", 1],
      ["Haven", 2],
      ["Din Fritid.", 3],
      ["din fritid", 4],
      [],
      ["Aktivitet", 2027],
      ["Haven", 5],
    ];
    expect(runRule(duplicateActivity, grid(rows))).toEqual([
      {
        code: "DUPLICATE_ACTIVITY",
        severity: "warning",
        at: at("A4"),
        activityId: 2,
        activity: "Din Fritid.",
        first: at("A2"),
      },
      {
        code: "DUPLICATE_ACTIVITY",
        severity: "warning",
        at: at("A5"),
        activityId: 3,
        activity: "din fritid",
        first: at("A2"),
      },
    ]);
  });
});
