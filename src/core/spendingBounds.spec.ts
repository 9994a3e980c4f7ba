import type { Ore } from "./money";
import { spendingBounds, surelyOverBudget } from "./spendingBounds";
import type { SpendingYear } from "./types";

const ore = (kr: number) => (kr * 100) as Ore;
const y: SpendingYear = {
  year: 2026,
  budget: ore(1_600_000),
  budgetUnread: 0,
  unitConflict: false,
  spent: ore(800_000),
  notSpent: ore(800_000),
  shareSpent: 0.5,
  unread: 0,
};

describe("spendingBounds", () => {
  it("every cell read: every figure exact", () => {
    expect(spendingBounds(y)).toEqual({
      budget: { value: ore(1_600_000), bound: "exact" },
      spent: { value: ore(800_000), bound: "exact" },
      notSpent: { value: ore(800_000), bound: "exact" },
      shareSpent: { value: 0.5, bound: "exact" },
    });
  });

  it("spending unread: spent and share at least, what is left at most", () => {
    expect(spendingBounds({ ...y, unread: 2 })).toEqual({
      budget: { value: ore(1_600_000), bound: "exact" },
      spent: { value: ore(800_000), bound: "atLeast" },
      notSpent: { value: ore(800_000), bound: "atMost" },
      shareSpent: { value: 0.5, bound: "atLeast" },
    });
  });

  it("budget unread («mindst 1.600.000 kr.»): budget and what is left at least, the share at most", () => {
    expect(spendingBounds({ ...y, budgetUnread: 1 })).toEqual({
      budget: { value: ore(1_600_000), bound: "atLeast" },
      spent: { value: ore(800_000), bound: "exact" },
      notSpent: { value: ore(800_000), bound: "atLeast" },
      shareSpent: { value: 0.5, bound: "atMost" },
    });
  });

  it("both unread: what is left and the share cannot be known", () => {
    expect(spendingBounds({ ...y, unread: 1, budgetUnread: 1 })).toEqual({
      budget: { value: ore(1_600_000), bound: "atLeast" },
      spent: { value: ore(800_000), bound: "atLeast" },
      notSpent: "unknown",
      shareSpent: "unknown",
    });
  });

  it("two units on the sheet: what is left and the share cannot be known", () => {
    expect(spendingBounds({ ...y, unitConflict: true })).toMatchObject({
      notSpent: "unknown",
      shareSpent: "unknown",
    });
  });

  it("no budget column: only what is spent", () => {
    const none = { ...y, budget: null, notSpent: null, shareSpent: null, unread: 1 };
    expect(spendingBounds(none)).toEqual({
      budget: null,
      spent: { value: ore(800_000), bound: "atLeast" },
      notSpent: null,
      shareSpent: null,
    });
  });

  it("over budget for certain only where the true rest can only be lower", () => {
    const over = { ...y, spent: ore(1_700_000), notSpent: ore(-100_000), shareSpent: 1.0625 };
    expect(surelyOverBudget(spendingBounds(over))).toBe(true);
    expect(surelyOverBudget(spendingBounds({ ...over, unread: 1 }))).toBe(true);
    expect(surelyOverBudget(spendingBounds({ ...over, budgetUnread: 1 }))).toBe(false);
    expect(surelyOverBudget(spendingBounds({ ...over, unread: 1, budgetUnread: 1 }))).toBe(false);
    expect(surelyOverBudget(spendingBounds(y))).toBe(false);
  });
});
