// The one rule for which sheet is checked, as the add-in, file mode and the command all use it.
import { chooseSheetNow, type SheetChoiceFacts } from "./sheetChoice";

const SHEETS = ["Forside", "Budget", "Budgetoversigt", "Noter"];
const facts = (f: Partial<SheetChoiceFacts>): SheetChoiceFacts => ({
  sheets: SHEETS,
  ifNamedGone: "search",
  ...f,
});

/** The choice, with the sheets that hold a budget table, and the sheets looked at in order. */
function choose(f: SheetChoiceFacts, budgets: string[]) {
  const looked: string[] = [];
  const choice = chooseSheetNow(f, (s) => {
    looked.push(s);
    return budgets.includes(s);
  });
  return { choice, looked };
}

describe("chooseSheet", () => {
  it("takes the named sheet whatever it holds, looking at no other", () => {
    expect(choose(facts({ named: "Noter" }), ["Budget"])).toEqual({
      choice: { kind: "found", sheet: "Noter", holdsBudget: false },
      looked: ["Noter"],
    });
  });

  it("searches on when a remembered sheet is gone, and refuses when one asked for is", () => {
    expect(choose(facts({ named: "Væk" }), ["Budget"]).choice).toEqual({
      kind: "found",
      sheet: "Budget",
      holdsBudget: true,
    });
    expect(choose(facts({ named: "Væk", ifNamedGone: "refuse" }), ["Budget"])).toEqual({
      choice: { kind: "missing", sheet: "Væk" },
      looked: [],
    });
  });

  it("looks at the active sheet first, then the others in order, and stops at the first budget", () => {
    expect(choose(facts({ active: "Noter" }), ["Budget", "Noter"]).looked).toEqual(["Noter"]);
    expect(choose(facts({ active: "Noter" }), ["Budget"]).looked).toEqual([
      "Noter",
      "Forside",
      "Budget",
    ]);
  });

  it("never chooses our own overview sheet by searching", () => {
    const { choice, looked } = choose(facts({ ours: "Budgetoversigt" }), ["Budgetoversigt"]);
    expect(choice).toEqual({ kind: "none", sheet: "Forside" });
    expect(looked).not.toContain("Budgetoversigt");
  });

  it("shows the active sheet, else the first, when no sheet holds a budget", () => {
    expect(choose(facts({ active: "Noter" }), []).choice).toEqual({ kind: "none", sheet: "Noter" });
    expect(choose(facts({}), []).choice).toEqual({ kind: "none", sheet: "Forside" });
    expect(choose(facts({ sheets: [] }), []).choice).toEqual({ kind: "none" });
  });
});
