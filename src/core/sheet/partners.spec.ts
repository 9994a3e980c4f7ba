import { splitPartners } from "./partners";

describe("splitPartners", () => {
  test.each<[string | undefined, string[]]>([
    ["fsb; SAB og AAB", ["fsb", "SAB", "AAB"]],
    ["Politi, SSP & skolen", ["Politi", "SSP", "skolen"]],
    ["KFF\nBIF\r\nSSP", ["KFF", "BIF", "SSP"]],
    ["Police and SSP", ["Police", "SSP"]],
    ["Boligsociale helhedsplan", ["Boligsociale helhedsplan"]],
    ["Ungdomsskolen/fritidscentret", ["Ungdomsskolen", "fritidscentret"]],
    ["", []],
    ["-", []],
    [undefined, []],
    ["Tingbjerg og Omegn", ["Tingbjerg", "Omegn"]],
  ])("%p", (text, expected) => {
    expect(splitPartners(text)).toEqual(expected);
  });
});
