// The PDF report: rendered by the command, then read back with poppler's pdftotext (an independent
// reader), so the figures, words and page count are what a reader of the file sees.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { check } from "../../src/core/check";
import type { Grid, Ore } from "../../src/core/types";
import { renderReportPdf } from "../../src/pdf/render";
import { runCli, tempDir, writeWorkbook } from "./helpers";
import { overviewWorkbook } from "../xlsx/fixtures";
import { describeWith } from "../tools";

const SAMPLE = "assets/eksempel-tryghedsplan-2026.xlsx";
const t = tempDir();
afterAll(() => t.cleanup());

const text = (file: string): string => execFileSync("pdftotext", ["-layout", file, "-"]).toString();
const pages = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())?.[1]);

describeWith(["poppler (pdftotext)"], "--pdf (read back with pdftotext)", () => {
  it("the sample: figures, over-frame in words, grants, partner target, findings with cells; 2 pages", async () => {
    const out = t.file("rapport.pdf");
    const r = await runCli([SAMPLE, "--pdf", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Gemte ${out}.`);
    const s = text(out);
    expect(s).toContain("Budgettjek – Tryghedsplan 2026");
    expect(s).toContain("Fil: eksempel-tryghedsplan-2026.xlsx");
    expect(s).toContain("Planår 2026 (fra titlen)");
    expect(s).toMatch(
      /2026\s+2\.447\.000 kr\.\s+1\.900\.000 kr\.\s+-547\.000 kr\.\s+Over rammen med 547\.000 kr\./
    );
    expect(s).toMatch(/2025\s+2\.051\.000 kr\..*til sammenligning/);
    expect(s).toMatch(
      /2027\s+506\.000 kr\.\s+1\.900\.000 kr\.\s+1\.394\.000 kr\.\s+Inden for rammen/
    );
    expect(s).toMatch(/Sekretariatsbetjening \(mødeforplejning\)\s+2026, 2027, 2028\s+Mangler/);
    expect(s).toMatch(/Kommunikation, dialog og synlighed\s+2026, 2027, 2028\s+Fast bevilling/);
    expect(s).toContain("13 af 17 aktiviteter i 2026 (76,5 %) har to eller flere samarbejdspartnere");
    expect(s).toContain("Flerårig bevilling uden forankringsplan (1)");
    // The cell once, in its column, without the checked sheet's name (the title block gives it).
    expect(s).toMatch(/\bF21\s+Aktiviteten «Sekretariatsbetjening/);
    expect(s).toMatch(/Fejl: Over rammen \(1\)[\s\S]*\bH22\s+Budgettet for 2026/);
    expect(s).toContain("Side 1 af 2");
    expect(pages(out)).toBe(2);
  });

  it("English with --lang en", async () => {
    const out = t.file("report.pdf");
    await runCli([SAMPLE, "--pdf", out, "--lang", "en"]);
    const s = text(out);
    expect(s).toContain("Budget check – safety plan 2026");
    expect(s).toContain("Over the frame by DKK 547,000");
    expect(s).toContain("Page 1 of 2");
  });

  it("never writes over the input, and refuses the same file for --csv and --pdf", async () => {
    const input = await writeWorkbook(t.file("plan.xlsx"), overviewWorkbook());
    const before = readFileSync(input);
    const r = await runCli([input, "--pdf", input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
    const same = await runCli([input, "--pdf", t.file("x.pdf"), "--csv", t.file("x.pdf")]);
    expect(same.code).toBe(2);
    expect(existsSync(t.file("x.pdf"))).toBe(false);
  });

  it("a large plan flows onto more pages, the findings' table header repeated on each", async () => {
    const n = 400;
    const rows: Grid["rows"] = [["Aktivitet", "Samarbejdspartnere", 2026, 2027]];
    for (let i = 0; i < n; i++) rows.push([`Aktivitet ${i + 1}`, "SSP", -1000 - i, 5000]);
    const result = check(
      { sheetName: "Stor plan 2026", originRow: 0, originCol: 0, rows },
      {
        defaultFrame: 190_000_000 as Ore,
        frames: {},
        currentYear: 2026,
      }
    );
    if (!result.ok) throw new Error("no table");
    const started = Date.now();
    const bytes = await renderReportPdf({
      report: result.report,
      lang: "da",
      fileName: "stor.xlsx",
      date: new Date(2026, 2, 5),
    });
    const ms = Date.now() - started;
    const file = t.file("stor.pdf");
    writeFileSync(file, bytes);
    const count = pages(file);
    expect(count).toBeGreaterThan(5);
    const perPage = text(file)
      .split("\f")
      .filter((p) => p.trim());
    expect(perPage).toHaveLength(count);
    // Every page after the first starts with a table's repeated header rows: the budget table,
    // the grants' table (400 multi-year grants) or a findings group's title and header.
    const heads =
      /^\s*(Budget pr\. aktivitet\s+Nr\.\s+Aktivitet|Flerårige bevillinger og forankring\s+Aktivitet\s+År\s+Forankring|(Fund \([^\n]*\)\s+)?\S[^\n]*\(\d+\)\s+Celle\s+Bemærkning)/;
    for (const p of perPage.slice(1)) expect(p).toMatch(heads);
    expect(
      perPage.join("").match(/Negativt beløb \(400\)\s+Celle\s+Bemærkning/g)?.length
    ).toBeGreaterThan(1);
    expect(perPage.at(-1)).toContain(`Side ${count} af ${count}`);
    // Printed, not asserted: the figure goes in the report.
    console.log(`large plan: ${n} activities, ${count} pages, ${bytes.length} bytes, ${ms} ms`);
  });
});
