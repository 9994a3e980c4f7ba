// The command on a workbook with spending beside the budget (written at test time by openpyxl):
// the readable report's spending lines, --json's spent/spentUntil, and the CSV's "Forbrug ÅÅÅÅ".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asGrid, PLAN_2026 } from "../fixtures/plan2026";
import { withSpending } from "../fixtures/spending";
import { describeWith, PYTHON } from "../tools";
import { runCli, tempDir } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

function workbook(name: string): string {
  const grid = withSpending(asGrid(PLAN_2026), PLAN_2026, [
    { header: "Regnskab 2025", spent: { Haven: 281_000 }, otherwise: () => 1_000 },
    {
      header: "Bogført pr. 30.09.2026",
      spent: { Haven: 250_000, "Din fritid": "ca. 40.000", Kommunikation: 300_000 },
      otherwise: () => 50_000,
    },
  ]);
  const file = t.file(name);
  execFileSync(PYTHON, [path.join(__dirname, "write_grid.py"), file, grid.sheetName], {
    input: JSON.stringify(grid.rows),
  });
  return file;
}

describeWith(["openpyxl"], "the command on a sheet with spending", () => {
  let file: string;
  beforeAll(() => {
    file = workbook("forbrug.xlsx");
  });

  it("the report says each year's spending, pace and what is left", async () => {
    const r = await runCli([file]);
    // 2026: 14 activities × 50.000 + Haven 250.000 + Kommunikation 300.000 (Din fritid unreadable).
    expect(r.out).toContain(
      "Forbrug:\n" +
        "2025: Forbrugt 297.000 kr. (14 %); 1.754.000 kr. endnu ikke brugt\n" +
        "2026: Forbrugt 1.250.000 kr. (51 %); pr. 30.09.2026: 75 % af året, 51 % af budgettet brugt; " +
        "1.197.000 kr. endnu ikke brugt; 1 forbrugscelle kunne ikke læses\n"
    );
    expect(r.out).toMatch(
      /«Haven, Virkefeltet 16».*har brugt 250\.000 kr\. i 2026 mod et budget på 210\.000 kr\./
    );
    expect(r.code).toBe(1); // 2026 is over the frame, as without spending
  });

  it("--json: years gain spent and spentUntil, activities spent", async () => {
    const doc = JSON.parse((await runCli([file, "--json"])).out);
    expect(
      doc.years.map((y: { spent?: number; spentUntil?: string }) => [y.spent, y.spentUntil])
    ).toEqual([
      [297_000, undefined],
      [1_250_000, "2026-09-30"],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const haven = doc.activities.find((a: { name: string }) => a.name.startsWith("Haven"));
    expect(haven.spent).toEqual({ "2025": 281_000, "2026": 250_000 });
  });

  it("--csv: a «Forbrug ÅÅÅÅ» column per year with spending, the year's total on I alt", async () => {
    const out = t.file("forbrug.csv");
    await runCli([file, "--csv", out]);
    const lines = readFileSync(out, "utf8").slice(1).split("\r\n");
    const head = lines[0].split(";");
    expect(head.slice(-2)).toEqual(["Forbrug 2025", "Forbrug 2026"]);
    const haven = lines.find((l) => l.includes("Haven, Virkefeltet 16"))!;
    expect(haven.split(";").slice(-2)).toEqual(["281000", "250000"]);
    const fritid = lines.find((l) => l.includes("Din fritid"))!;
    expect(fritid.split(";").slice(-2)).toEqual(["1000", ""]);
    const total = lines.find((l) => l.split(";")[1] === "I alt")!;
    expect(total.split(";").slice(-2)).toEqual(["297000", "1250000"]);
  });
});

describeWith(
  ["openpyxl", "poppler (pdftotext)"],
  "--pdf with spending (read back with pdftotext)",
  () => {
    it("has a spending section: per year, and the activities furthest from their budget", async () => {
      const out = t.file("forbrug.pdf");
      await runCli([workbook("forbrug-pdf.xlsx"), "--pdf", out]);
      const s = execFileSync("pdftotext", ["-layout", out, "-"]).toString();
      expect(s).toContain("Forbrug");
      expect(s).toMatch(/2025\s+2\.051\.000 kr\.\s+297\.000 kr\.\s+1\.754\.000 kr\.\s+14 %/);
      expect(s).toMatch(/2026\s+2\.447\.000 kr\.\s+1\.250\.000 kr\.\s+1\.197\.000 kr\.\s+51 %/);
      expect(s).toContain(
        "2026: Forbrugt 1.250.000 kr. (51 %); pr. 30.09.2026: 75 % af året, 51 % af budgettet brugt;"
      );
      expect(s).toContain("Aktiviteter længst fra planen 2026");
      // Nyt mødested: budget 300.000, spent 50.000: 250.000 kr. from plan, the furthest.
      expect(s).toMatch(
        /Nyt mødested midt i byggeriet\s+300\.000 kr\.\s+50\.000 kr\.\s+-250\.000 kr\./
      );
    });
  }
);
