// Formulas saved without their results (openpyxl and pandas store the formula and no value): the
// amount is unknown, never read as blank. Before, the 2027 total came out as a confident 450.000 kr.
// with Lektiecafé's =E5*1.02 left out in silence; now the year is "mindst 450.000 kr." with the
// cell named and what to do. XlsxWriter stores the result it is given, and that result is read.
import path from "node:path";
import { NOT_CALCULATED, type Report } from "../../src/core";
import { findingMessage } from "../../src/core/words";
import { generatedBy, reportOfBytes } from "../generated";
import { describeWith } from "../tools";

const workbooks = generatedBy(path.join(__dirname, "make_formulas.py"));
const reportOf = (name: string): Report => reportOfBytes(workbooks.bytes(name), name);

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
    expect(findingMessage(unread[0], "da")).toContain(
      "åbn og gem projektmappen i Excel eller LibreOffice (dér først Ctrl+Skift+F9"
    );
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
