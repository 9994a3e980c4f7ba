// Long lists read into the model a wide table gives: grouping, per-year sums, units, totals rows,
// outside-frame rows, first values filling in, and the cells findings point at.
import { grid, testSettings } from "../../../../tests/doubles/ruleTesting";
import { check } from "../../check";
import type { CellValue, Report, Settings } from "../../types";
import { amountCell, buildModel } from "../build";

const HEADER = ["Nr.", "Aktivitet", "Indsatsområde", "År", "Beløb (kr.)", "Forankringsplan"];

function report(rows: CellValue[][], settings: Settings = testSettings): Report {
  const r = check(grid(rows), settings);
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe("a long list, one row per activity and year", () => {
  const rows: CellValue[][] = [
    ["Tryghedsplan 2026"],
    HEADER,
    [1, "Lommepengejob", "Uddannelse og beskæftigelse", 2026, 120000, "Ja"],
    [1, "Lommepengejob", null, 2027, 100000, null],
    [2, "Natteravne", "Aktive byrum", 2026, 6000, null],
    [1, "Lommepengejob", null, 2028, 50000, null],
    [3, "Natteravne", "Aktive byrum", 2026, 1000, null],
    ["I alt", null, null, 2026, 127000, null],
  ];

  it("groups rows by Nr. and name (not adjacent), sums per year, the same name with another Nr. apart", () => {
    const r = report(rows);
    expect(r.years.map((y) => [y.year, y.total])).toEqual([
      [2026, 12_700_000],
      [2027, 10_000_000],
      [2028, 5_000_000],
    ]);
    expect(r.activities.map((a) => [a.nr, a.name, a.area, a.amounts, a.row])).toEqual([
      ["1", "Lommepengejob", "Uddannelse og beskæftigelse", [12_000_000, 10_000_000, 5_000_000], 2],
      ["2", "Natteravne", "Aktive byrum", [600_000, null, null], 4],
      ["3", "Natteravne", "Aktive byrum", [100_000, null, null], 6],
    ]);
    expect(r.blocks[0].list).toEqual({ yearCol: 3, amountCol: 4 });
    // The I alt row is no activity; it states 2026 right, so no TOTAL_MISMATCH.
    expect(r.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
    expect(r.activities[0].anchoring).toBe("present");
  });

  it("a year's amount cell is the row that holds it", () => {
    const m = buildModel(grid(rows), testSettings)!;
    const a = m.activities[0];
    expect(amountCell(m, a, 2027)).toBe("Plan!E4");
    expect(amountCell(m, a, 2028)).toBe("Plan!E6");
    expect(amountCell(m, m.activities[1], 2027)).toBeUndefined();
  });

  it("reads the unit from the amount header: Beløb (1.000 kr.)", () => {
    const r = report([
      ["Aktivitet", "År", "Beløb (1.000 kr.)"],
      ["A", 2026, 120.5],
      ["A", 2027, 0.006],
    ]);
    expect(r.unit).toEqual({ unit: "1000", source: "header", cell: "Plan!C1" });
    expect(r.activities[0].amounts).toEqual([12_050_000, 600]);
  });

  it("budget lines are summed; an activity's I alt line is checked, not added", () => {
    const r = report([
      ["Aktivitet", "År", "Budgetpost", "Beløb"],
      ["A", 2026, "Lønmidler", 100000.25],
      ["A", 2026, "Aktivitetsmidler", 20000.5],
      ["A", 2026, "I alt", 120100],
      ["A", 2027, "Lønmidler", 50000],
    ]);
    expect(r.activities.map((a) => a.amounts)).toEqual([[12_000_075, 5_000_000]]);
    const mismatch = r.findings.find((f) => f.code === "TOTAL_MISMATCH");
    expect(mismatch).toMatchObject({
      at: { row: 3, col: 3 },
      stated: 12_010_000,
      computed: 12_000_075,
      activityId: 0,
    });
  });

  it("a blank activity cell continues the activity above; blank later cells are no conflict", () => {
    const r = report([
      ["Aktivitet", "Indsatsområde", "Samarbejdspartnere", "År", "Beløb"],
      ["A", "Aktive byrum", null, 2026, 1000],
      [null, null, "fsb; SAB", 2027, 2000],
    ]);
    expect(r.activities.map((a) => [a.name, a.area, a.partners, a.amounts])).toEqual([
      ["A", "Aktive byrum", ["fsb", "SAB"], [100_000, 200_000]],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("LIST_CONFLICT");
  });

  it("a row marked outside the frame in a later row is kept out, pointing at that row", () => {
    const r = report([
      ["Aktivitet", "År", "Beløb", "Bemærkning"],
      ["A", 2026, 1000, null],
      ["B", 2026, 5000, null],
      ["B", 2027, 5000, "Finansieres uden for rammen"],
    ]);
    expect(r.years.map((y) => [y.total, y.outsideFrame])).toEqual([
      [100_000, 500_000],
      [0, 500_000],
    ]);
    const f = r.findings.find((x) => x.code === "OUTSIDE_FRAME");
    expect(f?.at).toEqual({ sheet: "Plan", row: 3, col: 3 });
  });

  it("rows that disagree in the Ramme column: inside the frame, in doubt, and a conflict", () => {
    // «Nej» first, «Ja» later: not held out on the first row's word; a year it decides is uncertain.
    const r = report([
      ["Aktivitet", "Ramme", "År", "Beløb"],
      ["A", "Ja", 2026, 1_500_000],
      ["B", "Nej", 2026, 300_000],
      ["B", "Ja", 2027, 300_000],
      ["C", "Nej", 2026, 200_000],
      ["C", "Uden for rammen", 2027, 200_000],
    ]);
    const b = r.activities.find((a) => a.name === "B")!;
    expect([b.outsideFrame, b.frameInDoubt]).toEqual([undefined, true]);
    // «Nej» and «Uden for rammen» mean the same: C is outside, with no conflict.
    const c = r.activities.find((a) => a.name === "C")!;
    expect([c.outsideFrame?.reason, c.frameInDoubt]).toEqual(["frameColumn", undefined]);
    expect(r.years.map((y) => [y.year, y.total, y.frameInDoubt, y.status, y.margin])).toEqual([
      [2026, 180_000_000, 30_000_000, "within", 10_000_000],
      [2027, 30_000_000, 30_000_000, "within", 160_000_000],
    ]);
    const found = r.findings.filter((f) => f.code === "LIST_CONFLICT");
    expect(found).toEqual([
      expect.objectContaining({
        role: "frame",
        value: "Ja",
        at: { sheet: "Plan", row: 3, col: 1 },
        first: { sheet: "Plan", row: 2, col: 1 },
        firstValue: "Nej",
      }),
    ]);
  });

  it("the amount in doubt decides: uncertain where it does, over only if over without it", () => {
    const rows = (a: number): CellValue[][] => [
      ["Aktivitet", "Ramme", "År", "Beløb"],
      ["A", "Ja", 2026, a],
      ["B", "Ja", 2026, 300_000],
      ["B", "Nej", 2027, 0],
    ];
    const year = (a: number) => report(rows(a)).years[0];
    expect([year(1_700_000).status, year(1_700_000).margin]).toEqual(["uncertain", undefined]);
    expect([year(2_000_000).status, year(2_000_000).margin]).toEqual(["over", 10_000_000]);
    expect(year(2_000_000).overFrame).toBe(true);
  });

  it("a column mapping whose header row heads a list: read as the list, not one year's column", () => {
    // Mapped as a table, «2026» over the Beløb column summed 2027's 200.000 kr. into 2026.
    const rows: CellValue[][] = [
      ["Tryghedsplan 2026"],
      ["Nr.", "Aktivitet", "År", "Beløb (kr.)"],
      [1, "A", 2026, 100_000],
      [1, "A", 2027, 200_000],
      [2, "B", 2026, 300_000],
    ];
    const columns = { headerRow: 2, roles: { activity: "B" }, years: { "2026": "D" } };
    const r = report(rows, { ...testSettings, columns });
    expect(r.blocks[0].list).toEqual({ yearCol: 2, amountCol: 3 });
    expect(r.years.map((y) => [y.year, y.total])).toEqual([
      [2026, 40_000_000],
      [2027, 20_000_000],
    ]);
  });

  it("a wide table on the sheet wins over a list", () => {
    const r = report([
      ["Aktivitet", 2026, 2027],
      ["A", 1000, 2000],
      [],
      ["Aktivitet", "År", "Beløb"],
      ["B", 2026, 5000],
    ]);
    expect(r.blocks[0].list).toBeUndefined();
  });

  it("reads the README's example as the README says", () => {
    const r = report([
      [
        "Nr.",
        "Aktivitet",
        "Indsatsområde",
        "År",
        "Budgetpost",
        "Beløb (1.000 kr.)",
        "Forankringsplan",
      ],
      [1, "Lommepengejob", "Uddannelse …", 2026, "Lønmidler", 100, "Ja, se bilag"],
      [1, "Lommepengejob", null, 2026, "Aktivitetsmidler", 20, null],
      [2, "Haven", "Aktive byrum", 2026, "Lønmidler", 50, null],
      [1, "Lommepengejob", null, 2027, "Lønmidler", 100, null],
    ]);
    expect(r.activities.map((a) => [a.name, a.amounts, a.multiYear, a.anchoring])).toEqual([
      ["Lommepengejob", [12_000_000, 10_000_000], true, "present"],
      ["Haven", [5_000_000, null], false, "notNeeded"],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
