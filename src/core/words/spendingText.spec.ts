import type { Ore, SpendingYear } from "../types";
import { boundedPercent, spendingText } from "./spendingText";

const ore = (kr: number) => (kr * 100) as Ore;
/** Every cell read: the figures are the figures. */
const year: SpendingYear = {
  year: 2026,
  budget: ore(2_447_000),
  budgetUnread: 0,
  unitConflict: false,
  spent: ore(1_459_500),
  notSpent: ore(987_500),
  shareSpent: 1_459_500 / 2_447_000,
  until: "2026-09-30",
  shareOfYear: 273 / 365,
  unread: 0,
};

describe("spendingText", () => {
  it("says spent, the pace against the year and what is left, in Danish and English", () => {
    expect(spendingText(year, "da")).toEqual({
      headline: "Forbrugt 1.459.500 kr. (60 %)",
      pace: "pr. 30.09.2026: 75 % af året, 60 % af budgettet brugt",
      rest: "987.500 kr. endnu ikke brugt",
    });
    expect(spendingText(year, "en")).toEqual({
      headline: "Spent DKK 1,459,500 (60%)",
      pace: "by 30 September 2026: 75% of the year, 60% of the budget spent",
      rest: "DKK 987,500 not yet spent",
    });
  });

  // Before, an unread spending cell left the figures plain («Forbrugt 1.459.500 kr. (60 %)»,
  // «987.500 kr. endnu ikke brugt») beside a clause that a cell was unread: a confident figure.
  it("an unread spending cell: spent and the share are at least, what is left at most", () => {
    expect(spendingText({ ...year, unread: 1 }, "da")).toEqual({
      headline: "Forbrugt mindst 1.459.500 kr. (mindst 59 %)",
      pace: "pr. 30.09.2026: 75 % af året, mindst 59 % af budgettet brugt",
      rest: "højst 987.500 kr. endnu ikke brugt",
      unread: "1 forbrugscelle kunne ikke læses",
    });
    expect(spendingText({ ...year, unread: 2 }, "en")).toEqual({
      headline: "Spent at least DKK 1,459,500 (at least 59%)",
      pace: "by 30 September 2026: 75% of the year, at least 59% of the budget spent",
      rest: "at most DKK 987,500 not yet spent",
      unread: "2 spending cells could not be read",
    });
  });

  it("an unread budget amount: the share is at most, what is left at least", () => {
    expect(spendingText({ ...year, budgetUnread: 2 }, "da")).toEqual({
      headline: "Forbrugt 1.459.500 kr. (højst 60 %)",
      pace: "pr. 30.09.2026: 75 % af året, højst 60 % af budgettet brugt",
      rest: "mindst 987.500 kr. endnu ikke brugt",
      unread: "2 budgetbeløb for året kunne ikke læses",
    });
    expect(spendingText({ ...year, budgetUnread: 1 }, "en")).toMatchObject({
      headline: "Spent DKK 1,459,500 (at most 60%)",
      rest: "at least DKK 987,500 not yet spent",
      unread: "1 budget amount for the year could not be read",
    });
  });

  it("both unread: no share and no rest as figures, said in words", () => {
    expect(spendingText({ ...year, unread: 1, budgetUnread: 3 }, "da")).toEqual({
      headline: "Forbrugt mindst 1.459.500 kr.",
      pace: "pr. 30.09.2026",
      rest: "ukendt, hvor meget der endnu ikke er brugt: både budgettet og forbruget har beløb, der ikke kunne læses",
      unread: "1 forbrugscelle kunne ikke læses; 3 budgetbeløb for året kunne ikke læses",
    });
    expect(spendingText({ ...year, unread: 1, budgetUnread: 3 }, "en").rest).toBe(
      "unknown how much is not yet spent: both the budget and the spending have amounts that could not be read"
    );
  });

  it("two units on the sheet: no share, the rest unknown, and why", () => {
    expect(spendingText({ ...year, unitConflict: true }, "da")).toEqual({
      headline: "Forbrugt 1.459.500 kr.",
      pace: "pr. 30.09.2026",
      rest: "ukendt, hvor meget der endnu ikke er brugt: arket angiver flere enheder",
      unread:
        "forbruget er læst i samme enhed som budgettet, men andel og rest kendes ikke, før enheden er afgjort i indstillingerne eller med --unit",
    });
    expect(spendingText({ ...year, unitConflict: true }, "en").rest).toBe(
      "unknown how much is not yet spent: the sheet states more than one unit"
    );
  });

  it("over budget, exact, for certain (spending unread) and at most (budget unread)", () => {
    const over = {
      ...year,
      spent: ore(2_500_000),
      notSpent: ore(-53_000),
      shareSpent: 2_500_000 / 2_447_000,
    };
    expect(spendingText(over, "da")).toMatchObject({
      headline: "Forbrugt 2.500.000 kr. (102 %)",
      rest: "Over budgettet med 53.000 kr.",
    });
    expect(spendingText({ ...over, unread: 1 }, "da")).toMatchObject({
      headline: "Forbrugt mindst 2.500.000 kr. (mindst 102 %)",
      rest: "Over budgettet med mindst 53.000 kr.",
    });
    expect(spendingText({ ...over, budgetUnread: 1 }, "da")).toMatchObject({
      headline: "Forbrugt 2.500.000 kr. (højst 103 %)",
      rest: "Over budgettet med højst 53.000 kr.",
    });
  });

  it("a year without budget or date", () => {
    const { until: _u, shareOfYear: _s, ...undated } = year;
    expect(
      spendingText({ ...undated, budget: null, notSpent: null, shareSpent: null }, "da")
    ).toEqual({
      headline: "Forbrugt 1.459.500 kr.",
      rest: "intet budget for året i arket",
    });
    expect(
      spendingText({ ...undated, budget: null, notSpent: null, shareSpent: null, unread: 1 }, "da")
    ).toEqual({
      headline: "Forbrugt mindst 1.459.500 kr.",
      rest: "intet budget for året i arket",
      unread: "1 forbrugscelle kunne ikke læses",
    });
  });
});

describe("boundedPercent", () => {
  it("rounds a bound the way that keeps it true, and whole figures stay whole", () => {
    expect(boundedPercent({ value: 0.506, bound: "atLeast" }, "da")).toBe("mindst 50 %");
    expect(boundedPercent({ value: 0.502, bound: "atMost" }, "da")).toBe("højst 51 %");
    expect(boundedPercent({ value: 0.51, bound: "atLeast" }, "da")).toBe("mindst 51 %");
    expect(boundedPercent({ value: 0.51, bound: "atMost" }, "en")).toBe("at most 51%");
    expect(boundedPercent({ value: 0.506, bound: "exact" }, "da")).toBe("51 %");
  });
});
