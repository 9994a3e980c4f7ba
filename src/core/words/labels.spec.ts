import { labelsFor } from "./labels";

/** Every leaf of a table as [path, text]; functions are called with sample arguments. */
function leaves(v: unknown, path: string): [string, string][] {
  if (typeof v === "string") return [[path, v]];
  if (typeof v === "function")
    return [[path, String((v as (...a: unknown[]) => unknown)(2, 3, 4))]];
  return Object.entries(v as object).flatMap(([k, x]) => leaves(x, `${path}.${k}`));
}

describe("the label tables", () => {
  const da = leaves(labelsFor("da"), "da");
  const en = leaves(labelsFor("en"), "en");

  it("have the same labels in both languages, nested ones included", () => {
    expect(en.map(([p]) => p.slice(3))).toEqual(da.map(([p]) => p.slice(3)));
  });

  it("word every label, in each language", () => {
    for (const [path, text] of [...da, ...en])
      expect([path, text.trim().length > 0]).toEqual([path, true]);
  });

  it("word the anchoring states once, the same in the sheet's and the pane's sense", () => {
    expect(labelsFor("da").anchoringStatus).toEqual({
      present: "Har forankringsplan",
      missing: "Mangler forankringsplan",
      fixed: "Fast bevilling",
      notNeeded: "Ikke nødvendig",
    });
  });
});
