// Spending columns in the header: never a budget year, in one-row and two-row headers, and the
// user's column mapping wins over them.
import { detectBlocks, matchHeader } from "./detect";
import { testSettings } from "../../../tests/doubles/ruleTesting";

describe("spending columns in the header", () => {
  it("a spending column before the budget columns is not a budget year", () => {
    expect(
      matchHeader(["Aktivitet", "Regnskab 2025", "Budget 2026", "Forbrug 2026 pr. 30.09.2026"], 0)
    ).toEqual({
      columns: { activity: 0 },
      years: [{ year: 2026, col: 2 }],
      spending: [
        { year: 2025, col: 1 },
        { year: 2026, col: 3, until: "2026-09-30" },
      ],
    });
  });

  it("two-row header: «Forbrug» over its years, carried over the merged blanks", () => {
    const top = ["Aktivitet", "Forbrug", null, "Budget", null];
    const years = [null, 2025, 2026, 2026, 2027];
    expect(matchHeader(top, 0, years)).toEqual({
      columns: { activity: 0 },
      years: [
        { year: 2026, col: 3 },
        { year: 2027, col: 4 },
      ],
      spending: [
        { year: 2025, col: 1 },
        { year: 2026, col: 2 },
      ],
    });
  });

  it("the user's mapping of a year to a column beats its spending header", () => {
    const grid = {
      sheetName: "Plan",
      originRow: 0,
      originCol: 0,
      rows: [
        ["Aktivitet", "Forbrug 2026", "Budget 2026"],
        ["Haven", 1000, 2000],
      ],
    };
    const mapped = detectBlocks(grid, {
      ...testSettings,
      columns: { years: { "2026": "B" } },
    });
    expect(mapped[0].years).toEqual([{ year: 2026, col: 1 }]);
    expect(mapped[0]).not.toHaveProperty("spending");
    expect(detectBlocks(grid, testSettings)[0].spending).toEqual([{ year: 2026, col: 1 }]);
  });
});
