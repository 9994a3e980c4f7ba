import fc from "fast-check";
import {
  anchoringStatus,
  FIXED_GRANT_WORD,
  isFixedGrantText,
  isRealAnchoring,
  longerThanAnyNonPlan,
  saysNoPlan,
} from "./anchoring";

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

describe("longerThanAnyNonPlan (the pre-check kept before folding)", () => {
  it("answers true only where saysNoPlan says no, for any text", () => {
    // Words near the no-plan words, padded and punctuated, besides any string.
    const near = fc
      .tuple(
        fc.constantFrom("nej", "ingen", "mangler", "missing", "n/a", "x0", "none", "nix", "Ja"),
        fc.constantFrom("", " ", "-", ".", "!", "1", "s", "er", "\t", "æ"),
        fc.constantFrom("", " ", "-", "?", "–", "A")
      )
      .map(([w, a, b]) => b + w + a);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), near), (raw) => {
        const t = raw.trim();
        if (longerThanAnyNonPlan(t)) expect(saysNoPlan(t)).toBe(false);
        expect(isRealAnchoring(raw)).toBe(!saysNoPlan(t));
      }),
      { numRuns: 2000 }
    );
  });

  it("answers true for a written-out plan, false for short or non-ASCII text", () => {
    expect(longerThanAnyNonPlan("Forankres i foreningen")).toBe(true);
    expect(longerThanAnyNonPlan("mangler")).toBe(false);
    expect(longerThanAnyNonPlan("Overgår til fritidscentret")).toBe(false);
  });
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

  it("is the word 'fast' on its own, for any text", () => {
    const chars = fc.constantFrom(..."fFaAsStT æø-1");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars, { maxLength: 10 }).map((cs) => cs.join(""))
        ),
        (t) => expect(isFixedGrantText(t)).toBe(FIXED_GRANT_WORD.test(t))
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
