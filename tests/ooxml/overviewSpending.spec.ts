// The overview sheet with spending, as the package writer writes it into a workbook openpyxl made:
// LibreOffice recalculates every formula itself (our cached results dropped) and gets the exact
// figures the plan cached, I alt of Forbrug and Rest and the subtotals per focus area adding up;
// and a write → read → write cycle keeps the sheet ours (rewritten in place, byte for byte).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { overviewSheetPlan, type OverviewSheetPlan } from "../../src/core/overview";
import { workbookOf } from "./helpers";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { asGrid, PLAN_2026 } from "../fixtures/plan2026";
import { OVERVIEW_SPENDING, withSpending } from "../fixtures/spending";
import { describeWith, PYTHON } from "../tools";
import { reportOf } from "./helpers";
import {
  CSV,
  csvFiles,
  csvRows,
  overviewPart,
  soffice,
  withoutCachedResults,
} from "./libreofficeCalc";

const DATE = new Date(2026, 9, 5);

/** The plan with spending beside it, as a finance office's script writes it (openpyxl). */
function spendingWorkbook(dir: string): Uint8Array {
  const grid = withSpending(asGrid(PLAN_2026), PLAN_2026, OVERVIEW_SPENDING);
  const file = path.join(dir, "forbrug.xlsx");
  execFileSync(PYTHON, [path.join(__dirname, "..", "cli", "write_grid.py"), file, grid.sheetName], {
    input: JSON.stringify(grid.rows),
  });
  return new Uint8Array(readFileSync(file));
}

/** "1.327.000 kr." / "-40.000 kr." as LibreOffice shows them; "" stays empty. */
const kr = (s: string | undefined): number | null =>
  s === undefined || s === "" ? null : Number(s.replace(/[^\d-]/g, ""));

describeWith(
  ["openpyxl", "LibreOffice (soffice)"],
  "the overview sheet with spending, as LibreOffice calculates it",
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lo-spending-"));
    afterAll(() => process.env.KEEP_LO || rmSync(dir, { recursive: true, force: true }));
    let plan: OverviewSheetPlan;
    let rows: string[][];
    const col = (key: string) => plan.table.columns.findIndex((c) => c.key === key);
    const line = (label: string) => rows.find((r) => r[1] === label)!;

    beforeAll(async () => {
      const input = spendingWorkbook(dir);
      const { overview } = await reportOf(input);
      plan = overviewSheetPlan(overview, "da");
      const written = writeOverviewCopy(input, overview, "da", { date: DATE }).bytes;
      const uncached = path.join(dir, "uncached.xlsx");
      writeFileSync(uncached, withoutCachedResults(written));
      const csv = csvFiles(soffice(dir, CSV, uncached)).get("uncached-Budgetoversigt.csv") ?? "";
      rows = csvRows(csv);
    }, 180_000);

    it("I alt: Forbrug and Rest per year, summed by LibreOffice to the exact kroner", () => {
      expect(rows[4].slice(9, 14)).toEqual([
        "Forbrug 2024",
        "Forbrug 2025",
        "Rest 2025",
        "Forbrug 2026",
        "Rest 2026",
      ]);
      const total = line("I alt");
      expect(total.slice(5, 14).map(kr)).toEqual([
        2_051_000, 2_447_000, 506_000, 476_000, 116_000, 2_026_000, 25_000, 1_000_000, 1_327_000,
      ]);
      // 2025 has no unreadable cell: Rest's SUM is the budget's I alt less Forbrug's.
      expect(kr(total[5])! - kr(total[10])!).toBe(kr(total[11]));
      expect(rows[8].slice(9, 14)).toEqual([
        "(intet budget)",
        "",
        "budget − forbrug",
        "pr. 30.09.2026",
        "budget − forbrug",
      ]);
      // Din fritid's 2026 spending «ca. 40.000» is not read: its cells are empty (not 0), Forbrug's
      // I alt is at least, and Rest's leaves the activity out; said under the sums.
      expect(rows[9].slice(9, 14)).toEqual([
        "",
        "",
        "",
        "mindst (1 celle ulæst)",
        "1 aktivitet udeladt",
      ]);
    });

    it("every formula the plan writes: LibreOffice's own result is the value we cached", () => {
      const formulas = plan.cells.filter((c) => c.formula !== undefined);
      expect(formulas.length).toBeGreaterThan(40);
      const got = formulas.map((c) => [c.address, kr(rows[c.row]?.[c.col])]);
      expect(got).toEqual(formulas.map((c) => [c.address, c.value]));
    });

    it("the rows: what each activity spent, and the rest only where budget and spending are known", () => {
      const pick = (name: string) => {
        const r = rows.find((x) => x[1].startsWith(name))!;
        return ["spent2024", "spent2025", "rest2025", "spent2026", "rest2026"].map((k) =>
          kr(r[col(k)])
        );
      };
      expect(pick("Haven")).toEqual([100_000, 280_000, 0, 250_000, -40_000]);
      expect(pick("Din fritid")).toEqual([1_000, 120_000, 0, null, null]);
    });

    it("subtotals per focus area, «Uden indsatsområde» last, add up to I alt in every spending column", () => {
      const first = rows.findIndex((r) => r[1] === "I alt pr. indsatsområde") + 1;
      const none = rows.findIndex((r) => r[1] === "Uden indsatsområde");
      expect(none).toBeGreaterThan(first);
      const total = line("I alt");
      for (let c = 9; c < 14; c++) {
        const sum = rows.slice(first, none + 1).reduce((s, r) => s + kr(r[c])!, 0);
        expect([c, sum]).toEqual([c, kr(total[c])]);
      }
      expect(rows[none].slice(12, 14).map(kr)).toEqual([50_000, -44_000]);
    });
  }
);

describeWith(["openpyxl"], "write → read → write with spending columns", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "spending-cycle-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the plan again (not our sheet) and rewrites the overview in place, unchanged", async () => {
    const input = spendingWorkbook(dir);
    const first = await reportOf(input);
    const once = writeOverviewCopy(input, first.overview, "da", { date: DATE });
    expect(once.decision.reason).toBe("absent");
    const again = await reportOf(once.bytes);
    expect(again.sheet).toBe(PLAN_2026.sheetName);
    expect(again.overview).toEqual(first.overview);
    const twice = writeOverviewCopy(once.bytes, again.overview, "da", { date: DATE });
    expect(twice.decision).toMatchObject({ reason: "ours", ourSheet: "Budgetoversigt" });
    const [a, b] = [once.bytes, twice.bytes].map((bytes) => OoxmlPackage.fromZip(bytes));
    expect(workbookOf(b).sheets.map((s) => s.name)).toEqual([
      PLAN_2026.sheetName,
      "Budgetoversigt",
    ]);
    expect(b.text(overviewPart(b))).toBe(a.text(overviewPart(a)));
  });
});
