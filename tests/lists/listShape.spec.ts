// How a long list was read («Læst som liste: én række pr. aktivitet og år») reaches every reader:
// the command's --json (shape), the PDF (under the checked sheet), the overview sheet (beside the
// sheet it was read from) and the CSV (under the unit line), on lists make_lists.py writes at test
// time; a table with year columns says none of it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { jsonReportSchema } from "../../src/core/overview/jsonReport";
import { openWorkbookPackage } from "../../src/ooxml";
import { runCli, tempDir } from "../cli/helpers";
import { generatedBy } from "../generated";
import { describeWith } from "../tools";

const workbooks = generatedBy(path.join(__dirname, "make_lists.py"));
const units = generatedBy(path.join(__dirname, "..", "units", "make_units.py"));
const t = tempDir();
afterAll(() => t.cleanup());
const list = (name: string) => path.join(workbooks.dir(), name);
const PER_LINE = "Læst som liste: én række pr. aktivitet, år og budgetpost";

/** The overview sheet's row 2 (0-based 1) in a copy the command wrote. */
function overviewSheetRow2(copy: string): unknown[] {
  const pkg = openWorkbookPackage(new Uint8Array(readFileSync(copy)));
  const g = pkg.readSheet("Budgetoversigt").grid;
  const row = g.rows[1 - g.originRow];
  return [0, 1, 2].map((c) => row[c - g.originCol] ?? null);
}

describeWith(
  ["XlsxWriter", "openpyxl", "poppler (pdftotext)"],
  "the list's shape in every output",
  () => {
    it("--json: shape per year, per budget line, and table for year columns", async () => {
      const shape = async (file: string) =>
        jsonReportSchema.parse(JSON.parse((await runCli([file, "--json"])).out)).shape;
      expect(await shape(list("list_year.xlsx"))).toBe("listPerYear");
      expect(await shape(list("list_lines.xlsx"))).toBe("listPerYearAndLine");
      expect(await shape(path.join(units.dir(), "title_kr.xlsx"))).toBe("table");
    });

    it("the overview sheet, the CSV and the PDF say it (da), and English in English", async () => {
      const copy = t.file("liste-oversigt.xlsx");
      const csv = t.file("liste.csv");
      const pdf = t.file("liste.pdf");
      const r = await runCli([
        list("list_lines.xlsx"),
        "--write",
        copy,
        "--csv",
        csv,
        "--pdf",
        pdf,
      ]);
      expect(r.err).toBe("");
      expect(overviewSheetRow2(copy)).toEqual(["Tjekket ark", "Tryghedsplan 2026", PER_LINE]);
      const lines = readFileSync(csv, "utf8").trimEnd().split("\r\n");
      expect(lines.at(-1)).toMatch(new RegExp(`^;${PER_LINE};*$`));
      expect(lines.at(-2)).toMatch(/^;Arkets beløb står i kr\./);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
      expect(text).toMatch(new RegExp(`Tjekket ark: Tryghedsplan 2026\\s*\\n\\s*${PER_LINE}\\n`));
      const en = t.file("list-en.xlsx");
      await runCli([list("list_year.xlsx"), "--write", en, "--lang", "en"]);
      expect(overviewSheetRow2(en)[2]).toBe("Read as a list: one row per activity and year");
    });

    it("a table with year columns: nothing beside the sheet, no line in the CSV or the PDF", async () => {
      const copy = t.file("tabel-oversigt.xlsx");
      const csv = t.file("tabel.csv");
      const pdf = t.file("tabel.pdf");
      await runCli([
        path.join(units.dir(), "title_kr.xlsx"),
        "--write",
        copy,
        "--csv",
        csv,
        "--pdf",
        pdf,
      ]);
      expect(overviewSheetRow2(copy)).toEqual(["Tjekket ark", "Tryghedsplan 2026", null]);
      expect(readFileSync(csv, "utf8")).not.toContain("Læst som liste");
      expect(execFileSync("pdftotext", [pdf, "-"]).toString()).not.toContain("Læst som liste");
    });
  }
);
