import type { Ore, SpendingYear } from "../types";
import { spendingText } from "./spendingText";

const ore = (kr: number) => (kr * 100) as Ore;
const year: SpendingYear = {
  year: 2026,
  budget: ore(2_447_000),
  spent: ore(1_459_500),
  notSpent: ore(987_500),
  shareSpent: 1_459_500 / 2_447_000,
  until: "2026-09-30",
  shareOfYear: 273 / 365,
  unread: 1,
};

describe("spendingText", () => {
  it("says spent, the pace against the year and what is left, in Danish and English", () => {
    expect(spendingText(year, "da")).toEqual({
      headline: "Forbrugt 1.459.500 kr. (60 %)",
      pace: "pr. 30.09.2026: 75 % af året, 60 % af budgettet brugt",
      rest: "987.500 kr. endnu ikke brugt",
      unread: "1 forbrugscelle kunne ikke læses",
    });
    expect(spendingText(year, "en")).toEqual({
      headline: "Spent DKK 1,459,500 (60%)",
      pace: "by 30 September 2026: 75% of the year, 60% of the budget spent",
      rest: "DKK 987,500 not yet spent",
      unread: "1 spending cell could not be read",
    });
  });

  it("over budget, and a year without budget or date", () => {
    const over = {
      ...year,
      spent: ore(2_500_000),
      notSpent: ore(-53_000),
      shareSpent: 2_500_000 / 2_447_000,
      unread: 0,
    };
    expect(spendingText(over, "da")).toMatchObject({
      headline: "Forbrugt 2.500.000 kr. (102 %)",
      rest: "Over budgettet med 53.000 kr.",
    });
    const { until: _u, shareOfYear: _s, ...undated } = year;
    expect(
      spendingText({ ...undated, budget: null, notSpent: null, shareSpent: null, unread: 0 }, "da")
    ).toEqual({
      headline: "Forbrugt 1.459.500 kr.",
      rest: "intet budget for året i arket",
    });
  });
});
