import { spentNotStarted } from "./spentNotStarted";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("SPENT_NOT_STARTED", () => {
  const rows = (header: string) => [
    ["Aktivitet", 2026, header],
    ["Haven", 100_000, null],
    ["Din fritid", 50_000, 1],
    ["Lys op", 0, 0],
    ["Kvinder", 70_000, "?"],
  ];

  it("notes a budgeted activity with no spending by a date past mid-year", () => {
    expect(runRule(spentNotStarted, grid(rows("Forbrug pr. 02.07.2026")))).toEqual([
      {
        code: "SPENT_NOT_STARTED",
        severity: "info",
        at: at("C2"),
        activityId: 0,
        activity: "Haven",
        year: 2026,
        budget: 10_000_000,
        until: "2026-07-02",
      },
    ]);
  });

  it("says nothing by mid-year, nor for this year's undated spending", () => {
    expect(runRule(spentNotStarted, grid(rows("Forbrug pr. 01.07.2026")))).toEqual([]);
    expect(runRule(spentNotStarted, grid(rows("Forbrug 2026")))).toEqual([]);
  });

  it("a past year's undated accounts count as the whole year", () => {
    expect(
      runRule(spentNotStarted, grid(rows("Regnskab 2026")), { currentYear: 2027 })
    ).toMatchObject([{ activity: "Haven", year: 2026, budget: 10_000_000 }]);
  });

  it("says nothing where a budget line's spending cell could not be read (nothing read is not nothing spent)", () => {
    const lines = [
      ["Aktivitet", "Budgetpost", 2026, "Forbrug pr. 30.09.2026"],
      ["Haven", "Lønmidler", 80_000, null],
      [null, "Aktivitetsmidler", 20_000, "ca. 10.000"],
      [null, "I alt", 100_000, null],
    ];
    expect(runRule(spentNotStarted, grid(lines))).toEqual([]);
    const allBlank = lines.map((r, i) => (i === 2 ? [null, "Aktivitetsmidler", 20_000, null] : r));
    expect(runRule(spentNotStarted, grid(allBlank))).toMatchObject([{ activity: "Haven" }]);
  });
});
