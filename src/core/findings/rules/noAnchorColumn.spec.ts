import { noAnchorColumn } from "./noAnchorColumn";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("NO_ANCHOR_COLUMN", () => {
  it("warns once, counting multi-year activities, at the activity header", () => {
    const rows = [
      ["Tryghedsplan 2026"],
      ["Nr.", "Aktivitet", 2026, 2027, 2028],
      ["1", "A", 100, 100, null],
      ["2", "B", 100, null, null],
      ["3", "C", null, 5, 5],
    ];
    expect(runRule(noAnchorColumn, grid(rows))).toEqual([
      {
        code: "NO_ANCHOR_COLUMN",
        severity: "warning",
        at: at("B2"),
        count: 2,
        grants: [
          { activityId: 0, activity: "A", at: at("B3") },
          { activityId: 2, activity: "C", at: at("B5") },
        ],
      },
    ]);
  });

  it("is silent with an anchoring column, or without multi-year grants", () => {
    expect(
      runRule(
        noAnchorColumn,
        grid([
          ["Aktivitet", "Forankring", 2026, 2027],
          ["A", null, 1, 1],
        ])
      )
    ).toEqual([]);
    expect(
      runRule(
        noAnchorColumn,
        grid([
          ["Aktivitet", 2026, 2027],
          ["A", 1, null],
        ])
      )
    ).toEqual([]);
  });

  it("fixed grants do not count", () => {
    const rows = [
      ["Aktivitet", "Bevillingstype", 2026, 2027],
      ["K", "Fast 4-årig bevilling", 1, 1],
    ];
    expect(runRule(noAnchorColumn, grid(rows))).toEqual([]);
  });
});
