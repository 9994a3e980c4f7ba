import { nextSheetName, sheetNameProblem } from "./sheetName";
import { dialogStrings } from "./words/dialog";

const t = dialogStrings.da;

describe("sheetNameProblem (Excel's sheet-name rules)", () => {
  test.each([
    ["Budgetoversigt 2", undefined],
    ["Restbeløb – 2026 (æøå)", undefined],
    ["x".repeat(31), undefined],
    ["", t.sheetNameEmpty],
    ["   ", t.sheetNameEmpty],
    ["x".repeat(32), t.sheetNameTooLong],
    ["Budget:2026", t.sheetNameBadChars],
    ["Budget\\2026", t.sheetNameBadChars],
    ["Budget/2026", t.sheetNameBadChars],
    ["Budget?", t.sheetNameBadChars],
    ["Budget*", t.sheetNameBadChars],
    ["[Budget", t.sheetNameBadChars],
    ["Budget]", t.sheetNameBadChars],
    ["'Budget", t.sheetNameApostrophe],
    ["Budget'", t.sheetNameApostrophe],
    ["Peters budget", undefined],
  ])("%j → %j", (name, expected) => {
    expect(sheetNameProblem(name, t)).toBe(expected);
  });
});

describe("nextSheetName", () => {
  test("first free number from 2, compared as Excel does (case-insensitive)", () => {
    expect(nextSheetName("Budgetoversigt", ["Budgetoversigt"])).toBe("Budgetoversigt 2");
    expect(nextSheetName("Budgetoversigt", ["Budgetoversigt", "BUDGETOVERSIGT 2"])).toBe(
      "Budgetoversigt 3"
    );
  });

  test("keeps within 31 characters", () => {
    const long = "A".repeat(31);
    expect(nextSheetName(long, [long])).toBe(`${"A".repeat(29)} 2`);
  });
});
