// The year cells of a long list, as finance systems write them.
import { listYear } from "./detectList";

describe("listYear", () => {
  test.each([
    [2026, 2026],
    ["2026", 2026],
    [" 2026 ", 2026],
    // Before, a list whose «År» column held dates or budget codes had no years: «Fandt ingen
    // budgettabel».
    ["2026-01-01", 2026],
    ["2026-01-01T00:00:00", 2026],
    ["B2026", 2026],
    ["b 2026", 2026],
    ["Budget 2026", 2026],
    ["BO 2027", 2027],
    ["BO-2027", 2027],
  ])("%p → %p", (cell, year) => expect(listYear(cell)).toBe(year));

  test.each(["R2025", "Regnskab 2025", "2026/27", "ukendt", "", "1800", "B2026x", 2026.5, null])(
    "%p is no year",
    (cell) => expect(listYear(cell)).toBeUndefined()
  );
});
