// The command on a workbook with spending beside the budget (written at test time by openpyxl):
// the readable report's spending lines, --json's spent/spentUntil, and the CSV's "Forbrug ÅÅÅÅ".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asGrid, PLAN_2026 } from "../fixtures/plan2026";
import { OVERVIEW_SPENDING, withSpending, type SpendingColumnSpec } from "../fixtures/spending";
import { describeWith, PYTHON } from "../tools";
import { runCli, tempDir } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

const SPENDING: SpendingColumnSpec[] = [
  { header: "Regnskab 2025", spent: { Haven: 281_000 }, otherwise: () => 1_000 },
  {
    header: "Bogført pr. 30.09.2026",
    spent: { Haven: 250_000, "Din fritid": "ca. 40.000", Kommunikation: 300_000 },
    otherwise: () => 50_000,
  },
];

function workbook(name: string, spending = SPENDING): string {
  const grid = withSpending(asGrid(PLAN_2026), PLAN_2026, spending);
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
    // 2026: 14 activities × 50.000 + Haven 250.000 + Kommunikation 300.000 (Din fritid unreadable),
    // so at least that much is spent and at most the rest is left (it said both plainly before).
    expect(r.out).toContain(
      "Forbrug:\n" +
        "2025: Forbrugt 297.000 kr. (14 %); 1.754.000 kr. endnu ikke brugt\n" +
        "2026: Forbrugt mindst 1.250.000 kr. (mindst 51 %); pr. 30.09.2026: 75 % af året, mindst 51 % " +
        "af budgettet brugt; højst 1.197.000 kr. endnu ikke brugt; 1 forbrugscelle kunne ikke læses\n"
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

  it("--csv: the overview's «Forbrug ÅÅÅÅ» and «Rest ÅÅÅÅ» after the years, summed as the budget", async () => {
    const out = t.file("forbrug.csv");
    await runCli([file, "--csv", out]);
    const lines = readFileSync(out, "utf8").slice(1).split("\r\n");
    // Fields split by ";" outside quotes (the partners are joined by "; " inside theirs).
    const fields = (l: string) =>
      [...l.matchAll(/("(?:[^"]|"")*"|[^;]*)(;|$)/g)].slice(0, -1).map((m) => m[1]);
    const cols = (l: string) => fields(l).slice(5, 13);
    expect(cols(lines[0])).toEqual([
      "2025",
      "2026",
      "2027",
      "2028",
      "Forbrug 2025",
      "Rest 2025",
      "Forbrug 2026",
      "Rest 2026",
    ]);
    const row = (name: string) => cols(lines.find((l) => l.includes(name))!).slice(4);
    expect(row("Haven, Virkefeltet 16")).toEqual(["281000", "-1000", "250000", "-40000"]);
    // «ca. 40.000» in 2026: no figure, so no rest.
    expect(row("Din fritid")).toEqual(["1000", "119000", "", ""]);
    const total = lines.find((l) => l.split(";")[1] === "I alt")!;
    // 2026: the budget's 2.447.000 less Din fritid's 120.000 (no known rest) less 1.250.000 spent.
    expect(cols(total).slice(4)).toEqual(["297000", "1754000", "1250000", "1077000"]);
    const first = lines.findIndex((l) => l.split(";")[1] === "I alt pr. indsatsområde") + 1;
    const last = lines.findIndex((l) => l.split(";")[1] === "Uden indsatsområde");
    const sums = lines
      .slice(first, last + 1)
      .map((l) => cols(l).slice(4).map(Number))
      .reduce((s, r) => s.map((x, i) => x + r[i]));
    expect(sums).toEqual([297_000, 1_754_000, 1_250_000, 1_077_000]);
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
      // Din fritid's 2026 spending is unread: spent and the share at least, the rest at most.
      expect(s).toMatch(
        /2026\s+2\.447\.000 kr\.\s+mindst 1\.250\.000 kr\.\s+højst 1\.197\.000 kr\.\s+mindst 51 %/
      );
      expect(s).toContain(
        "2026: Forbrugt mindst 1.250.000 kr. (mindst 51 %); pr. 30.09.2026: 75 % af året, mindst 51 %"
      );
      expect(s).toContain("Aktiviteter længst fra planen 2026");
      // Nyt mødested: budget 300.000, spent 50.000: 250.000 kr. from plan, the furthest.
      expect(s).toMatch(
        /Nyt mødested midt i byggeriet\s+300\.000 kr\.\s+50\.000 kr\.\s+-250\.000 kr\./
      );
    });
  }
);

describeWith(
  ["openpyxl", "poppler (pdftotext)"],
  "a year with spending but no budget column (Regnskab 2024 beside the plan's 2025-2028)",
  () => {
    let file: string;
    beforeAll(() => {
      file = workbook("regnskab-2024.xlsx", OVERVIEW_SPENDING);
    });

    it("the report: its own spending line, no frame", async () => {
      const r = await runCli([file]);
      expect(r.out).toContain(
        "Forbrug:\n2024: Forbrugt 116.000 kr.; intet budget for året i arket\n"
      );
      expect(r.out).not.toMatch(/^2024 /m); // not in the years' table
    });

    it("--json: a years[] entry with spent, no budget and status noBudget", async () => {
      const doc = JSON.parse((await runCli([file, "--json"])).out);
      expect(doc.years[0]).toEqual({
        year: 2024,
        total: null,
        frame: null,
        leftover: null,
        overFrame: false,
        margin: null,
        unreadAmounts: 0,
        outsideFrame: null,
        status: "noBudget",
        spent: 116_000,
        spentUnread: 0,
        spentBound: "exact",
        notSpent: null,
        notSpentBound: null,
        shareSpent: null,
        shareSpentBound: null,
      });
      expect(doc.years.map((y: { status: string }) => y.status)).toEqual([
        "noBudget",
        "compareOnly",
        "over",
        "within",
        "within",
      ]);
    });

    it("--csv: «Forbrug 2024» and no «Rest 2024»", async () => {
      const out = t.file("regnskab-2024.csv");
      await runCli([file, "--csv", out]);
      const head = readFileSync(out, "utf8").slice(1).split("\r\n")[0].split(";");
      expect(head.slice(9, 14)).toEqual([
        "Forbrug 2024",
        "Forbrug 2025",
        "Rest 2025",
        "Forbrug 2026",
        "Rest 2026",
      ]);
    });

    it("--pdf: the year in the spending section, without a budget", async () => {
      const out = t.file("regnskab-2024.pdf");
      await runCli([file, "--pdf", out]);
      const s = execFileSync("pdftotext", ["-layout", out, "-"]).toString();
      expect(s).toMatch(/2024\s+–\s+116\.000 kr\.\s+–\s+–/);
      expect(s).toContain("2024: Forbrugt 116.000 kr.; intet budget for året i arket");
    });
  }
);
