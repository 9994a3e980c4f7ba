import {
  APPROVED,
  planReport,
  REVISIONS,
  type PlanRow,
} from "../../../tests/fixtures/compare/revisions";
import { overviewCsv } from "./csv";
import { overviewSheetPlan, type OverviewSheetPlan } from "./overviewSheet";
import type { Report } from "../types";
import { baselineFromReport } from "../compare/baseline";
import { compare } from "../compare/compare";

const report = (plan: PlanRow[]): Report => planReport(plan);

const now = report(
  REVISIONS.moneyBetweenActivities().filter((r) => r.name !== "Tryghedsvandringer")
);
const changes = compare(baselineFromReport(report(APPROVED), "2025-12-12"), now);

const at = (plan: OverviewSheetPlan, address: string) =>
  plan.cells.find((c) => c.address === address);

describe("the overview sheet's section 'Ændringer siden godkendt'", () => {
  const plain = overviewSheetPlan(now.overview, "da");
  const plan = overviewSheetPlan(now.overview, "da", { changes });
  const totalRow = plan.years[0].totalCell.replace(/\D/g, "");
  /** 1-based sheet row of the section's title; `c.row` is 0-based (top - 1). */
  const top =
    (plan.cells.find((c) => c.value === "Ændringer siden godkendt 12-12-2025")?.row ?? -2) + 1;
  const lastTableRow = Number(plan.table.ref.split(":")[1].replace(/\D/g, ""));
  const col = plan.years[0].column;

  it("sits below the table and its subtotals, and the chart moves below it", () => {
    expect(top).toBeGreaterThan(lastTableRow + 1);
    expect(at(plan, `B${top - 2}`)).toBeDefined(); // the last subtotal row, then one blank
    expect(at(plan, `B${top}`)?.value).toBe("Ændringer siden godkendt 12-12-2025");
    expect(Number(plan.chart.topLeft.slice(1))).toBeGreaterThan(
      Number(plain.chart.topLeft.slice(1)) + 5
    );
    expect(plain.cells.some((c) => c.value === "Ændringer siden godkendt 12-12-2025")).toBe(false);
  });

  it("per year: approved total, now (the summary's total), change", () => {
    expect(at(plan, `${col}${top + 1}`)?.value).toBe(1900000);
    expect(at(plan, `${col}${top + 2}`)).toMatchObject({
      value: 1800000,
      formula: `${col}${totalRow}`,
    });
    expect(at(plan, `${col}${top + 3}`)).toMatchObject({
      value: -100000,
      formula: `${col}${top + 2}-${col}${top + 1}`,
    });
  });

  it("each changed activity with its change per year", () => {
    const rows = plan.cells.filter((c) => c.row >= top + 4 && c.col === 1).map((c) => c.value);
    expect(rows).toEqual(["Aktivitet", "Lommepengejob", "Natteravne", "Tryghedsvandringer"]);
    expect(plan.cells.filter((c) => c.row >= top + 4 && c.col === 2).map((c) => c.value)).toEqual([
      "Status",
      "Ændret",
      "Ændret",
      "Fjernet",
    ]);
    // Header on sheet row top+5, then Lommepengejob, Natteravne, Tryghedsvandringer (removed).
    expect(at(plan, `${col}${top + 6}`)?.value).toBe(-50000);
    expect(at(plan, `${col}${top + 8}`)?.value).toBe(-100000);
  });

  it("in English too", () => {
    const en = overviewSheetPlan(now.overview, "en", { changes });
    expect(at(en, `B${top}`)?.value).toBe("Changes since approval 12-12-2025");
  });
});

describe("the CSV with a baseline", () => {
  const lines = overviewCsv(now.overview, "da", changes).split("\r\n");

  it("has a change column per year, blank where nothing changed", () => {
    expect(lines[0].endsWith(";Ændring 2026;Ændring 2027;Ændring 2028")).toBe(true);
    expect(lines[1]).toMatch(/^1;Lommepengejob;.*;-50000;;$/);
    expect(lines[2]).toMatch(/^2;Det gode valg;.*;;;$/);
  });

  it("lists a removed activity as a row of its own", () => {
    expect(lines.find((l) => l.includes("Tryghedsvandringer"))).toMatch(
      /^6;Tryghedsvandringer \(fjernet\);Aktive byrum;.*;-100000;;$/
    );
  });

  it("is unchanged without a baseline", () => {
    expect(overviewCsv(now.overview, "da").split("\r\n")[0]).not.toContain("Ændring");
  });
});
