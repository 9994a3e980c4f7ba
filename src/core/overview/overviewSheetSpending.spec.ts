// The overview sheet plan on a sheet with spending: "Forbrug ÅÅÅÅ" and "Rest ÅÅÅÅ" after the budget
// years, summed like them (I alt, subtotals per focus area, the rows outside the frame), the date
// and the sign said under the year summary; a sheet without spending gets none of it.
import { asGrid, edit, PLAN_2026 } from "../../../tests/fixtures/plan2026";
import { OVERVIEW_SPENDING, withSpending } from "../../../tests/fixtures/spending";
import { testSettings } from "../../../tests/doubles/ruleTesting";
import { check } from "../check";
import type { Grid, Overview } from "../types";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "./overviewNames";
import { overviewSheetPlan } from "./overviewSheet";
import type { OverviewSheetPlan } from "./overviewSheetTypes";
import type { Plan } from "../../../tests/fixtures/plan2026";

function overviewOf(plan: Plan, spending = OVERVIEW_SPENDING): Overview {
  const grid = spending.length ? withSpending(asGrid(plan), plan, spending) : asGrid(plan);
  const result = check(grid, testSettings);
  if (!result.ok) throw new Error("no table");
  return result.report.overview;
}

const at = (plan: OverviewSheetPlan, address: string) =>
  plan.cells.find((c) => c.address === address);
const column = (plan: OverviewSheetPlan, key: string) =>
  plan.table.columns.findIndex((c) => c.key === key);
const row = (plan: OverviewSheetPlan, name: string) =>
  plan.table.rows.find((r) => String(r[1]).startsWith(name))!;

describe("the overview sheet with spending", () => {
  const plan = overviewSheetPlan(overviewOf(PLAN_2026), "da");

  it("puts Forbrug (and Rest where the year has budget) after the budget years, year by year", () => {
    expect(plan.table.columns.map((c) => c.header).slice(5, 14)).toEqual([
      "2025",
      "2026",
      "2027",
      "2028",
      "Forbrug 2024",
      "Forbrug 2025",
      "Rest 2025",
      "Forbrug 2026",
      "Rest 2026",
    ]);
    expect(plan.table.ref).toBe("A11:Q28");
    const spending = plan.table.columns.filter((c) => c.spending !== undefined);
    expect(spending.map((c) => [c.key, c.spending, c.numFmt])).toEqual([
      ["spent2024", "spent", KRONER_FORMAT],
      ["spent2025", "spent", KRONER_FORMAT],
      ["rest2025", "rest", LEFTOVER_FORMAT],
      ["spent2026", "spent", KRONER_FORMAT],
      ["rest2026", "rest", LEFTOVER_FORMAT],
    ]);
    // The plan is data: no fill function or note leaks into its columns.
    expect(JSON.parse(JSON.stringify(plan.table.columns))).toEqual(plan.table.columns);
  });

  it("fills each row: spent, and rest = budget − spent only where both are known", () => {
    const [f24, f25, r25, f26, r26] = [
      "spent2024",
      "spent2025",
      "rest2025",
      "spent2026",
      "rest2026",
    ].map((k) => column(plan, k));
    const pick = (name: string) => [f24, f25, r25, f26, r26].map((i) => row(plan, name)[i]);
    expect(pick("Haven")).toEqual([100_000, 280_000, 0, 250_000, -40_000]);
    expect(pick("Tingbjerg Challenge")).toEqual([1_000, 0, 25_000, 50_000, -25_000]);
    // "ca. 40.000" in 2026: no spending figure, so no rest either (its finding is in the remarks).
    expect(pick("Din fritid")).toEqual([1_000, 120_000, 0, null, null]);
    // No 2025 budget (a blank budget cell is 0) and a blank spending cell: nothing spent, 0 left.
    expect(pick("Nyt mødested")).toEqual([1_000, 0, 0, 50_000, 250_000]);
  });

  it("sums every spending column on I alt with SUM over the table; notes the date and the sign", () => {
    const sums = ["J", "K", "L", "M", "N"].map((c) => at(plan, `${c}6`));
    expect(sums.map((c) => [c?.value, c?.formula])).toEqual([
      [116_000, "SUM(J12:J28)"],
      [2_026_000, "SUM(K12:K28)"],
      [25_000, "SUM(L12:L28)"],
      [1_000_000, "SUM(M12:M28)"],
      [1_327_000, "SUM(N12:N28)"],
    ]);
    expect(sums.map((c) => c?.numFmt)).toEqual([
      KRONER_FORMAT,
      KRONER_FORMAT,
      LEFTOVER_FORMAT,
      KRONER_FORMAT,
      LEFTOVER_FORMAT,
    ]);
    expect(["J", "K", "L", "M", "N"].map((c) => at(plan, `${c}5`)?.value)).toEqual([
      "Forbrug 2024",
      "Forbrug 2025",
      "Rest 2025",
      "Forbrug 2026",
      "Rest 2026",
    ]);
    expect(["J", "K", "L", "M", "N"].map((c) => at(plan, `${c}9`)?.value)).toEqual([
      "(intet budget)",
      undefined,
      "budget − forbrug",
      "pr. 30.09.2026",
      "budget − forbrug",
    ]);
    // Din fritid's 2026 spending «ca. 40.000» is not read: Forbrug's I alt is at least, and Rest's
    // leaves the activity out (before, both sums stood there with nothing said).
    expect(["J", "K", "L", "M", "N"].map((c) => at(plan, `${c}10`)?.value)).toEqual([
      undefined,
      undefined,
      undefined,
      "mindst (1 celle ulæst)",
      "1 aktivitet udeladt",
    ]);
    // Ramme and Restbeløb are the budget years' only: nothing under the spending columns.
    expect(["J7", "J8", "N7", "N8"].map((a) => at(plan, a))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("subtotals per focus area (Uden indsatsområde last) with SUMIF, adding up to I alt", () => {
    const first = plan.cells.find((c) => c.value === "I alt pr. indsatsområde")!.row + 1;
    const none = plan.cells.find((c) => c.value === "Uden indsatsområde")!.row;
    for (const col of ["J", "K", "L", "M", "N"]) {
      const subs = plan.cells.filter(
        (c) => c.row >= first && c.row <= none && c.address.startsWith(col)
      );
      expect(subs).toHaveLength(none - first + 1);
      expect(subs.reduce((s, c) => s + Number(c.value), 0)).toBe(at(plan, `${col}6`)?.value);
      expect(subs[0].formula).toBe(
        `SUMIF($C$12:$C$28,"Uddannelse og beskæftigelse",$${col}$12:$${col}$28)`
      );
    }
    // Sekretariatsbetjening, the one activity without an area: 6.000 kr. budget, 50.000 kr. spent.
    expect(at(plan, `M${none + 1}`)?.value).toBe(50_000);
    expect(at(plan, `N${none + 1}`)?.value).toBe(-44_000);
  });

  it("leaves the budget years, chart and names where they were", () => {
    const plain = overviewSheetPlan(overviewOf(PLAN_2026, []), "da");
    expect(plan.chart).toEqual(plain.chart);
    expect(plan.definedNames).toEqual(plain.definedNames);
    expect(plan.years).toEqual(plain.years);
    expect(plan.freezeRows).toBe(plain.freezeRows);
    expect(plan.ignoredNumberAsText).toEqual(plain.ignoredNumberAsText);
    const budget = (p: OverviewSheetPlan) => p.cells.filter((c) => c.row < 9 && c.col < 9);
    expect(budget(plan)).toEqual(budget(plain));
  });

  it("sizes the spending columns like the budget years, within the kroner limits", () => {
    const widths = Object.fromEntries(plan.table.columns.map((c) => [c.key, c.width]));
    // "(intet budget)" (14) under 2024; "2.026.000 kr." (13); "1 aktivitet udeladt" (19) under Rest.
    expect([widths.spent2024, widths.spent2025, widths.rest2026]).toEqual([16, 15, 21]);
    // Under 2026's I alt, "mindst (1 celle ulæst)" (22) is longer than its date.
    expect(widths.spent2026).toBe("mindst (1 celle ulæst)".length + 2);
  });

  it("says it in English on an English overview", () => {
    const en = overviewSheetPlan(overviewOf(PLAN_2026), "en");
    expect(en.table.columns.map((c) => c.header).slice(9, 14)).toEqual([
      "Spent 2024",
      "Spent 2025",
      "Left 2025",
      "Spent 2026",
      "Left 2026",
    ]);
    expect(["J9", "L9", "M9"].map((a) => at(en, a)?.value)).toEqual([
      "(no budget)",
      "budget − spent",
      "by 30 September 2026",
    ]);
    // Its date is wider than a budget year may be, and still fits its column.
    expect(en.table.columns[column(en, "spent2026")].width).toBe("by 30 September 2026".length + 2);
  });

  it("sums the spending of the rows outside the frame on their own line", () => {
    const outside = edit(PLAN_2026, "Bylivs", { name: "Projektledelse (Sikker By, ½ årsværk)" });
    const p = overviewSheetPlan(overviewOf(outside), "da");
    const label = p.cells.find((c) => c.value === "I alt uden for rammen (ikke i rammens I alt)")!;
    const line = label.row - 1;
    expect(p.cells.find((c) => c.row === line && c.col === column(p, "spent2026"))?.value).toBe(
      50_000
    );
    const total = p.cells.find((c) => c.row === label.row && c.col === column(p, "rest2026"))!;
    expect([total.value, total.formula]).toEqual([63_000, `SUM(N${line + 1}:N${line + 1})`]);
    // The table's I alt is the frame's: 16 activities, Projektledelse's 50.000 kr. not in it.
    expect(at(p, "M6")?.value).toBe(950_000);
  });

  it("gives an activity with a spending cell not read no figure, even where other lines were read", () => {
    // Budget lines with spending (shape 2): Tidlig foreningsstart's Aktivitetsmidler line holds
    // «ca. 10.000»; its Lønmidler line 100.000 kr. Before, the row said 100.000 kr. spent.
    const grid: Grid = {
      sheetName: "Økonomi",
      originRow: 0,
      originCol: 0,
      rows: [
        ["Tryghedsplan 2026: aktiviteternes økonomi"],
        [],
        ["Aktivitet", "Budgetpost", "2026", "Forbrug 2026"],
        ["Tidlig foreningsstart", "Lønmidler", 188_000, 100_000],
        [null, "Aktivitetsmidler", 25_000, "ca. 10.000"],
        [null, "I alt:", 213_000, null],
        ["Kultur på volden", "Lønmidler", 25_000, 20_000],
        [null, "Aktivitetsmidler", 25_000, 5_000],
        [null, "I alt:", 50_000, null],
      ],
    };
    const result = check(grid, testSettings);
    if (!result.ok) throw new Error("no table");
    const { report } = result;
    expect(report.spending?.byActivity).toEqual([[null], [2_500_000]]);
    expect(report.spending?.unreadByActivity[0]).toEqual([1]);
    expect(report.spending?.years[0]).toMatchObject({ spent: 2_500_000, unread: 1 });
    const p = overviewSheetPlan(report.overview, "da");
    const [spent, rest] = ["spent2026", "rest2026"].map((k) => column(p, k));
    expect([row(p, "Tidlig")[spent], row(p, "Tidlig")[rest]]).toEqual([null, null]);
    expect(String(row(p, "Tidlig")[column(p, "remarks")])).toContain("ca. 10.000");
    expect([row(p, "Kultur")[spent], row(p, "Kultur")[rest]]).toEqual([25_000, 25_000]);
    const notes = p.cells.filter((c) => c.row === 9).map((c) => [c.address, c.value]);
    expect(notes).toEqual([
      ["G10", "mindst (1 celle ulæst)"],
      ["H10", "1 aktivitet udeladt"],
    ]);
  });

  it("has no spending column or cell on a sheet without spending", () => {
    const plain = overviewSheetPlan(overviewOf(PLAN_2026, []), "da");
    expect(plain.table.columns.map((c) => c.key)).toEqual([
      "nr",
      "name",
      "area",
      "responsible",
      "partners",
      "y2025",
      "y2026",
      "y2027",
      "y2028",
      "multiYear",
      "anchoring",
      "remarks",
    ]);
    expect(plain.cells.filter((c) => c.row < 10 && c.col > 8)).toEqual([]);
  });
});
