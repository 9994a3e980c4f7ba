import { check } from "../../check";
import type { CellValue, Report } from "../../types";
import { asRows, edit, PLAN_2026, withAmount } from "../../../../tests/fixtures/plan2026";
import { grid, testSettings } from "../../../../tests/doubles/ruleTesting";

const PM = "Projektledelse (Sikker By, ½ årsværk)";

function reportOf(rows: CellValue[][]): Report {
  const r = check(grid(rows), testSettings);
  if (!r.ok) throw new Error("no budget table");
  return r.report;
}

const year = (r: Report, y: number) => r.years.find((s) => s.year === y)!;

describe("OUTSIDE_FRAME: rows not paid from the frame", () => {
  // The plan with 2.337.000 kr. in 2026 (Nyt mødested at 190.000), and project management below.
  const plan = withAmount(PLAN_2026, "Nyt mødested", 2026, 190_000);
  const planRows = asRows(plan, { title: null });
  const pmRow: CellValue[] = [
    16,
    PM,
    null,
    "Sikker By",
    null,
    null,
    310_000,
    310_000,
    310_000,
    310_000,
  ];

  it("project management is summed apart: 2026 is 437.000 kr. over the frame, not 747.000 kr.", () => {
    const r = reportOf([...planRows, pmRow]);
    const y2026 = year(r, 2026);
    expect(y2026.total).toBe(233_700_000);
    expect(y2026.leftover).toBe(-43_700_000);
    expect(y2026.outsideFrame).toBe(31_000_000);
    expect(r.findings.find((f) => f.code === "OVER_FRAME")).toMatchObject({
      year: 2026,
      total: 233_700_000,
      over: 43_700_000,
    });
    const pm = r.activities.find((a) => a.name === PM)!;
    expect(pm.outsideFrame).toEqual({ reason: "projectManagement", text: PM, col: 1 });
    expect(r.findings.filter((f) => f.code === "OUTSIDE_FRAME")).toEqual([
      {
        code: "OUTSIDE_FRAME",
        severity: "info",
        at: { sheet: "Plan", row: 18, col: 1 },
        activityId: pm.id,
        activity: PM,
        reason: "projectManagement",
        text: PM,
        amounts: [2026, 2027, 2028].map((y) => ({ year: y, amount: 31_000_000 })),
      },
    ]);
    // Not a grant of the plan: no anchoring plan asked for, not in the partners share.
    expect(
      r.findings.filter((f) => f.code === "MULTI_YEAR_NO_ANCHOR").map((f) => f.activity)
    ).not.toContain(PM);
    expect(r.findings.find((f) => f.code.startsWith("PARTNERS"))).toMatchObject({ total: 17 });
    // Shown apart in the overview: its rows and subtotals still add up to the year's total.
    expect(r.overview.rows.map((o) => o.name)).not.toContain(PM);
    expect(r.overview.outsideFrame?.map((o) => o.name)).toEqual([PM]);
    const k = r.overview.years.indexOf(2026);
    const subtotals = r.overview.areaSubtotals.reduce((s, a) => s + a.amounts[k], 0);
    expect(subtotals).toBe(233_700_000);
  });

  it("a stated I alt with or without the row outside the frame agrees", () => {
    const sums = [2_051_000, 2_337_000, 506_000, 476_000];
    const withPm = sums.map((s) => s + 310_000);
    const label = (text: string, v: number[]): CellValue[] => [
      null,
      text,
      null,
      null,
      null,
      null,
      ...v,
    ];
    for (const total of [sums, withPm]) {
      const r = reportOf([...planRows, pmRow, label("I alt", total)]);
      expect(r.findings.filter((f) => f.code === "TOTAL_MISMATCH")).toEqual([]);
    }
    const wrong = reportOf([
      ...planRows,
      pmRow,
      label(
        "I alt",
        sums.map((s) => s + 1_000)
      ),
    ]);
    expect(wrong.findings.filter((f) => f.code === "TOTAL_MISMATCH")).toHaveLength(4);
  });

  it("a remark or a Ramme column that says so keeps a row out; the cell is named", () => {
    const r = reportOf([
      ["Aktivitet", "Ramme", "Bemærkning", 2026],
      ["Tryghedsvandring", null, "Finansieres udenfor rammen (Sikker By)", 40_000],
      ["Sommerfest", "Nej", null, 60_000],
      ["Haven", "Ja", null, 100_000],
      ["Lommepengejob", null, "Inden for rammen", 120_000],
    ]);
    expect(r.activities.map((a) => a.outsideFrame)).toEqual([
      { reason: "marked", text: "Finansieres udenfor rammen (Sikker By)", col: 2 },
      { reason: "frameColumn", text: "Nej", col: 1 },
      undefined,
      undefined,
    ]);
    expect(year(r, 2026)).toMatchObject({ total: 22_000_000, outsideFrame: 10_000_000 });
    expect(
      r.findings.filter((f) => f.code === "OUTSIDE_FRAME").map((f) => [f.at, f.activity])
    ).toEqual([
      [{ sheet: "Plan", row: 1, col: 2 }, "Tryghedsvandring"],
      [{ sheet: "Plan", row: 2, col: 1 }, "Sommerfest"],
    ]);
  });

  it("a remark far to the right, in a sparse row (one value in XFD), is found among the cells present", () => {
    const XFD = 16_383;
    const remarkRow: CellValue[] = ["Tryghedsvandring", 40_000];
    remarkRow[XFD] = "Uden for rammen";
    const stray: CellValue[] = ["Haven", 100_000];
    stray[XFD] = 1;
    const r = reportOf([["Aktivitet", 2026], remarkRow, stray]);
    expect(r.activities.map((a) => a.outsideFrame)).toEqual([
      { reason: "marked", text: "Uden for rammen", col: XFD },
      undefined,
    ]);
    expect(year(r, 2026)).toMatchObject({ total: 10_000_000, outsideFrame: 4_000_000 });
  });

  it("an ordinary activity whose name merely mentions management stays inside the frame", () => {
    const names = [
      "Ledelse af Haven",
      "Netværk for projektledere",
      "Projekt Perspektiv",
      "Sikker By ledelsesforum",
      "Projektledelsesværktøj til foreninger",
      "Rammeaftale med Brønshøj Boldklub",
    ];
    const r = reportOf([["Aktivitet", 2026], ...names.map((n) => [n, 10_000])]);
    expect(r.activities.filter((a) => a.outsideFrame)).toEqual([]);
    expect(year(r, 2026).total).toBe(6_000_000);
    expect(year(r, 2026).outsideFrame).toBeUndefined();
  });

  it("a plan without such rows has no outside-frame figure", () => {
    const r = reportOf(asRows(edit(plan, "Haven", { partners: "fsb" }), { title: null }));
    expect(r.years.every((y) => y.outsideFrame === undefined)).toBe(true);
    expect(r.overview.outsideFrame).toEqual([]);
  });
});
