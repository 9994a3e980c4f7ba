import type { Ore } from "../../types";
import { overFrame } from "./overFrame";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("OVER_FRAME", () => {
  const rows = [
    ["Aktivitet", 2025, 2026, 2027],
    ["A", 2000000, 1000000, 1500000],
    ["B", 100000, 950000, 400000],
    ["I alt", 2100000, 1950000, 1900000],
  ];

  it("flags years from the plan year on whose total exceeds the frame, at the sheet's total", () => {
    expect(runRule(overFrame, grid(rows))).toEqual([
      {
        code: "OVER_FRAME",
        severity: "error",
        at: at("C4"),
        year: 2026,
        total: 195000000,
        frame: 190000000,
        over: 5000000,
      },
    ]);
  });

  it("uses per-year frames from the settings, then the sheet's Ramme row", () => {
    const withFrame = [...rows, ["Ramme", 2000000, 2000000, 1800000]];
    expect(runRule(overFrame, grid(withFrame), { frames: { 2026: 196000000 as Ore } })).toEqual([
      {
        code: "OVER_FRAME",
        severity: "error",
        at: at("D4"),
        year: 2027,
        total: 190000000,
        frame: 180000000,
        over: 10000000,
      },
    ]);
  });

  it("without a total row the finding has no cell; exactly the frame is not over", () => {
    expect(runRule(overFrame, grid(rows.slice(0, 3)))).toEqual([
      {
        code: "OVER_FRAME",
        severity: "error",
        year: 2026,
        total: 195000000,
        frame: 190000000,
        over: 5000000,
      },
    ]);
  });

  describe("on a sheet of several blocks", () => {
    const blocks = [
      ["Indsatsområde 1"],
      ["Aktivitet", 2026],
      ["A", 1000000],
      ["I alt", 1000000],
      [],
      ["Indsatsområde 2"],
      ["Aktivitet", 2026],
      ["B", 950000],
      ["I alt", 950000],
      [],
      ["I alt i alt", 1950000],
    ];

    it("points at the grand total, not the last block's I alt", () => {
      expect(runRule(overFrame, grid(blocks))).toEqual([
        expect.objectContaining({ code: "OVER_FRAME", at: at("B11"), total: 195000000 }),
      ]);
    });

    it("without a grand total it points at no block's I alt (each shows only its part)", () => {
      const [f] = runRule(overFrame, grid(blocks.slice(0, 9)));
      expect(f).toMatchObject({ code: "OVER_FRAME", year: 2026, total: 195000000 });
      expect(f.at).toBeUndefined();
    });
  });

  it("years before the plan year are compare-only", () => {
    expect(runRule(overFrame, grid(rows), { planYear: 2027 })).toEqual([]);
  });
});
