import { matchActivities, nameSimilarity, SIMILAR_MIN } from "./match";

const items = (...names: string[]) => names.map((name) => ({ name }));

describe("nameSimilarity", () => {
  it("ignores case, accents, spaces and punctuation", () => {
    expect(nameSimilarity("Lektiecafé", "lektie-cafe")).toBe(1);
  });

  it.each([
    ["Tryghedsvandringer", "Tryghedsvandringer i Husum"],
    ["Natteravne", "Natteravnene"],
    ["Kommunikation, dialog og synlighed", "Kommunikation og synlighed"],
    ["Lommepengejob", "Lommepengejobs for unge"],
  ])("%s ~ %s is above the threshold", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILAR_MIN);
  });

  it.each([
    ["Natteravne", "Nattevandrere i Tingbjerg"],
    ["Det gode valg", "Tidlig foreningsstart"],
    ["Kulturnat", "Kommunikation"],
  ])("%s and %s are different activities", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(SIMILAR_MIN);
  });
});

describe("matchActivities", () => {
  it("pairs same names in sheet order, whatever the order of rows", () => {
    const m = matchActivities(
      items("A aktivitet", "B aktivitet"),
      items("B aktivitet", "A aktivitet")
    );
    expect(m.pairs).toEqual([
      [0, 1, "name"],
      [1, 0, "name"],
    ]);
  });

  it("a name found again under another Nr. is renumbering, not a rename", () => {
    const m = matchActivities(
      [
        { nr: "3", name: "Natteravne" },
        { nr: "4", name: "Kulturnat" },
      ],
      [
        { nr: "3", name: "Lektiecafé" },
        { nr: "4", name: "Natteravne" },
        { nr: "5", name: "Kulturnat" },
      ]
    );
    expect(m.pairs).toEqual([
      [0, 1, "name"],
      [1, 2, "name"],
    ]);
    expect(m.added).toEqual([0]);
  });

  it("a Nr. used twice on one side is not used to match", () => {
    const m = matchActivities(
      [{ nr: "1", name: "Natteravne" }],
      [
        { nr: "1", name: "Lektiecafé" },
        { nr: "1", name: "Kulturnat" },
      ]
    );
    expect(m.pairs).toEqual([]);
  });

  it("'Nr. 07' and '7.' are the same number", () => {
    const m = matchActivities(
      [{ nr: "Nr. 07", name: "Natteravne" }],
      [{ nr: "7.", name: "Natvagter" }]
    );
    expect(m.pairs).toEqual([[0, 0, "nr"]]);
  });

  it("a close name is a rename only when it is clearly the closest on both sides", () => {
    expect(
      matchActivities(items("Sommerlejr"), items("Sommerlejr for piger", "Sommerlejr for drenge"))
        .pairs
    ).toEqual([]);
    expect(matchActivities(items("Sommerlejr"), items("Sommerlejren", "Lektiecafé")).pairs).toEqual(
      [[0, 0, "similar"]]
    );
  });

  it("two approved names equally close to one name now stay removed, and that one added", () => {
    // The margin seen from the revised side: two activities merged into one are not a rename.
    const m = matchActivities(
      items("Sommerlejr for piger", "Sommerlejr for drenge"),
      items("Sommerlejr")
    );
    expect([m.pairs, m.removed, m.added]).toEqual([[], [0, 1], [0]]);
  });

  it("an unrelated new name is added, the old one removed", () => {
    const m = matchActivities(items("Natteravne"), items("Lektiecafé"));
    expect([m.pairs, m.removed, m.added]).toEqual([[], [0], [0]]);
  });
});
