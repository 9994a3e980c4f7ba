import { multiYearNoAnchor } from "./multiYearNoAnchor";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("MULTI_YEAR_NO_ANCHOR", () => {
  const rows = [
    ["Aktivitet", "Forankringsplan", 2025, 2026, 2027, 2028],
    ["Kvinder, job og fællesskab", "nej", 270000, 200000, 170000, 140000],
    ["Nyt madested", "Beboerforeningen driver det fra 2028", null, 300000, 150000, null],
    ["Din fritid", null, 120000, 120000, null, null],
    ["Lys op!", "?", 40000, null, 40000, null],
    ["Sekretariat", "", null, 6000, "-", 6000],
    ["Tidligere", "mangler", 5000, 5000, null, null],
  ];

  it("flags activities with money in two or more years from the plan year and no real plan", () => {
    expect(runRule(multiYearNoAnchor, grid(rows))).toEqual([
      {
        code: "MULTI_YEAR_NO_ANCHOR",
        severity: "error",
        at: at("B2"),
        activityId: 0,
        activity: "Kvinder, job og fællesskab",
        years: [2026, 2027, 2028],
        anchoringText: "nej",
      },
      {
        code: "MULTI_YEAR_NO_ANCHOR",
        severity: "error",
        at: at("B6"),
        activityId: 4,
        activity: "Sekretariat",
        years: [2026, 2028],
      },
    ]);
  });

  it("a year before the plan year does not make a grant multi-year", () => {
    // "Lys op!" has 2025 and 2027: only 2027 is from the plan year on.
    expect(runRule(multiYearNoAnchor, grid(rows)).map((f) => f.activity)).not.toContain("Lys op!");
  });

  it("is silent without an anchoring column (NO_ANCHOR_COLUMN speaks instead)", () => {
    const noCol = rows.map((r) => [r[0], ...r.slice(2)]);
    expect(runRule(multiYearNoAnchor, grid(noCol))).toEqual([]);
  });

  it("a fixed grant needs no plan", () => {
    const fixed = [
      ["Aktivitet", "Bevillingstype", "Forankringsplan", 2026, 2027],
      ["Kommunikation", "Fast 4-årig bevilling", null, 330000, 330000],
    ];
    expect(runRule(multiYearNoAnchor, grid(fixed))).toEqual([]);
  });
});
