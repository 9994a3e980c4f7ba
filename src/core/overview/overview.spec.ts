import { budgetLines2026 } from "../../../tests/fixtures/grids/budgetLines2026";
import { check } from "../check";
import { DEFAULT_FRAME_ORE } from "../settings";

describe("overview", () => {
  it("one row per activity with its findings; totals per year; no area subtotals without areas", () => {
    const r = check(budgetLines2026, {
      defaultFrame: DEFAULT_FRAME_ORE,
      frames: {},
      currentYear: 2026,
    });
    if (!r.ok) throw new Error("no table");
    const o = r.report.overview;
    expect(o.sheet).toBe("Aktiviteter");
    expect(o.planYear).toBe(2026);
    expect(o.years).toEqual([2025, 2026, 2027, 2028]);
    expect(o.areaSubtotals).toEqual([]);
    expect(
      o.rows.map((row) => [
        row.activityId,
        row.name,
        row.multiYear,
        row.anchoring,
        row.findings.map((f) => f.code),
      ])
    ).toEqual([
      [0, "Tidlig foreningsstart", true, "present", []],
      [
        1,
        "Kulturaktiviteter under åben himmel",
        false,
        "notNeeded",
        ["TEXT_AMOUNT", "TEXT_AMOUNT"],
      ],
      [
        2,
        "Kultur på volden / søndagspicnic",
        true,
        "missing",
        ["MULTI_YEAR_NO_ANCHOR", "TOTAL_MISMATCH"],
      ],
    ]);
    expect(o.rows[2].amounts).toEqual([0, 6000000, 6000000, 0]);
    expect(o.totals.map((t) => [t.year, t.total, t.leftover])).toEqual([
      [2025, 15000000, 175000000],
      [2026, 39800000, 150200000],
      [2027, 27300000, 162700000],
      [2028, 0, 190000000],
    ]);
  });
});
