import fc from "fast-check";
import { anchoringStatus, isFixedGrantText, isRealAnchoring } from "./anchoring";

describe("isRealAnchoring", () => {
  test.each(["", " ", "nej", "Nej", "ingen", "Mangler", "-", "–", "?", "n/a", "N/A", undefined])(
    "%p is no plan",
    (t) => expect(isRealAnchoring(t)).toBe(false)
  );
  test.each(["Overgår til fritidscentret 2029", "Ja, se bilag 3", "Forankres i KFF"])(
    "%p is a plan",
    (t) => expect(isRealAnchoring(t)).toBe(true)
  );
  test.each(["  N . O  ", "M-A-N-G-L-E-R", "Ingen\t", "\u0000\u0010n\u0011e\u0012j"])(
    "%p is no plan (however spaced or punctuated)",
    (t) => expect(isRealAnchoring(t)).toBe(false)
  );
});

describe("isFixedGrantText", () => {
  test.each([
    ["Fast 4-årig bevilling", true],
    ["fast", true],
    ["Fast bevilling", true],
    ["Bevilling: fast.", true],
    ["Fastholdelse af unge", false],
    ["Etårig", false],
    [undefined, false],
  ])("%p → %p", (t, fixed) => expect(isFixedGrantText(t)).toBe(fixed));

  it("answers as its rule does for any text (the cheap scan before it rules nothing out)", () => {
    const rule = /(?:^|[^a-zæøå])fast(?:$|[^a-zæøå])/i;
    const chars = fc.constantFrom(..."fFaAsStT æø-1");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars, { maxLength: 10 }).map((cs) => cs.join(""))
        ),
        (t) => expect(isFixedGrantText(t)).toBe(rule.test(t))
      ),
      { numRuns: 3000 }
    );
  });
});

describe("anchoringStatus", () => {
  it("fixed beats everything, then a real plan, then multi-year decides", () => {
    expect(anchoringStatus({ multiYear: true, fixed: true })).toBe("fixed");
    expect(anchoringStatus({ multiYear: true, fixed: false, anchoringText: "Ja, KFF" })).toBe(
      "present"
    );
    expect(anchoringStatus({ multiYear: true, fixed: false, anchoringText: "nej" })).toBe(
      "missing"
    );
    expect(anchoringStatus({ multiYear: false, fixed: false, anchoringText: "nej" })).toBe(
      "notNeeded"
    );
    expect(anchoringStatus({ multiYear: false, fixed: false, anchoringText: "Ja" })).toBe(
      "present"
    );
  });
});
