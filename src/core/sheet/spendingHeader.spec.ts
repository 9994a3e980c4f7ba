import { namesSpending, shareOfYear, spendingHeader, untilDate } from "./spendingHeader";

describe("spendingHeader", () => {
  test.each([
    ["Forbrug 2026", { year: 2026 }],
    ["Regnskab 2025", { year: 2025 }],
    ["Bogført pr. 30.09.2026", { year: 2026, until: "2026-09-30" }],
    ["Afholdt 2026", { year: 2026 }],
    ["Forbrugt t.o.m. september 2026", { year: 2026, until: "2026-09-30" }],
    ["Forbrug 2026 (t.o.m. september)", { year: 2026, until: "2026-09-30" }],
    ["Forbrug 2026, Q3", { year: 2026, until: "2026-09-30" }],
    ["Forbrug 3. kvartal 2026", { year: 2026, until: "2026-09-30" }],
    ["Forbrug 1. halvår 2026", { year: 2026, until: "2026-06-30" }],
    ["Forbrug pr. 30/6-2026", { year: 2026, until: "2026-06-30" }],
    ["Forbrug 2026 pr. 31. maj", { year: 2026, until: "2026-05-31" }],
    ["Spent 2026", { year: 2026 }],
    ["Actual 2025", { year: 2025 }],
    ["Actuals 2026 as of 2026-08-31", { year: 2026, until: "2026-08-31" }],
    ["Spent to 30 Sept 2026", { year: 2026, until: "2026-09-30" }],
    ["FORBRUG\n2026", { year: 2026 }],
  ])("%j is spending", (text, expected) => {
    expect(spendingHeader(text)).toEqual(expected);
  });

  test.each([
    "Budget 2026",
    "2026",
    "Forventet forbrug 2026",
    "Prognose 2026",
    "Forbrug", // no year, no year below
    "Bevilling 2026",
    "Restbeløb 2026",
    "Forbrugsgoder 2026",
  ])("%j is not spending", (text) => {
    expect(spendingHeader(text)).toBeUndefined();
  });

  it("takes the year from the cell below in a two-row header; a number is never spending", () => {
    expect(spendingHeader("Forbrug", 2026)).toEqual({ year: 2026 });
    expect(spendingHeader(2026)).toBeUndefined();
    expect(namesSpending("Faktisk forbrug")).toBe(true);
  });

  it("refuses dates that are no day", () => {
    expect(untilDate("pr. 31.09.2026", 2026)).toBeUndefined();
    expect(untilDate("pr. 29.02.2028", 2028)).toBe("2028-02-29");
    expect(untilDate("2026", 2026)).toBeUndefined();
  });

  it("the share of the year gone by", () => {
    expect(shareOfYear("2026-09-30", 2026)).toBe(273 / 365);
    expect(shareOfYear("2026-12-31", 2026)).toBe(1);
    expect(shareOfYear("2027-01-15", 2026)).toBe(1);
    expect(shareOfYear("2025-12-31", 2026)).toBe(0);
  });
});
