import { blocks2013 } from "../../tests/fixtures/grids/blocks2013";
import { budgetLines2026 } from "../../tests/fixtures/grids/budgetLines2026";
import { plan2026Overview } from "../../tests/fixtures/grids/plan2026Overview";
import { amountCell } from "./sheet/build";
import { check } from "./check";
import { findingMessage } from "./words/messages";
import { pos } from "../../tests/doubles/ruleTesting";
import { DEFAULT_FRAME_ORE } from "./settings";
import type { Report, Settings } from "./types";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };
const kr = (n: number) => Math.round(n * 100);
const year = (y: number, total: number, frame: number, compareOnly: boolean) => ({
  year: y,
  total: kr(total),
  frame: kr(frame),
  leftover: kr(frame - total),
  overFrame: !compareOnly && total > frame,
  compareOnly,
  unreadAmounts: 0,
  unitInDoubt: false,
  status: compareOnly ? "compareOnly" : total > frame ? "over" : "within",
});

function report(g: Parameters<typeof check>[0], s: Settings = settings): Report {
  const r = check(g, s);
  if (!r.ok) throw new Error(`no budget table on ${g.sheetName}`);
  return r.report;
}

describe("shape 1: the 2026 overview sheet", () => {
  const r = report(plan2026Overview);

  it("finds the plan year in its title row (before the sheet name) and every year column", () => {
    expect([r.planYear, r.planYearSource]).toEqual([2026, "title"]);
    expect(r.overview.years).toEqual([2025, 2026, 2027, 2028]);
  });

  it("totals, frame and leftover per year", () => {
    expect(r.years).toEqual([
      year(2025, 1801250, 1900000, true),
      year(2026, 2447000, 1900000, false),
      year(2027, 506000, 1900000, false),
      year(2028, 476000, 1900000, false),
    ]);
  });

  it("17 activities, sub-activities included, the I alt row not", () => {
    expect(r.activities.map((a) => a.nr ?? "-")).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "-",
      "-",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
    ]);
    const k = r.activities[14];
    expect(k).toMatchObject({
      name: "Kommunikation, dialog og synlighed",
      anchoring: "fixed",
      multiYear: true,
      amounts: [25000, 33000000, 33000000, 33000000],
    });
    expect(r.activities.filter((a) => a.multiYear).map((a) => [a.name, a.anchoring])).toEqual([
      ["Kvinder, job og fællesskab", "present"],
      ["Kommunikation, dialog og synlighed", "fixed"],
      ["Sekretariatsbetjening (mødeforplejning)", "missing"],
    ]);
  });

  it("the findings it must produce, in order", () => {
    const S = "'Tryghedsplan 2026'";
    expect(r.findings).toEqual([
      {
        code: "MULTI_YEAR_NO_ANCHOR",
        severity: "error",
        at: pos(`${S}!F20`),
        activityId: 16,
        activity: "Sekretariatsbetjening (mødeforplejning)",
        years: [2026, 2027, 2028],
        anchoringText: "-",
      },
      {
        code: "OVER_FRAME",
        severity: "error",
        at: pos(`${S}!H21`),
        year: 2026,
        total: 244700000,
        frame: 190000000,
        over: 54700000,
      },
      {
        code: "AMBIGUOUS_NUMBER",
        severity: "warning",
        at: pos(`${S}!G18`),
        activityId: 14,
        activity: "Kommunikation, dialog og synlighed",
        year: 2025,
        text: "250,000",
        reading: "da",
        used: 25000,
        other: 25000000,
      },
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: pos(`${S}!G21`),
        year: 2025,
        stated: 205100000,
        computed: 180125000,
        difference: 24975000,
      },
      // 13 of 17: "Alle partnerskabets parter" (Kommunikation) is the whole partnership.
      {
        code: "PARTNERS_SHARE",
        severity: "info",
        at: pos(`${S}!E3`),
        year: 2026,
        withTwo: 13,
        total: 17,
        share: 13 / 17,
        target: 0.75,
        separators: ["semicolon"],
      },
      {
        code: "FIXED_GRANT",
        severity: "info",
        at: pos(`${S}!F18`),
        activityId: 14,
        activity: "Kommunikation, dialog og synlighed",
        years: [2026, 2027, 2028],
        text: "Fast 4-årig bevilling",
      },
    ]);
  });

  it("the overview carries each activity's findings and the area subtotals", () => {
    const row = r.overview.rows.find((x) => x.name === "Kommunikation, dialog og synlighed")!;
    expect(row.findings.map((f) => f.code)).toEqual(["AMBIGUOUS_NUMBER", "FIXED_GRANT"]);
    const y2026 = r.overview.years.indexOf(2026);
    expect(y2026).toBeGreaterThanOrEqual(0);
    expect(r.overview.areaSubtotals.map((a) => [a.area, a.amounts[y2026]])).toEqual([
      ["Uddannelse og beskæftigelse", kr(675000)],
      ["Positive fællesskaber", kr(898000)],
      ["Aktive byrum", kr(538000)],
      ["Kommunikation, dialog og synlighed", kr(330000)],
      // Sekretariatsbetjening (6.000 kr.) has no focus area in the plan: its own subtotal.
      [null, kr(6000)],
    ]);
    // The subtotals of every year sum to its total.
    r.overview.years.forEach((year, i) => {
      const sum = r.overview.areaSubtotals.reduce((s, a) => s + a.amounts[i], 0);
      expect([year, sum]).toEqual([year, r.years.find((y) => y.year === year)!.total]);
    });
    expect(r.overview.totals).toBe(r.years);
  });

  it("a planned year before the columns' first one is taken from the settings", () => {
    const r2 = report(plan2026Overview, { ...settings, planYear: 2027 });
    expect([r2.planYear, r2.planYearSource]).toEqual([2027, "settings"]);
    expect(r2.years.map((y) => y.compareOnly)).toEqual([true, true, false, false]);
    expect(r2.findings.find((f) => f.code === "OVER_FRAME")).toBeUndefined();
  });
});

describe("shape 2: budget lines with merged activity names", () => {
  const r = report(budgetLines2026);

  it("sums each activity's lines, not its I alt line", () => {
    expect([r.planYear, r.planYearSource]).toEqual([2026, "title"]);
    expect(r.overview.years).toEqual([2025, 2026, 2027, 2028]);
    expect(r.activities.map((a) => [a.name, a.amounts[1], a.amounts[2]])).toEqual([
      ["Tidlig foreningsstart", kr(213000), kr(213000)],
      ["Kulturaktiviteter under åben himmel", kr(125000), 0],
      ["Kultur på volden / søndagspicnic", kr(60000), kr(60000)],
    ]);
    expect(amountCell(r, r.activities[0], 2026)).toBe("Aktiviteter!E8");
    expect(r.years).toEqual([
      year(2025, 150000, 1900000, true),
      year(2026, 398000, 1900000, false),
      year(2027, 273000, 1900000, false),
      year(2028, 0, 1900000, false),
    ]);
  });

  it("checks the I alt line and the block total, and the anchoring of multi-year grants", () => {
    expect(r.findings).toEqual([
      {
        code: "MULTI_YEAR_NO_ANCHOR",
        severity: "error",
        at: pos("Aktiviteter!C13"),
        activityId: 2,
        activity: "Kultur på volden / søndagspicnic",
        years: [2026, 2027],
        anchoringText: "nej",
      },
      // Typed as text in the sheet: counted here, skipped by the sheet's own SUM.
      {
        code: "TEXT_AMOUNT",
        severity: "warning",
        at: pos("Aktiviteter!D10"),
        activityId: 1,
        activity: "Kulturaktiviteter under åben himmel",
        year: 2025,
        text: "150.000",
        amount: 15000000,
      },
      {
        code: "TEXT_AMOUNT",
        severity: "warning",
        at: pos("Aktiviteter!E10"),
        activityId: 1,
        activity: "Kulturaktiviteter under åben himmel",
        year: 2026,
        text: "125.000",
        amount: 12500000,
      },
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: pos("Aktiviteter!F16"),
        activityId: 2,
        activity: "Kultur på volden / søndagspicnic",
        year: 2027,
        stated: 5000000,
        computed: 6000000,
        difference: 1000000,
      },
      {
        code: "TOTAL_MISMATCH",
        severity: "warning",
        at: pos("Aktiviteter!F17"),
        year: 2027,
        stated: 28800000,
        computed: 27300000,
        difference: 1500000,
      },
    ]);
  });
});

describe("shape 3: several blocks (2013 plan)", () => {
  const r = report(blocks2013);

  it("reads three blocks with their titles, skips I alt and Resterende rows", () => {
    expect(r.blocks.map((b) => [b.headerRow, b.endRow, b.title])).toEqual([
      [2, 7, "Aktiviteter under indsatsområde 1 – økonomisk ramme"],
      [9, 15, "Aktiviteter under indsatsområde 3 – økonomisk ramme"],
      [17, 21, "Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem"],
    ]);
    expect(r.activities).toHaveLength(9);
    expect([r.planYear, r.planYearSource]).toEqual([2013, "title"]);
  });

  it("1.490.000 kr. allocated in 2013, as the plan says", () => {
    expect(r.years).toEqual([
      year(2013, 1490000, 1900000, false),
      year(2014, 1030000, 1900000, false),
      year(2015, 620000, 1900000, false),
      year(2016, 620000, 1900000, false),
    ]);
    // With the 2013 frame of 2.000.000 kr. the leftover is the plan's 510.000 kr.
    const r2 = report(blocks2013, { ...settings, defaultFrame: kr(2000000) as never });
    expect(r2.years[0].leftover).toBe(kr(510000));
  });

  it("no anchoring column in 2013: one warning naming each multi-year grant with its cell", () => {
    const [noColumn, ...rest] = r.findings;
    expect(noColumn).toMatchObject({
      code: "NO_ANCHOR_COLUMN",
      severity: "warning",
      at: pos("Ark1!B3"),
      count: 6,
    });
    expect(findingMessage(noColumn, "da")).toBe(
      "6 aktiviteter har flerårige bevillinger, men arket har ingen kolonne til forankringsplan. Tilføj en kolonne «Forankringsplan», så det kan tjekkes. Flerårige bevillinger: «Skoleindsats ”Det gode valg”» (B5), «Dialog med beboerne» (B11), «Akutpulje» (B12), «Beboercentrum» (B13), «Tovholder for dialog og aktivt medborgerskab» (B14), «Kommunikationsindsats» (B19)."
    );
    // The 2013 plan typed its amounts as text ("40.000"): each is counted and reported.
    expect(rest.map((f) => f.code)).toEqual(Array(21).fill("TEXT_AMOUNT"));
  });
});

describe("unusable grids", () => {
  it("says NO_BUDGET_TABLE, never throws", () => {
    expect(
      check(
        { sheetName: "Noter", originRow: 0, originCol: 0, rows: [["Referat"], ["x", 1]] },
        settings
      )
    ).toEqual({
      ok: false,
      reason: "NO_BUDGET_TABLE",
      sheet: "Noter",
    });
    expect(check({ sheetName: "Tom", originRow: 0, originCol: 0, rows: [] }, settings).ok).toBe(
      false
    );
  });
});
