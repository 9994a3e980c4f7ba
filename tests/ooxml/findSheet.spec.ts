// Which sheet the package reader checks: the one asked for, else the first holding a budget table,
// never our own overview (a budget table too).
import ExcelJS from "exceljs";
import { check } from "../../src/core/check";
import { hasBudgetTable } from "../../src/core/sheet/hasBudgetTable";
import { overviewSheetPlan } from "../../src/core/overview/overviewSheet";
import { DEFAULT_FRAME_ORE } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import { findBudgetSheetInPackage, openWorkbookPackage } from "../../src/ooxml";
import { gridFromWorksheet } from "../xlsx/exceljsRead";
import { addNotesSheet, overviewWorkbook, toBytes } from "../xlsx/fixtures";
import { addLegacyOverview } from "../xlsx/legacyOverview";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };

const packageOf = async (wb: ExcelJS.Workbook) => openWorkbookPackage(await toBytes(wb));

describe("findBudgetSheetInPackage", () => {
  it("skips sheets without a table and our own overview, even when it comes first", async () => {
    const source = overviewWorkbook();
    const result = check(gridFromWorksheet(source.getWorksheet("Tryghedsplan 2026")!), settings);
    if (!result.ok) throw new Error("fixture has no budget table");

    const wb = new ExcelJS.Workbook();
    addLegacyOverview(wb, overviewSheetPlan(result.report.overview, "da"));
    addNotesSheet(wb);
    const plan = wb.addWorksheet("Plan");
    plan.addRow(["Aktivitet", 2026, 2027]);
    plan.addRow(["Natteravne", 100000, 100000]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Budgetoversigt", "Noter", "Plan"]);
    // The overview is itself a budget table: only the skip keeps it from being chosen.
    expect(hasBudgetTable(gridFromWorksheet(wb.getWorksheet("Budgetoversigt")!), settings)).toBe(
      true
    );

    const choice = findBudgetSheetInPackage(await packageOf(wb), settings, "plan.xlsx");
    expect(choice.ok && choice.sheet).toBe("Plan");
    expect(choice.ok && choice.grid.rows).toEqual([
      ["Aktivitet", 2026, 2027],
      ["Natteravne", 100000, 100000],
    ]);
    expect(choice.ok && choice.grid.workbookTitle).toBe("plan.xlsx");
  });

  it("takes the sheet named in the settings, or says it is missing; or finds none", async () => {
    const pkg = await packageOf(overviewWorkbook());
    const named = findBudgetSheetInPackage(pkg, { ...settings, sheet: "Forside" });
    expect(named.ok && named.sheet).toBe("Forside");
    expect(findBudgetSheetInPackage(pkg, { ...settings, sheet: "Ark9" })).toEqual({
      ok: false,
      reason: "SHEET_MISSING",
      sheet: "Ark9",
    });
    const none = new ExcelJS.Workbook();
    addNotesSheet(none);
    expect(findBudgetSheetInPackage(await packageOf(none), settings)).toEqual({
      ok: false,
      reason: "NO_BUDGET_TABLE",
    });
  });
});
