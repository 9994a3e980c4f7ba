// An overview the command wrote before the package writer (ExcelJS, no marker names: its table is
// named after the sheet) is rewritten in place, not duplicated, and gets the marker.
import { check } from "../../src/core/check";
import { overviewSheetPlan } from "../../src/core/overview/overviewSheet";
import { findBudgetSheetInPackage, openWorkbookPackage } from "../../src/ooxml";
import { workbookOf } from "./helpers";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { overviewWorkbook, toBytes } from "../xlsx/fixtures";
import { addLegacyOverview } from "../xlsx/legacyOverview";
import { packageProblems, SETTINGS } from "./helpers";

const DATE = new Date(2026, 2, 5);

test("the command's previous ExcelJS overview is rewritten in place with the shared marker", async () => {
  const wb = overviewWorkbook();
  const plain = new Uint8Array(await toBytes(wb));
  const choice = findBudgetSheetInPackage(openWorkbookPackage(plain), SETTINGS, "plan");
  if (!choice.ok) throw new Error("no plan");
  const result = check(choice.grid, SETTINGS);
  if (!result.ok) throw new Error("no table");
  addLegacyOverview(wb, overviewSheetPlan(result.report.overview, "da"));
  const legacy = new Uint8Array(await toBytes(wb));

  const out = writeOverviewCopy(legacy, result.report.overview, "da", { date: DATE });
  expect(out.decision.reason).toBe("legacy-command");
  const info = workbookOf(OoxmlPackage.fromZip(out.bytes));
  expect(info.sheets.map((s) => s.name)).toEqual([
    "Forside",
    "Tryghedsplan 2026",
    "Budgetoversigt",
  ]);
  expect(info.tables.map((t) => t.name)).toEqual(["Budgetoversigt_tabel"]);
  const names = info.names.map((n) => n.name).sort();
  expect(names.filter((n) => n.startsWith("Budgettjek_"))).toEqual([
    "Budgettjek_Oversigt",
    "Budgettjek_OversigtNavn",
  ]);
  expect(names.filter((n) => n.startsWith("Restbeløb_"))).toHaveLength(4);
  expect(packageProblems(out.bytes)).toEqual([]);
  // And from then on it is ours by the marker.
  expect(
    writeOverviewCopy(out.bytes, result.report.overview, "da", { date: DATE }).decision.reason
  ).toBe("ours");
});
