import { cellAddress, columnIndex, columnLetter, parseAddress, quoteSheet } from "./address";

describe("address", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i ↔ %s", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });

  it("refuses non-letters", () => {
    expect(columnIndex("A1")).toBe(-1);
    expect(columnIndex("")).toBe(-1);
  });

  test.each([
    ["Ark1", "Ark1"],
    ["_x", "_x"],
    ["Tryghedsplan 2026", "'Tryghedsplan 2026'"],
    ["2026", "'2026'"],
    ["Bob's plan", "'Bob''s plan'"],
    ["Økonomi", "'Økonomi'"],
  ])("quotes %s as %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });

  it("builds sheet-qualified addresses", () => {
    expect(cellAddress("Tryghedsplan 2026", 6, 6)).toBe("'Tryghedsplan 2026'!G7");
    expect(cellAddress("Ark1", 0, 27, true)).toBe("Ark1!$AB$1");
  });

  it("parses addresses back", () => {
    expect(parseAddress("'Tryghedsplan 2026'!G7")).toEqual({
      sheet: "Tryghedsplan 2026",
      row: 6,
      col: 6,
    });
    expect(parseAddress("'Bob''s plan'!$A$1")).toEqual({ sheet: "Bob's plan", row: 0, col: 0 });
    expect(parseAddress("Ark1!AB10")).toEqual({ sheet: "Ark1", row: 9, col: 27 });
    expect(parseAddress("c3")).toEqual({ row: 2, col: 2 });
    expect(parseAddress("A0")).toBeUndefined();
    expect(parseAddress("nonsense")).toBeUndefined();
  });

  it("round-trips", () => {
    for (const name of ["Ark1", "Tryghedsplan 2026", "It's", "a!b"]) {
      expect(parseAddress(cellAddress(name, 41, 3))).toEqual({ sheet: name, row: 41, col: 3 });
    }
  });
});
