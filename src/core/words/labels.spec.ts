import { labelsFor } from "./labels";
import { outputLabelsFor } from "./outputLabels";

/** Every leaf of a table as [path, text]; functions are called with sample arguments. */
function leaves(v: unknown, path: string): [string, string][] {
  if (typeof v === "string") return [[path, v]];
  if (typeof v === "function")
    return [[path, String((v as (...a: unknown[]) => unknown)(2, 3, 4))]];
  return Object.entries(v as object).flatMap(([k, x]) => leaves(x, `${path}.${k}`));
}

describe.each([
  ["the label tables", labelsFor],
  ["the label tables with the outputs' own", outputLabelsFor],
])("%s", (_, tableFor) => {
  const da = leaves(tableFor("da"), "da");
  const en = leaves(tableFor("en"), "en");

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
