// Rows outside the frame in every text shell: the command's report, --json, the CSV, the overview
// sheet's plan and the PDF's budget table. Each says which row it kept out and why, and sums it apart.
import { humanReport } from "../../src/cli/humanReport";
import { check } from "../../src/core/check";
import { overviewCsv } from "../../src/core/overview/csv";
import { jsonReport } from "../../src/core/overview/jsonReport";
import { overviewSheetPlan } from "../../src/core/overview/overviewSheet";
import { budgetTable } from "../../src/pdf/budgetTable";
import type { Report } from "../../src/core/types";
import { grid, testSettings } from "../doubles/ruleTesting";

const PM = "Projektledelse (Sikker By, ½ årsværk)";

function report(): Report {
  const r = check(
    grid([
      ["Nr.", "Aktivitet", "Indsatsområde", 2026, 2027],
      [1, "Lommepengejob", "Uddannelse", 1_500_000, 0],
      [2, "Haven", "Aktive byrum", 500_000, 100_000],
      [3, PM, null, 310_000, 310_000],
    ]),
    testSettings
  );
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe("rows outside the frame, in every shell", () => {
  const r = report();

  it("the command's report: over by 100.000 kr. (not 410.000 kr.), and a line naming the row", () => {
    const text = humanReport(r, "plan.xlsx", "da");
    expect(text).toMatch(/2026\s+2\.000\.000 kr\.\s+1\.900\.000 kr\.\s+-100\.000 kr\./);
    expect(text).toContain(
      `Uden for rammen og ikke talt med i I alt: 2026 310.000 kr., 2027 310.000 kr. («${PM}»).`
    );
    expect(text).toContain(
      `Rækken «${PM}» (Plan!B4) er holdt uden for rammen, fordi projektledelse betales uden for rammen (partnerskabsaftalen).`
    );
    expect(humanReport(r, "plan.xlsx", "en")).toContain(
      `Outside the frame, not counted in the total: 2026 DKK 310,000, 2027 DKK 310,000 (“${PM}”).`
    );
  });

  it("the count: two activities, and the row outside the frame apart (da and en)", () => {
    expect(humanReport(r, "plan.xlsx", "da")).toContain(
      "Planår 2026 (angivet med --plan-year), 2 aktiviteter + 1 uden for rammen\n"
    );
    expect(humanReport(r, "plan.xlsx", "en")).toContain(", 2 activities + 1 outside the frame\n");
  });

  it("--json: the years' outsideFrame and the row's reason and cell", () => {
    const doc = jsonReport(r, "plan.xlsx", "da");
    expect(doc.years.map((y) => [y.year, y.total, y.outsideFrame, y.leftover])).toEqual([
      [2026, 2_000_000, 310_000, -100_000],
      [2027, 100_000, 310_000, 1_800_000],
    ]);
    expect(doc.activities.map((a) => a.outsideFrame)).toEqual([
      null,
      null,
      { reason: "projectManagement", text: PM, cell: "Plan!B4" },
    ]);
  });

  it("the CSV: the table without the row, then the row and its own total after the I alt", () => {
    const lines = overviewCsv(r.overview, "da")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines.filter((l) => l.includes(PM))).toHaveLength(1);
    const at = lines.findIndex((l) => l.includes(PM));
    expect(lines[at - 1]).toBe(";Uden for rammen;;;;;;;;");
    expect(lines[at]).toMatch(/^3;Projektledelse \(Sikker By, ½ årsværk\);;;;310000;310000;/);
    expect(lines[at + 1]).toBe(";I alt uden for rammen (ikke i rammens I alt);;;;310000;310000;;;");
    expect(lines.find((l) => l.startsWith(";I alt;"))).toBe(";I alt;;;;2000000;100000;;;");
  });

  it("the overview sheet: not in the table (whose SUM is I alt); below it with a SUM of its own", () => {
    const plan = overviewSheetPlan(r.overview, "da");
    expect(plan.table.rows.map((row) => row[1])).toEqual(["Lommepengejob", "Haven"]);
    const cell = (text: string) => plan.cells.find((c) => c.value === text)!;
    const heading = cell("Uden for rammen");
    const pm = cell(PM);
    expect(pm.row).toBe(heading.row + 1);
    const total = plan.cells.filter((c) => c.row === pm.row + 1 && c.formula);
    expect(total.map((c) => [c.value, c.formula])).toEqual([
      [310_000, `SUM(F${pm.row + 1}:F${pm.row + 1})`],
      [310_000, `SUM(G${pm.row + 1}:G${pm.row + 1})`],
    ]);
    expect(plan.outsideFrameRows).toHaveLength(1);
  });

  it("the PDF's budget table: the row under its own heading below I alt, with its own total", () => {
    // Each table row's texts, in order (pdfmake cells: strings, {text}, or a stack of both).
    const texts = (cell: unknown): string[] => {
      if (typeof cell === "string") return [cell];
      const c = cell as { text?: unknown; stack?: unknown[] };
      if (c.stack) return c.stack.flatMap(texts);
      return typeof c.text === "string" ? [c.text] : [];
    };
    const [content] = budgetTable(r, "da");
    const body = (content as unknown as { table: { body: unknown[][] } }).table.body;
    const lines = body.map((row) =>
      row
        .flatMap(texts)
        .filter((t) => t.trim() !== "")
        .join(" | ")
        .replace(/\u00a0/g, " ")
    );
    const at = lines.findIndex((l) => l.startsWith("I alt | "));
    expect(lines.slice(at)).toEqual([
      "I alt | 2.000.000 kr. | 100.000 kr.",
      "Ramme | 1.900.000 kr. | 1.900.000 kr.",
      "Restbeløb | -100.000 kr. | 1.800.000 kr.",
      `3 | Uden for rammen | ${PM} | 310.000 kr. | 310.000 kr.`,
      "I alt uden for rammen (ikke i rammens I alt) | 310.000 kr. | 310.000 kr.",
    ]);
    expect(lines.filter((l) => l.includes(PM))).toHaveLength(1);
  });
});
