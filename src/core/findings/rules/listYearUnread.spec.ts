import { listYearUnread } from "./listYearUnread";
import { check } from "../../check";
import { at, grid, runRule, testSettings } from "../../../../tests/doubles/ruleTesting";

const rows = [
  ["Aktivitet", "År", "Beløb"],
  ["Haven", 2026, 100000],
  ["Haven", "2026/27", 50000],
  ["Din fritid", null, "ca. 300.000"],
  ["Din fritid", "ukendt", null],
  ["Din fritid", null, null],
  ["Din fritid", 2027, 20000],
];

describe("LIST_YEAR_UNREAD", () => {
  it("a year cell that is no year is named at the cell, with the amount it leaves out", () => {
    expect(runRule(listYearUnread, grid(rows))).toEqual([
      {
        code: "LIST_YEAR_UNREAD",
        severity: "error",
        at: at("B3"),
        activityId: 0,
        activity: "Haven",
        value: "2026/27",
        amount: 5_000_000,
      },
      {
        code: "LIST_YEAR_UNREAD",
        severity: "error",
        at: at("B4"),
        activityId: 1,
        activity: "Din fritid",
        value: "",
        amountText: "ca. 300.000",
      },
      {
        code: "LIST_YEAR_UNREAD",
        severity: "error",
        at: at("B5"),
        activityId: 1,
        activity: "Din fritid",
        value: "ukendt",
      },
    ]);
  });

  it("each year is uncertain by the amounts without a year, never within the frame", () => {
    const r = check(grid(rows), testSettings);
    if (!r.ok) throw new Error("no table");
    expect(r.report.years.map((y) => [y.year, y.total, y.unreadAmounts, y.status])).toEqual([
      [2026, 10_000_000, 2, "uncertain"],
      [2027, 2_000_000, 2, "uncertain"],
    ]);
  });
});
