import * as core from "./index";

describe("public API", () => {
  it("exports the entry points the shells use", () => {
    for (const name of [
      "check",
      "hasBudgetTable",
      "parseAmount",
      "parseKroner",
      "formatKr",
      "oreToKr",
      "findingMessage",
      "severityLabel",
      "anchoringLabel",
      "cellAddress",
      "parseAddress",
      "yearTotals",
      "frameFor",
      "leftover",
    ]) {
      expect(typeof (core as Record<string, unknown>)[name]).toBe("function");
    }
    expect(core.formatKr(core.parseKroner("1,9 mio.")!, "da")).toBe("1.900.000 kr.");
  });
});
