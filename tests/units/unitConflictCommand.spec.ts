// A sheet that states two units, over the frame in each (make_outside_frame.py writes it with
// openpyxl): the command's text, --json and the PDF say 2026 is over by at least the smaller
// overrun whichever unit holds, name the conflict, and leave 2027 (over in one unit only) uncertain.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { jsonReportSchema } from "../../src/core/overview/jsonReport";
import { runCli, tempDir } from "../cli/helpers";
import { generatedBy } from "../generated";
import { describeWith } from "../tools";

const workbooks = generatedBy(path.join(__dirname, "make_outside_frame.py"));
const t = tempDir();
afterAll(() => t.cleanup());
const file = () => path.join(workbooks.dir(), "conflict_over_either.xlsx");

describeWith(["openpyxl", "poppler (pdftotext)"], "two units, over the frame in each", () => {
  it("the report: «OVER RAMMEN med mindst 437.000 kr.», the finding, 2027 uncertain (da, en)", async () => {
    const r = await runCli([file()]);
    expect(r.out).toMatch(
      /2026\s+2\.337\.000 kr\.\s+1\.900\.000 kr\.\s+-437\.000 kr\.\s+<-- OVER RAMMEN med mindst 437\.000 kr\., hvilken af arkets enheder der end gælder\n/
    );
    expect(r.out).toMatch(/2027\s+1\.119\.000 kr\.\s+.*<-- USIKKER: arket angiver flere enheder\n/);
    expect(r.out).toContain(
      "Budgettet for 2026 overskrider rammen med mindst 437.000 kr., hvilken af arkets enheder der end gælder (se fejlen om enhederne)."
    );
    expect(r.out).toContain("Arket angiver to enheder: «kr.» i kolonneoverskriften (E2)");
    const en = await runCli([file(), "--lang", "en"]);
    expect(en.out).toMatch(
      /<-- OVER THE FRAME by at least DKK 437,000, whichever of the sheet's units holds\n/
    );
  });

  it("--json: 2026 over with margin 437.000, 2027 uncertain with none", async () => {
    const r = await runCli([file(), "--json"]);
    const doc = jsonReportSchema.parse(JSON.parse(r.out));
    expect(doc.years.map((y) => [y.year, y.status, y.overFrame, y.margin])).toEqual([
      [2025, "compareOnly", false, null],
      [2026, "over", true, 437_000],
      [2027, "uncertain", false, null],
    ]);
    expect(doc.unit.conflict?.map((c) => [c.unit, c.cell])).toEqual([
      ["kr", "'Tryghedsplan 2026'!E2"],
      ["1000", "'Tryghedsplan 2026'!A1"],
    ]);
  });

  it("the PDF: the same words under the year, read back with pdftotext", async () => {
    const out = t.file("plan.pdf");
    await runCli([file(), "--pdf", out]);
    const text = execFileSync("pdftotext", [out, "-"]).toString().replace(/\s+/g, " ");
    expect(text).toContain(
      "Over rammen med mindst 437.000 kr., hvilken af arkets enheder der end gælder"
    );
    expect(text).toContain("Usikker: arket angiver flere enheder");
    expect(text).not.toMatch(/Over rammen med (?!mindst)/);
  });
});
