// The command on workbooks openpyxl writes at test time where spending or budget cells cannot be
// read (#DIV/0!, «ca. 50.000», a formula saved without its result): the figures are said as bounds
// («mindst», «højst») in the report, --json, the CSV and the PDF, and where nothing can be known
// (budget and spending both short) the words say so instead of a number.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asGrid, PLAN_2026, withAmount, type Plan } from "../fixtures/plan2026";
import { withSpending, type SpendingColumnSpec } from "../fixtures/spending";
import { describeWith, PYTHON } from "../tools";
import { runCli, tempDir } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

/** The plan with "Bogført pr. 30.09.2026" beside it, written by openpyxl (values as given). */
function workbook(name: string, plan: Plan, spending: SpendingColumnSpec): string {
  const grid = withSpending(asGrid(plan), plan, [spending]);
  const file = t.file(name);
  execFileSync(PYTHON, [path.join(__dirname, "write_grid.py"), file, grid.sheetName], {
    input: JSON.stringify(grid.rows),
  });
  return file;
}

const spendingLine = (out: string, year: number) =>
  out.split("\n").find((l) => l.startsWith(`${year}: Forbrugt`));

/** Fields split by ";" outside quotes (the partners are joined by "; " inside theirs). */
const fields = (l: string) =>
  [...l.matchAll(/("(?:[^"]|"")*"|[^;]*)(;|$)/g)].slice(0, -1).map((m) => m[1]);

// Haven's 2026 budget (210.000 kr.) is #DIV/0!: the year reads «mindst 2.237.000 kr.». Every one
// of the 17 activities spent 50.000 kr.: 850.000 kr., exactly.
const BUDGET_UNREAD = withAmount(PLAN_2026, "Haven", 2026, { error: "#DIV/0!" });
const ALL_50_000: SpendingColumnSpec = {
  header: "Bogført pr. 30.09.2026",
  spent: {},
  otherwise: () => 50_000,
};

describeWith(["openpyxl"], "the command on a year whose budget has an unread amount", () => {
  let file: string;
  beforeAll(() => {
    file = workbook("budget-ulaest.xlsx", BUDGET_UNREAD, ALL_50_000);
  });

  // Before, the share was 850.000 of the read 2.237.000 said plainly («(38 %)»): too high, as
  // the year's budget is more than was read.
  it("the report: the share at most, what is left at least, and why", async () => {
    const r = await runCli([file]);
    expect(spendingLine(r.out, 2026)).toBe(
      "2026: Forbrugt 850.000 kr. (højst 38 %); pr. 30.09.2026: 75 % af året, højst 38 % af " +
        "budgettet brugt; mindst 1.387.000 kr. endnu ikke brugt; 1 budgetbeløb for året kunne ikke læses"
    );
    const en = await runCli([file, "--lang", "en"]);
    expect(en.out).toContain(
      "2026: Spent DKK 850,000 (at most 38%); by 30 September 2026: 75% of the year, at most 38% " +
        "of the budget spent; at least DKK 1,387,000 not yet spent; 1 budget amount for the year could not be read"
    );
  });

  it("--json: the bounds of each figure", async () => {
    const doc = JSON.parse((await runCli([file, "--json"])).out);
    const y = doc.years.find((x: { year: number }) => x.year === 2026);
    expect(y).toMatchObject({
      total: 2_237_000,
      unreadAmounts: 1,
      spent: 850_000,
      spentUnread: 0,
      spentBound: "exact",
      notSpent: 1_387_000,
      notSpentBound: "atLeast",
      shareSpentBound: "atMost",
    });
    expect(y.shareSpent).toBeCloseTo(850_000 / 2_237_000, 12);
  });
});

// Besides Haven's budget, Din fritid's spending «ca. 50.000» and Kommunikation's «=2*25000»
// (openpyxl saves the formula without its result): 15 × 50.000 = 750.000 kr. read.
const BOTH: SpendingColumnSpec = {
  ...ALL_50_000,
  spent: { "Din fritid": "ca. 50.000", Kommunikation: "=2*25000" },
};

describeWith(
  ["openpyxl", "poppler (pdftotext)"],
  "the command on a year whose budget and spending both have unread cells",
  () => {
    let file: string;
    beforeAll(() => {
      file = workbook("begge-ulaest.xlsx", BUDGET_UNREAD, BOTH);
    });

    it("the report: spent at least; no share and no rest as a figure, said in words", async () => {
      const r = await runCli([file]);
      expect(spendingLine(r.out, 2026)).toBe(
        "2026: Forbrugt mindst 750.000 kr.; pr. 30.09.2026; ukendt, hvor meget der endnu ikke er " +
          "brugt: både budgettet og forbruget har beløb, der ikke kunne læses; 2 forbrugsceller " +
          "kunne ikke læses; 1 budgetbeløb for året kunne ikke læses"
      );
    });

    it("--json: rest and share null and «unknown», spent at least", async () => {
      const doc = JSON.parse((await runCli([file, "--json"])).out);
      const y = doc.years.find((x: { year: number }) => x.year === 2026);
      expect(y).toMatchObject({
        spent: 750_000,
        spentUnread: 2,
        spentBound: "atLeast",
        notSpent: null,
        notSpentBound: "unknown",
        shareSpent: null,
        shareSpentBound: "unknown",
      });
      const kom = doc.activities.find((a: { name: string }) => a.name.startsWith("Kommunikation"));
      expect([kom.spent, kom.spentUnread]).toEqual([{}, { "2026": 1 }]);
    });

    it("--csv: no figure for the unread cells; under I alt, what the sums leave out", async () => {
      const out = t.file("begge-ulaest.csv");
      await runCli([file, "--csv", out]);
      const lines = readFileSync(out, "utf8").slice(1).split("\r\n");
      const head = fields(lines[0]);
      const [spent, rest] = ["Forbrug 2026", "Rest 2026"].map((h) => head.indexOf(h));
      const row = (name: string) => fields(lines.find((l) => l.includes(name))!);
      expect([row("Din fritid")[spent], row("Din fritid")[rest]]).toEqual(["", ""]);
      expect([row("Kommunikation")[spent], row("Kommunikation")[rest]]).toEqual(["", ""]);
      expect(row("Haven")[spent]).toBe("50000");
      expect(row("Haven")[rest]).toBe(""); // its budget is not known
      const total = fields(lines.find((l) => l.split(";")[1] === "I alt")!);
      expect(total[spent]).toBe("750000");
      const status = fields(lines.find((l) => l.split(";")[1] === "Status")!);
      expect([status[spent], status[rest]]).toEqual([
        "mindst (2 celler ulæst)",
        "3 aktiviteter udeladt",
      ]);
    });

    it("--pdf: «mindst» and «ukendt» in the spending table", async () => {
      const out = t.file("begge-ulaest.pdf");
      await runCli([file, "--pdf", out]);
      const s = execFileSync("pdftotext", ["-layout", out, "-"]).toString();
      expect(s).toMatch(/2026\s+mindst 2\.237\.000 kr\.\s+mindst 750\.000 kr\.\s+ukendt\s+ukendt/);
      expect(s).toContain("2026: Forbrugt mindst 750.000 kr.; pr. 30.09.2026; ukendt, hvor");
    });
  }
);
