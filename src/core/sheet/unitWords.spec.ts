// unitIn: every spelling of a unit people write, one example each, and what is an amount, not a unit.
import { unitIn } from "./unitWords";

describe("unitIn", () => {
  test.each([
    ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)", "1000"],
    ["Alle beløb i 1000 kr", "1000"],
    ["2026 (t.kr.)", "1000"],
    ["2026 (t. kr.)", "1000"],
    ["Beløb i tkr.", "1000"],
    ["Beløb i tusind kr.", "1000"],
    ["Budget 2026, kr. 1.000", "1000"],
    ["Budget 2026, 1.000 kr.", "1000"],
    ["Beløb i tusinder", "1000"],
    ["DKK '000", "1000"],
    ["Beløb i mio. kr.", "mio"],
    ["(mio.)", "mio"],
    ["Alle tal i mill. kr.", "mio"],
    ["Beløb i millioner kroner", "mio"],
    ["Beløb (kr.)", "kr"],
    ["Budget i hele kroner", "kr"],
    // A year right before the word is a header, not an amount. Before, "2026 t.kr." read as
    // kroner (the "kr." of "t.kr."), and a plan in 1.000 kr. came out a thousand times too small.
    ["2026 t.kr.", "1000"],
    ["Budget 2026 tkr", "1000"],
    ["2027 mio. kr.", "mio"],
    ["2026 1.000 kr.", "1000"],
    ["2026 kr.", "kr"],
  ])("%p → %p", (text, unit) => expect(unitIn(text)).toBe(unit));

  test.each([
    "Tryghedsplan 2026",
    "Ramme 1,9 mio. kr.",
    "Tilskud på 25.000 kr.",
    "Samlet ramme: kr. 1.900.000",
    "Budget kr.",
    "Aktivitet",
  ])("%p states no unit (or states kroner only by an amount)", (text) => {
    expect(unitIn(text) === undefined || unitIn(text) === "kr").toBe(true);
    expect(unitIn(text)).not.toBe("mio");
    expect(unitIn(text)).not.toBe("1000");
  });

  it("an amount is no unit: the number right before the word decides", () => {
    expect(unitIn("Ramme 1,9 mio. kr.")).toBeUndefined();
    expect(unitIn("Tilskud på 25.000 kr.")).toBeUndefined();
    expect(unitIn("Samlet ramme: kr. 1.900.000")).toBeUndefined();
    expect(unitIn("Tilskud 12.026 t.kr.")).toBeUndefined();
    expect(unitIn("Tilskud 2026,5 mio.")).toBeUndefined();
    expect(unitIn("25 t.kr.")).toBeUndefined();
  });
});
