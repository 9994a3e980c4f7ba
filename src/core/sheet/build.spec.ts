import { grid } from "../../../tests/doubles/ruleTesting";
import { amountCell, buildModel } from "./build";
import { DEFAULT_FRAME_ORE } from "../settings";
import type { Grid, Settings } from "../types";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };
const model = (g: Grid, s: Settings = settings) => {
  const m = buildModel(g, s);
  if (!m) throw new Error("no table");
  return m;
};

describe("buildModel", () => {
  it("section rows name the focus area when there is no area column", () => {
    const m = model(
      grid([
        ["Aktiviteter under indsatsområde 1 – økonomisk ramme"],
        ["Aktivitet", 2026],
        ["A", 1],
        ["Aktive byrum"],
        ["B", 2],
        ["C", 0],
        ["D", null],
      ])
    );
    expect(m.activities.map((a) => [a.name, a.area])).toEqual([
      ["A", "Indsatsområde 1"],
      ["B", "Aktive byrum"],
      ["C", "Aktive byrum"],
    ]);
    // A name alone, without amounts or other cells, reads as a section title (no money is lost).
  });

  it("with an area column, a blank area continues the one above", () => {
    const m = model(
      grid([
        ["Indsatsområde", "Aktivitet", 2026],
        ["Aktive byrum", "A", 1],
        [null, "B", 2],
      ])
    );
    expect(m.activities.map((a) => a.area)).toEqual(["Aktive byrum", "Aktive byrum"]);
  });

  it("with a Nr. column, a numbered activity's blank area is none; its sub-activities inherit", () => {
    const m = model(
      grid([
        ["Nr.", "Indsatsområde", "Aktivitet", 2026],
        ["9", "Positive fællesskaber", "Haven", 1],
        [null, null, "Skaberværelset", 2],
        ["15", null, "Sekretariatsbetjening", 3],
        [null, null, "Forplejning", 4],
      ])
    );
    expect(m.activities.map((a) => a.area)).toEqual([
      "Positive fællesskaber",
      "Positive fællesskaber",
      undefined,
      undefined,
    ]);
  });

  it("reads the frame row and skips leftover rows", () => {
    const m = model(
      grid([
        ["Aktivitet", 2026, 2027],
        ["A", 1000, 2000],
        ["I alt", 1000, 2000],
        ["Budgetramme", "2 mio.", 1800000],
        ["Resterende beløb pr. år", "1.999.000", 1798000],
      ])
    );
    expect(m.activities.map((a) => a.name)).toEqual(["A"]);
    expect(m.sheetFrames).toEqual({ 2026: 200000000, 2027: 180000000 });
    expect(m.statedTotals.map((t) => [t.cell, t.stated])).toEqual([
      ["Plan!B3", 100000],
      ["Plan!C3", 200000],
    ]);
  });

  it("cells are sheet-qualified and offset by the grid's origin", () => {
    const m = model(
      grid(
        [
          ["Aktivitet", "Budget 2026"],
          ["A", 5],
        ],
        { sheetName: "Tryghedsplan 2026", originRow: 6, originCol: 1 }
      )
    );
    expect(m.activities[0].cell).toBe("'Tryghedsplan 2026'!B8");
    expect(m.years).toEqual([2026]);
    expect(amountCell(m, m.activities[0], 2026)).toBe("'Tryghedsplan 2026'!C8");
    expect(amountCell(m, m.activities[0], 2027)).toBeUndefined();
  });

  it("a merged activity cell continues the activity without a budget-line column", () => {
    const m = model(
      grid(
        [
          ["Aktivitet", 2026],
          ["Haven", 100],
          [null, 50],
          ["Din fritid", 7],
        ],
        {
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        }
      )
    );
    expect(m.years).toEqual([2026]);
    expect(m.activities.map((a) => [a.name, a.amounts])).toEqual([
      ["Haven", [15000]],
      ["Din fritid", [700]],
    ]);
  });

  it("a row with amounts but no name is still counted (its money must not vanish)", () => {
    const m = model(
      grid([
        ["Nr.", "Aktivitet", 2026],
        ["7", null, 100],
        [null, null, 5],
      ])
    );
    expect(m.years).toEqual([2026]);
    expect(m.activities.map((a) => [a.name, a.amounts])).toEqual([
      ["7", [10000]],
      ["Række 3", [500]],
    ]);
  });

  it("parses partners, responsible and remarks", () => {
    const m = model(
      grid([
        ["Aktivitet", "Ansvarlig", "Partnere", "Bemærkning", 2026],
        ["A", " SSP ", "fsb; SAB og AAB", "Ny i 2026", 1],
      ])
    );
    expect(m.activities[0]).toMatchObject({
      responsible: "SSP",
      partners: ["fsb", "SAB", "AAB"],
      remarks: "Ny i 2026",
    });
  });

  it("blank amounts are 0; text amounts are left out", () => {
    const m = model(
      grid([
        ["Aktivitet", 2026, 2027, 2028],
        ["A", null, "ca. 5", "–"],
      ])
    );
    expect(m.years).toEqual([2026, 2027, 2028]);
    expect(m.activities[0].amounts).toEqual([0, null, 0]);
  });
});

describe("activity numbers", () => {
  it("without a Nr. column a leading number in the name is the number", () => {
    const m = model(
      grid([
        ["Aktivitet", 2026],
        ["9. Haven, Virkefeltet 16", 1],
        ["Skaberværelset", 2],
        ["10 Beskæftigelse for alle unge", 3],
        ["2026-puljen", 4],
      ])
    );
    expect(m.activities.map((a) => [a.nr, a.name])).toEqual([
      ["9", "Haven, Virkefeltet 16"],
      [undefined, "Skaberværelset"],
      ["10", "Beskæftigelse for alle unge"],
      [undefined, "2026-puljen"],
    ]);
  });

  it("with a Nr. column the name is kept as written", () => {
    const m = model(
      grid([
        ["Nr.", "Aktivitet", 2026],
        ["9", "9. Haven", 1],
      ])
    );
    expect([m.activities[0].nr, m.activities[0].name]).toEqual(["9", "9. Haven"]);
  });
});
