// Formulas saved without their results (openpyxl and pandas store the formula and no value): the
// amount is unknown, never read as blank. Before, the 2027 total came out as a confident 450.000 kr.
// with Lektiecafé's =E5*1.02 left out in silence; now the year is "mindst 450.000 kr." with the
// cell named and what to do. XlsxWriter stores the result it is given, and that result is read.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { check, NOT_CALCULATED, type Report, type Settings } from "../../src/core";
import { findingMessage } from "../../src/core/words";
import { findBudgetSheetInPackage, openWorkbookPackage } from "../../src/ooxml";
import { describeWith, PYTHON } from "../tools";

const SETTINGS = {
  defaultFrame: 190_000_000,
  frameGiven: false,
  frames: {},
  currentYear: 2026,
} as unknown as Settings;

let dir: string | undefined;
function reportOf(name: string): Report {
  if (!dir) {
    dir = mkdtempSync(path.join(tmpdir(), "formulas-"));
    execFileSync(PYTHON, [path.join(__dirname, "make_formulas.py"), dir], { stdio: "pipe" });
  }
  const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
  const choice = findBudgetSheetInPackage(openWorkbookPackage(bytes), SETTINGS, name);
  if (!choice.ok) throw new Error(`no budget sheet in ${name}`);
  const result = check(choice.grid, SETTINGS);
  if (!result.ok) throw new Error(`no budget table in ${name}`);
  return result.report;
}

const yearsOf = (r: Report) => r.years.map((y) => [y.year, y.total, y.unreadAmounts, y.status]);

describeWith(["openpyxl", "XlsxWriter"], "formulas saved without their results", () => {
  it("openpyxl: the uncalculated 2027 amount makes the year uncertain, named at its cell", () => {
    const r = reportOf("openpyxl_formulas.xlsx");
    expect(yearsOf(r)).toEqual([
      [2026, 65_000_000, 0, "within"],
      [2027, 45_000_000, 1, "uncertain"],
    ]);
    const unread = r.findings.filter((f) => f.code === "NOT_A_NUMBER");
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({
      activity: "Lektiecafé",
      year: 2027,
      at: { sheet: "Budget", row: 3, col: 5 },
      value: { error: NOT_CALCULATED },
    });
    expect(findingMessage(unread[0], "da")).toContain("formel, der er gemt uden sit resultat");
    expect(findingMessage(unread[0], "da")).toContain("åbn og gem projektmappen i Excel eller LibreOffice");
    expect(findingMessage(unread[0], "en")).toContain("formula saved without its result");
  });

  it("XlsxWriter: the stored results are read, and the year is certain", () => {
    const r = reportOf("xlsxwriter_formulas.xlsx");
    expect(yearsOf(r)).toEqual([
      [2026, 65_000_000, 0, "within"],
      [2027, 65_400_000, 0, "within"],
    ]);
    expect(r.findings.filter((f) => f.code === "NOT_A_NUMBER")).toEqual([]);
  });
});
