import { hasTwoOrMorePartners, namesSeveralParties, readPartners, splitPartners } from "./partners";

describe("splitPartners", () => {
  test.each<[string | undefined, string[]]>([
    ["fsb; SAB og AAB", ["fsb", "SAB", "AAB"]],
    ["KFF\nBIF\r\nSSP", ["KFF", "BIF", "SSP"]],
    ["Ungdomsskolen/fritidscentret", ["Ungdomsskolen", "fritidscentret"]],
    ["Boligsociale helhedsplan", ["Boligsociale helhedsplan"]],
    ["Tingbjerg og Omegn", ["Tingbjerg", "Omegn"]],
    // "og" in any case, standing alone
    ["fsb OG AAB", ["fsb", "AAB"]],
    ["fsb Og AAB", ["fsb", "AAB"]],
    // never inside a word
    ["Børne- og Ungdomsforvaltningen", ["Børne- og Ungdomsforvaltningen"]],
    ["Skoleforvaltningen", ["Skoleforvaltningen"]],
    ["Togbanen", ["Togbanen"]],
    // suspended compounds: a comma, slash or "og" after a hyphen joins the compound
    [
      "Teknik- og Miljøforvaltningen; Kultur- og Fritidsforvaltningen",
      ["Teknik- og Miljøforvaltningen", "Kultur- og Fritidsforvaltningen"],
    ],
    ["Kultur - og Fritidsforvaltningen", ["Kultur - og Fritidsforvaltningen"]],
    ["Teknik-, Miljø- og Kulturforvaltningen", ["Teknik-, Miljø- og Kulturforvaltningen"]],
    ["Teknik-\nMiljøforvaltningen", ["Teknik-", "Miljøforvaltningen"]],
    // "&" and "and" are not separators (the list)
    ["Politi, SSP & skolen", ["Politi", "SSP & skolen"]],
    ["Police and SSP", ["Police and SSP"]],
    // none, or unknown
    ["", []],
    ["-", []],
    ["?", []],
    ["  ?  ", []],
    ["fsb; ?", ["fsb"]],
    ["?; –; —", []],
    [undefined, []],
  ])("%p", (text, expected) => {
    expect(splitPartners(text)).toEqual(expected);
  });
});

describe("readPartners: which separators split the cell", () => {
  test.each<[string, string[]]>([
    ["fsb; SAB; AAB", ["semicolon"]],
    ["fsb, SAB og AAB", ["comma", "og"]],
    ["fsb\nSAB", ["lineBreak"]],
    ["SAB/KAB", ["slash"]],
    // one partner: no separator is in use, even with a trailing one
    ["fsb;", []],
    ["Teknik- og Miljøforvaltningen", []],
    ["Teknik- og Miljøforvaltningen; Kultur- og Fritidsforvaltningen", ["semicolon"]],
  ])("%p", (text, separators) => {
    expect(readPartners(text).separators).toEqual(separators);
  });
});

describe("two or more partners", () => {
  test.each<[string, boolean]>([
    ["Alle partnerskabets parter", true],
    ["alle partnerskabets parter", true],
    ["ALLE PARTNERSKABETS PARTER", true],
    ["Partnerskabets parter", true],
    ["Alle forvaltninger", true],
    ["de lokale aktører", true],
    ["en række lokale aktører", true],
    ["KVUC m.fl.", true],
    ["KVUC m fl", true],
    ["Hele partnerskabet", true],
    ["Partnerskabet", true],
    ["Arbejdsgruppen", true],
    // a named group is one partner
    ["Arbejdsgruppen bag Tingbjerg Challenge", false],
    ["Alle Tiders Café", false],
    ["Allegade Skole", false],
    ["Idrætsprojektet", false],
  ])("%p", (text, several) => {
    expect(namesSeveralParties(text)).toBe(several);
    expect(hasTwoOrMorePartners(splitPartners(text))).toBe(several);
  });

  test("two names count; one name does not; none does not", () => {
    expect(hasTwoOrMorePartners(["fsb", "AAB"])).toBe(true);
    expect(hasTwoOrMorePartners(["fsb"])).toBe(false);
    expect(hasTwoOrMorePartners(splitPartners("?"))).toBe(false);
    expect(hasTwoOrMorePartners([])).toBe(false);
  });
});
