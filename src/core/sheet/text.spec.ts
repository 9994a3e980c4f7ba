import fc from "fast-check";
import {
  cellLabel,
  tidyCellText,
  fold,
  foldAnyText,
  isFrameFolded,
  isLeftoverFolded,
  isTotalLabel,
  mayBeMarker,
  PRINTABLE_ASCII,
  tidySpaces,
  UNTIDY_SPACE,
  yearOf,
} from "./text";

const isFrameLabel = (t: string) => isFrameFolded(fold(t));
const isLeftoverLabel = (t: string) => isLeftoverFolded(fold(t));

describe("fold", () => {
  it("ignores case, accents, punctuation and folds æøå", () => {
    expect(fold("Indsats-område")).toBe("indsatsomraade");
    expect(fold("Indsatsområde")).toBe("indsatsomraade");
    expect(fold("Indsatso\u0308mra\u030ade")).toBe(fold("Indsatsømråde"));
    expect(fold("Bemærkning(er)")).toBe("bemaerkninger");
    expect(fold("Nr.")).toBe("nr");
    expect(fold("Café")).toBe("cafe");
    expect(fold("FORANKRINGSPLAN")).toBe("forankringsplan");
  });

  it("its ASCII shortcut folds as the full rule does (any text)", () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string()), (s) => {
        if (PRINTABLE_ASCII.test(s)) expect(fold(s)).toBe(foldAnyText(s));
      }),
      { numRuns: 3000 }
    );
  });
});

describe("tidyCellText / cellLabel", () => {
  it("collapses whitespace and ignores non-text", () => {
    expect(tidyCellText("  Det\u00a0gode \n valg ")).toBe("Det gode valg");
    expect(tidyCellText(12)).toBe("");
    expect(cellLabel(12)).toBe("12");
    expect(cellLabel(null)).toBe("");
  });
});

describe("yearOf", () => {
  test.each([
    [2026, 2026],
    ["2026", 2026],
    ["Budget 2026", 2026],
    ["2027 (kr.)", 2027],
    ["Finansiering 2013", 2013],
    [1989, undefined],
    [2026.5, undefined],
    ["12026", undefined],
    ["Aktivitet", undefined],
    [true, undefined],
  ])("%p → %p", (v, y) => {
    expect(yearOf(v)).toBe(y);
  });
});

describe("row labels", () => {
  test.each([
    "I alt",
    "I alt:",
    "i alt",
    "Total",
    "Sum",
    "Samlet",
    "I alt 2026",
    "Total i alt",
    "Subtotal Aktive byrum",
    "Sub-total: Positive fællesskaber",
    "Sum Aktive byrum",
    "Sum, indsatsområde 1",
    "Total for Aktive byrum",
    "Totalt (Uddannelse og beskæftigelse)",
    "SUBTOTAL",
  ])("%s is a total", (t) => expect(isTotalLabel(t)).toBe(true));
  test.each([
    "Sommerfest",
    "Samlet indsats for unge",
    "Totalrenovering",
    "Summer camp",
    "Sumo for unge",
    "Totalteater i Husum",
  ])("%s is not", (t) => expect(isTotalLabel(t)).toBe(false));
  test.each(["Ramme", "Budgetramme", "Ramme (kr.)", "Årlig ramme", "Rammen"])(
    "%s is a frame",
    (t) => expect(isFrameLabel(t)).toBe(true)
  );
  test.each(["Rammer for unge", "Rammeaftale"])("%s is not a frame", (t) =>
    expect(isFrameLabel(t)).toBe(false)
  );
  test.each([
    "Resterende beløb pr. år",
    "Restbeløb",
    "Rest",
    "Ikke fordelt",
    "Ikke disponeret",
    "Udisponeret",
    "Uforbrugt",
    "Til rådighed",
    "Til disposition i alt",
    "Kontrol",
    "Difference",
    "Diff.",
  ])("%s is leftover", (t) => expect(isLeftoverLabel(t)).toBe(true));
  test.each(["Restaurant", "Kontrol af parkering", "Tilbud til unge", "Diffus tryghed", "Udeliv"])(
    "%s is not leftover",
    (t) => expect(isLeftoverLabel(t)).toBe(false)
  );
});

describe("mayBeMarker", () => {
  const isMarker = (s: string) => isTotalLabel(s) || isFrameLabel(s) || isLeftoverLabel(s);

  it("never rules out a total, frame or leftover label", () => {
    for (const s of [
      "I alt",
      "I alt 2026",
      " - Total:",
      "Sum",
      "Samlet i alt",
      "Årlig ramme",
      "A\u030arlig ramme",
      "Budgetramme (kr.)",
      "Frame",
      "Restbeløb",
      "Resterende beløb pr. år",
      "Leftover",
      "Remaining",
      "Ikke fordelt",
      "Ufordelt",
      "Ikke disponeret",
      "Udisponeret",
      "Til rådighed",
      "Kontrol",
      "Difference",
    ]) {
      expect([s, isMarker(s)]).toEqual([s, true]);
      expect([s, mayBeMarker(s)]).toEqual([s, true]);
    }
  });

  it("rules out ordinary labels", () => {
    for (const s of ["Aktivitet 12", "fsb; SAB", "Forankres i foreningen", "12", "", "x"]) {
      expect([s, mayBeMarker(s)]).toEqual([s, false]);
    }
  });

  it("is false only when the folded text is no marker (any text)", () => {
    const letters = fc.constantFrom(
      ..."iIaAlLtTsSuUmMrReEfFkKbBgG0 .-:\u00e5\u00c5\u00e6\u00f8\u030a\u0308\t"
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(letters, { maxLength: 14 }).map((cs) => cs.join(""))
        ),
        (s) => {
          if (!mayBeMarker(s)) expect(isMarker(s)).toBe(false);
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe("UNTIDY_SPACE", () => {
  it("finds something exactly when tidying would change the text (any text)", () => {
    const chars = fc.constantFrom(..."ab1 .\t\n\u00a0\u202f\u2003\u2013\u3000\ufeffæ");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars, { maxLength: 10 }).map((cs) => cs.join(""))
        ),
        (s) => {
          const tidied = s.replace(/\s+/g, " ").trim();
          expect(UNTIDY_SPACE.test(s)).toBe(tidied !== s);
          expect(tidySpaces(s)).toBe(tidied);
          expect(tidyCellText(s)).toBe(tidied);
        }
      ),
      { numRuns: 3000 }
    );
  });
});
