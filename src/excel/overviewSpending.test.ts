// The Office write of the overview on a sheet with spending (against the stand-in) renders the same
// cells as the package writer: every value, formula and number format, the Forbrug and Rest columns
// in the table, and their sums; through the same Office.js calls as a sheet without spending.
import { readFileSync } from "node:fs";
import path from "node:path";
import { check, parsePersistedSettings, toEngineSettings, type Report } from "../core";
import { LEFTOVER_FORMAT } from "../core/overview";
import { writeOverviewCopy } from "../ooxml/write/writeOverview";
import { OoxmlPackage } from "../ooxml/write/opc";
import { FakeWorkbook, type FakeCell } from "../../tests/office/standIn";
import { asRows, PLAN_2026 } from "../../tests/fixtures/plan2026";
import { OVERVIEW_SPENDING, withSpending } from "../../tests/fixtures/spending";
import { overviewPart } from "../../tests/ooxml/libreofficeCalc";
import { sheetCells, type SheetCell } from "../../tests/ooxml/sheetXml";
import { createOfficeHost } from "./officeHost";

const SOURCE = PLAN_2026.sheetName;
const TODAY = new Date(2026, 9, 5);
const SAMPLE = path.join(__dirname, "..", "..", "assets", "eksempel-tryghedsplan-2026.xlsx");

async function written(): Promise<{ wb: FakeWorkbook; report: Report }> {
  const wb = new FakeWorkbook();
  const grid = withSpending(
    { sheetName: SOURCE, originRow: 0, originCol: 0, rows: asRows(PLAN_2026) },
    PLAN_2026,
    OVERVIEW_SPENDING
  );
  wb.addSheet(SOURCE).put(
    "A1",
    grid.rows.map((r) => r.map((v) => v ?? ""))
  );
  const host = createOfficeHost({ runtime: wb.runtime(), now: () => TODAY });
  const parsed = parsePersistedSettings({});
  if (!parsed.ok) throw new Error("settings");
  const result = check(await host.readSheet(SOURCE), toEngineSettings(parsed.settings, 2026));
  if (!result.ok) throw new Error("no budget table");
  await host.writeOverview(result.report, { sheetName: "Budgetoversigt", lang: "da" });
  return { wb, report: result.report };
}

/** The package writer's overview cells: address → formula (without "=") or value. */
function packageCells(report: Report): Map<string, SheetCell> {
  // Any workbook will do: the overview written into it is the report's.
  const input = new Uint8Array(readFileSync(SAMPLE));
  const bytes = writeOverviewCopy(input, report.overview, "da", { date: TODAY }).bytes;
  const pkg = OoxmlPackage.fromZip(bytes);
  return sheetCells(pkg.text(overviewPart(pkg)) ?? "");
}

/** A stand-in cell as the workbook holds it (Excel drops the text prefix "'"). */
const shown = (c: FakeCell): SheetCell =>
  c.formula !== undefined
    ? { formula: c.formula, value: 0 }
    : { value: typeof c.value === "string" ? c.value.replace(/^'/, "") : (c.value as number) };

describe("the Office write with spending (stand-in)", () => {
  it("writes the same cells as the package writer: values, formulas, Forbrug and Rest", async () => {
    const { wb, report } = await written();
    const ov = wb.sheet("Budgetoversigt")!;
    const fromPackage = packageCells(report);
    const fromOffice = new Map(
      [...ov.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula !== undefined)
        .map(([key, c]) => {
          const [row, col] = key.split(",").map(Number);
          return [`${String.fromCharCode(65 + col)}${row + 1}`, shown(c)] as const;
        })
    );
    // The package writes the date as a number, Office too; both hold the same cells.
    expect([...fromOffice.keys()].sort()).toEqual([...fromPackage.keys()].sort());
    for (const [ref, cell] of fromOffice) {
      const p = fromPackage.get(ref)!;
      if (cell.formula !== undefined) expect([ref, cell.formula]).toEqual([ref, p.formula]);
      else expect([ref, cell.value]).toEqual([ref, p.value]);
    }
    expect(ov.cell("N11")?.value).toBe("Rest 2026");
    expect(ov.cell("N6")).toMatchObject({ formula: "SUM(N12:N28)", numberFormat: LEFTOVER_FORMAT });
    // Haven: 250.000 kr. spent by 30.09.2026 against 210.000 kr.
    expect([ov.cell("M20")?.value, ov.cell("N20")?.value]).toEqual([250_000, -40_000]);
    expect(ov.cell("N20")?.numberFormat).toBe(LEFTOVER_FORMAT);
    expect(wb.tables.map((t) => [t.name, t.address])).toEqual([
      ["Budgetoversigt_tabel", "A11:Q28"],
    ]);
  });
});
