import { totalMismatch } from "./totalMismatch";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("TOTAL_MISMATCH", () => {
  it("compares a block's I alt row with the sum above (≥ 1 kr. counts)", () => {
    const rows = [
      ["Aktivitet", 2026, 2027],
      ["A", 100000, 0.4],
      ["B", 50000, null],
      ["I alt", 160000, 0],
    ];
    expect(runRule(totalMismatch, grid(rows))).toEqual([
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: at("B4"),
        year: 2026,
        stated: 16000000,
        computed: 15000000,
        difference: 1000000,
      },
    ]);
  });

  it("accepts sub-totals per section and a grand total below them", () => {
    const rows = [
      ["Aktivitet", 2026],
      ["Aktive byrum"],
      ["A", 100],
      ["I alt", 100],
      ["Positive fællesskaber"],
      ["B", 50],
      ["Sum", 50],
      ["Total", 150],
    ];
    expect(runRule(totalMismatch, grid(rows))).toEqual([]);
  });

  it("checks an activity's I alt budget line against its lines", () => {
    const rows = [
      ["Aktivitet", "Budgetpost", 2026, 2027],
      ["Tidlig foreningsstart", "Lønmidler", 188000, null],
      [null, "Aktivitetsmidler", 25000, null],
      [null, "I alt:", 213000, 1000],
      ["Kultur på volden", "Lønmidler", 25000, null],
      [null, "Andet", 10000, null],
      [null, "I alt", 60000, null],
    ];
    expect(runRule(totalMismatch, grid(rows))).toEqual([
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: at("D4"),
        activityId: 0,
        activity: "Tidlig foreningsstart",
        year: 2027,
        stated: 100000,
        computed: 0,
        difference: 100000,
      },
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: at("C7"),
        activityId: 1,
        activity: "Kultur på volden",
        year: 2026,
        stated: 6000000,
        computed: 3500000,
        difference: 2500000,
      },
    ]);
  });
});
