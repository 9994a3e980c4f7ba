import { nameTarget } from "../../src/ooxml/read/findSheet";

describe("nameTarget (a definedName's text in a file: always A1 style)", () => {
  it.each([
    ["Budgetoversigt!$A$1", { kind: "sheet", sheet: "Budgetoversigt" }],
    ["'Bob''s ark'!$G$32", { kind: "sheet", sheet: "Bob's ark" }],
    ["#REF!$A$1", { kind: "ref" }],
    ['"Budgetoversigt"', { kind: "constant", value: "Budgetoversigt" }],
    ["1900000", { kind: "other" }],
    // A name in another workbook is the user's link, never one of our sheets gone missing.
    ["[1]Budgetoversigt!$G$32", { kind: "other" }],
    ["SUM(Plan!$A$1:$A$3)", { kind: "other" }],
  ])("%s", (text, target) => expect(nameTarget(text)).toEqual(target));
});
