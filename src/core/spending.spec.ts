import { asGrid, edit, PLAN_2026, withAmount } from "../../tests/fixtures/plan2026";
import { withSpending, type SpendingColumnSpec } from "../../tests/fixtures/spending";
import { at as atOn, testSettings } from "../../tests/doubles/ruleTesting";
import { check } from "./check";
import { spendingBounds } from "./spendingBounds";
import { baselineFromReport, changedActivities, compare } from "./compare";
import type { Grid, Report } from "./types";

const SHEET = PLAN_2026.sheetName;
const at = (a1: string) => ({ ...atOn(a1), sheet: SHEET });

/** 2026 by 30.09.2026: one overspent, two not started (blank), one unreadable cell. */
const FORBRUG_2026: SpendingColumnSpec = {
  header: "Forbrug 2026 pr. 30.09.2026",
  spent: {
    Lommepengejob: 90_000,
    "Det gode valg": 160_000,
    "Tidlig foreningsstart": null,
    "Tingbjerg Challenge": 25_000,
    "Kulturaktiviteter under": 100_000,
    "Kultur på volden": 30_000,
    "Lys op": 40_000,
    Kvinder: 150_000,
    Haven: 200_000,
    Skaberværelset: 40_000,
    "Unge voksnes": 20_000,
    "Beskæftigelse for alle": 300_000,
    "Din fritid": "ca. 40.000",
    "Nyt mødested": null,
    Kommunikation: 250_000,
    Bylivs: 50_000,
    Sekretariat: 4_500,
  },
};

/** 2025's accounts (no date; a past year): as budgeted, but Tingbjerg Challenge spent nothing and Skaberværelset had no 2025 budget. */
const REGNSKAB_2025: SpendingColumnSpec = {
  header: "Regnskab 2025",
  spent: { "Tingbjerg Challenge": 0, Skaberværelset: 12_000 },
  otherwise: (k) => PLAN_2026.activities[k].amounts[0],
};

function reportOf(columns: SpendingColumnSpec[]): Report {
  const result = check(withSpending(asGrid(PLAN_2026), PLAN_2026, columns), testSettings);
  if (!result.ok) throw new Error("no table");
  return result.report;
}

describe("spending beside the budget", () => {
  const report = reportOf([REGNSKAB_2025, FORBRUG_2026]);

  it("reads the spending columns as spending, never as budget", () => {
    expect(report.years.map((y) => [y.year, y.total])).toEqual([
      [2025, 205_100_000],
      [2026, 244_700_000],
      [2027, 50_600_000],
      [2028, 47_600_000],
    ]);
    expect(report.blocks[0].spending).toEqual([
      { year: 2025, col: 10 },
      { year: 2026, col: 11, until: "2026-09-30" },
    ]);
  });

  it("per year: budget, spent, not yet spent, share spent and share of the year gone", () => {
    expect(report.spending?.years).toEqual([
      {
        year: 2025,
        budget: 205_100_000,
        budgetUnread: 0,
        unitConflict: false,
        spent: 205_100_000 - 2_500_000 + 1_200_000,
        notSpent: 2_500_000 - 1_200_000,
        shareSpent: (205_100_000 - 1_300_000) / 205_100_000,
        unread: 0,
      },
      {
        year: 2026,
        budget: 244_700_000,
        budgetUnread: 0,
        unitConflict: false,
        spent: 145_950_000,
        notSpent: 98_750_000,
        shareSpent: 145_950_000 / 244_700_000,
        until: "2026-09-30",
        shareOfYear: 273 / 365,
        unread: 1,
      },
    ]);
  });

  it("per activity: spent per spending year, null where the cell is unreadable", () => {
    const byName = (start: string) =>
      report.spending!.byActivity[report.activities.findIndex((a) => a.name.startsWith(start))];
    expect(byName("Det gode valg")).toEqual([17_000_000, 16_000_000]);
    expect(byName("Din fritid")).toEqual([12_000_000, null]);
    expect(byName("Nyt mødested")).toEqual([0, 0]);
  });

  it("finds overspending, spending without budget, unstarted activities and unreadable cells", () => {
    const spendingFindings = report.findings.filter((f) => f.code.startsWith("SPENT_"));
    expect(spendingFindings).toEqual([
      {
        code: "SPENT_OVER_BUDGET",
        severity: "warning",
        at: at("L5"),
        activityId: 1,
        activity: "Det gode valg",
        year: 2026,
        spent: 16_000_000,
        budget: 15_000_000,
      },
      {
        code: "SPENT_WITHOUT_BUDGET",
        severity: "warning",
        at: at("K13"),
        activityId: 9,
        activity: "Skaberværelset",
        year: 2025,
        spent: 1_200_000,
      },
      {
        code: "SPENT_NOT_A_NUMBER",
        severity: "warning",
        at: at("L16"),
        activityId: 12,
        activity: "Din fritid",
        year: 2026,
        value: { text: "ca. 40.000" },
      },
      {
        code: "SPENT_NOT_STARTED",
        severity: "info",
        at: at("L6"),
        activityId: 2,
        activity: "Tidlig foreningsstart",
        year: 2026,
        budget: 21_300_000,
        until: "2026-09-30",
      },
      {
        code: "SPENT_NOT_STARTED",
        severity: "info",
        at: at("K7"),
        activityId: 3,
        activity: "Tingbjerg Challenge",
        year: 2025,
        budget: 2_500_000,
      },
      {
        code: "SPENT_NOT_STARTED",
        severity: "info",
        at: at("L17"),
        activityId: 13,
        activity: "Nyt mødested midt i byggeriet",
        year: 2026,
        budget: 30_000_000,
        until: "2026-09-30",
      },
    ]);
  });

  it("by a date before mid-year nothing is 'not started' yet", () => {
    const early = reportOf([{ ...FORBRUG_2026, header: "Forbrug 2026 t.o.m. maj 2026" }]);
    expect(early.spending?.years[0]).toMatchObject({ until: "2026-05-31" });
    expect(early.findings.filter((f) => f.code === "SPENT_NOT_STARTED")).toEqual([]);
  });

  it("without a date, this year's spending is not judged as late", () => {
    const undated = reportOf([{ ...FORBRUG_2026, header: "Forbrug 2026" }]);
    expect(undated.spending?.years[0]).not.toHaveProperty("until");
    expect(undated.findings.filter((f) => f.code === "SPENT_NOT_STARTED")).toEqual([]);
  });

  it("a sheet without spending columns has no spending in its report", () => {
    const plain = check(asGrid(PLAN_2026), testSettings);
    expect(plain.ok && "spending" in plain.report).toBe(false);
    expect(plain.ok && plain.report.blocks[0]).not.toHaveProperty("spending");
  });
});

describe("spending in the sheet's unit", () => {
  it("a sheet in 1.000 kr. spends in 1.000 kr., exactly", () => {
    const thousands = {
      ...PLAN_2026,
      title: "Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)",
      activities: PLAN_2026.activities.map((a) => ({
        ...a,
        amounts: a.amounts.map((v) => (typeof v === "number" ? v / 1000 : v)),
      })),
    };
    const grid = withSpending(asGrid(thousands), thousands, [
      {
        header: "Forbrug 2026 pr. 30.09.2026",
        spent: { Haven: 212.5, "Det gode valg": "95,25", Lommepengejob: 0.001 },
      },
    ]);
    const result = check(grid, testSettings);
    if (!result.ok) throw new Error("no table");
    const y2026 = result.report.spending!.years[0];
    expect(y2026).toMatchObject({ year: 2026, budget: 244_700_000, spent: 30_775_100 });
    expect(result.report.findings.find((f) => f.code === "SPENT_OVER_BUDGET")).toMatchObject({
      activity: "Haven, Virkefeltet 16",
      spent: 21_250_000,
      budget: 21_000_000,
    });
  });
});

describe("changes since approval are about the plan", () => {
  it("spending, and findings about it, never show as a change", () => {
    const approved = baselineFromReport(reportOf([FORBRUG_2026]), "2026-01-15");
    expect(approved.findings.filter((f) => f.code.startsWith("SPENT_"))).toEqual([]);
    const later = reportOf([
      { ...FORBRUG_2026, spent: { ...FORBRUG_2026.spent, Haven: 400_000, Kommunikation: "?" } },
    ]);
    expect(later.findings.filter((f) => f.code.startsWith("SPENT_")).length).toBe(6);
    const changes = compare(approved, later);
    expect(changedActivities(changes)).toEqual([]);
    expect(changes.findings).toEqual({ new: [], resolved: [] });
    expect(changes.years.every((y) => y.delta === 0)).toBe(true);
  });
});

describe("rows outside the frame", () => {
  it("keep their spending per activity, out of the year's (as their budget is out of its total)", () => {
    const plan = edit(PLAN_2026, "Bylivs", { name: "Projektledelse (Sikker By, ½ årsværk)" });
    const grid = withSpending(asGrid(plan), plan, [
      { header: "Regnskab 2025", spent: { Projektledelse: 90_000 }, otherwise: () => 10_000 },
      { header: "Forbrug 2026", spent: { Projektledelse: "ca. 60.000" }, otherwise: () => 50_000 },
    ]);
    const result = check(grid, testSettings);
    if (!result.ok) throw new Error("no table");
    const { years, byActivity } = result.report.spending!;
    const pl = result.report.activities.find((a) => a.name.startsWith("Projektledelse"))!;
    expect(pl.outsideFrame).toBeDefined();
    expect(byActivity[pl.id]).toEqual([9_000_000, null]);
    // 16 activities in the frame; the frame's budget is 2.051.000 − 47.000 and 2.447.000 − 113.000.
    expect(years.map((y) => [y.year, y.budget, y.spent, y.notSpent, y.unread])).toEqual([
      [2025, 200_400_000, 16_000_000, 184_400_000, 0],
      [2026, 233_400_000, 80_000_000, 153_400_000, 0],
    ]);
  });
});

describe("a year whose budget misses amounts", () => {
  it("carries the year's unread budget amounts, so its figures are said as bounds", () => {
    const plan = withAmount(PLAN_2026, "Haven", 2026, "ca. 210.000");
    const result = check(
      withSpending(asGrid(plan), plan, [
        { header: "Forbrug 2026", spent: {}, otherwise: () => 50_000 },
      ]),
      testSettings
    );
    if (!result.ok) throw new Error("no table");
    const y2026 = result.report.years.find((y) => y.year === 2026)!;
    expect(y2026.unreadAmounts).toBe(1);
    const [spent] = result.report.spending!.years;
    expect(spent).toMatchObject({
      year: 2026,
      budget: y2026.total,
      budgetUnread: 1,
      unread: 0,
    });
    expect(spendingBounds(spent)).toMatchObject({
      budget: { bound: "atLeast" },
      notSpent: { bound: "atLeast" },
      shareSpent: { bound: "atMost" },
    });
  });
});

describe("a spending header that states a unit", () => {
  const sheet = (header: string): Grid => ({
    sheetName: SHEET,
    originRow: 0,
    originCol: 0,
    rows: [
      ["Beløb i kr."],
      [],
      ["Aktivitet", "2026", header],
      ["Haven", 100_000, 50],
      ["Lys op", 200_000, 100],
    ],
  });
  const reportOf = (header: string): Report => {
    const result = check(sheet(header), testSettings);
    if (!result.ok) throw new Error("no table");
    return result.report;
  };

  // Before, «Forbrug 2026 (1.000 kr.)» on a kroner sheet was read in kroner, unremarked:
  // «Forbrugt 150 kr. (0 %)» where 150.000 kr. (50 %) may be meant.
  it("another unit than the sheet's is a unit conflict: no share or rest is given", () => {
    const r = reportOf("Forbrug 2026 (1.000 kr.)");
    expect(r.findings.filter((f) => f.code === "UNIT_CONFLICT").map((f) => f.at)).toEqual([
      at("A1"),
      at("C3"),
    ]);
    const [y] = r.spending!.years;
    expect(y.unitConflict).toBe(true);
    expect(spendingBounds(y)).toMatchObject({ notSpent: "unknown", shareSpent: "unknown" });
  });

  it("the sheet's own unit is no conflict", () => {
    const r = reportOf("Forbrug 2026 (kr.)");
    expect(r.findings.filter((f) => f.code === "UNIT_CONFLICT")).toEqual([]);
    expect(r.spending!.years[0]).toMatchObject({ unitConflict: false, spent: 15_000 });
  });
});
