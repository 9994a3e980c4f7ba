// The steering group's PDF read back with poppler's pdftotext, page by page: the budget table
// (every activity with its amounts, subtotals per focus area that add up to I alt), the changes
// since approval (only changed, added and removed activities, each with its per-year change, the
// approved file), findings with severity and the cell given once, and no heading last on a page.
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { check } from "../../src/core/check";
import type { Grid, Ore } from "../../src/core/types";
import { renderReportPdf } from "../../src/pdf/render";
import { APPROVED, planRows, type PlanRow } from "../fixtures/compare/revisions";
import { describeWith } from "../tools";
import { runCli, tempDir, writeWorkbook } from "./helpers";

const SAMPLE = "assets/eksempel-tryghedsplan-2026.xlsx";
const t = tempDir();
afterAll(() => t.cleanup());

/** Each page's text as laid out. PDF_OUT=folder keeps a copy of each PDF, to look at. */
const pagesOf = (file: string): string[] => {
  if (process.env.PDF_OUT) copyFileSync(file, path.join(process.env.PDF_OUT, path.basename(file)));
  return execFileSync("pdftotext", ["-layout", file, "-"])
    .toString()
    .split("\f")
    .filter((p) => p.trim());
};
const plain = (s: string) => s.replace(/\u00a0/g, " ");

/** Lines that head something: a section, a table's header row, a group of rows. */
const HEADINGS = [
  /^Pr\. år$/,
  /^I alt og ramme pr\. år$/,
  /^Budget pr\. aktivitet$/,
  /^Flerårige bevillinger og forankring$/,
  /^Samarbejdspartnere$/,
  /^Fund \(/,
  /^Ændringer siden godkendt/,
  /^Godkendt version:/,
  /^(Fejl|Advarsel|Oplysning): .*\(\d+\)$/,
  /^(Tilføjet|Fjernet|Ændret|Nye fund|Løste fund) \(\d+\)$/,
  /^Nr\.\s+Aktivitet/,
  /^Celle\s+Bemærkning/,
  /^År\s+(I alt|Godkendt)/,
  /^(Uddannelse og beskæftigelse|Positive fællesskaber|Aktive byrum|Kommunikation, dialog og synlighed|Uden indsatsområde)$/,
];

/** The last line of a page above its footer is never a heading. */
function expectNoHeadingLast(pages: string[]): void {
  pages.forEach((p, i) => {
    const lines = plain(p)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/· Side \d+ af \d+$/.test(l));
    // No blank page either (a trailing margin once made one).
    expect([i + 1, lines.length > 0]).toEqual([i + 1, true]);
    const last = lines.at(-1) ?? "";
    expect([i + 1, last, HEADINGS.some((h) => h.test(last))]).toEqual([i + 1, last, false]);
  });
}

/** Kroner in a pdftotext line, in order ("120.000 kr." → 120000). */
const amounts = (line: string): number[] =>
  [...plain(line).matchAll(/(-?[\d.]+) kr\./g)].map((m) => Number(m[1].replace(/\./g, "")));

describeWith(["poppler (pdftotext)"], "the PDF report (pdftotext, page by page)", () => {
  let sample: string[];
  beforeAll(async () => {
    const out = t.file("eksempel.pdf");
    await runCli([SAMPLE, "--pdf", out, "--plan-year", "2026"]);
    sample = pagesOf(out);
  });

  it("the sample: at most 3 pages, no heading last on a page", () => {
    expect(sample.length).toBeLessThanOrEqual(3);
    expectNoHeadingLast(sample);
  });

  it("says the plan year came from --plan-year", () => {
    expect(sample[0]).toContain("Planår 2026 (angivet med --plan-year)");
  });

  it("has every activity in the budget table, and subtotals that add up to I alt", () => {
    const text = plain(sample.join("\n"));
    const table = text.slice(text.indexOf("Budget pr. aktivitet"), text.indexOf("Flerårige"));
    const lines = table.split("\n");
    for (const name of [
      "Lommepengejob for kriminalitetstruede unge",
      "Tidlig foreningsstart",
      "Skaberværelset",
      "Sekretariatsbetjening (mødeforplejning)",
    ]) {
      expect(lines.some((l) => l.includes(name) && amounts(l).length === 4)).toBe(true);
    }
    expect(
      lines.filter((l) => amounts(l).length === 4 && /^\s*\d*\s+\S/.test(l)).length
    ).toBeGreaterThanOrEqual(17);
    const subtotals = lines.filter((l) => /^\s*I alt, /.test(l)).map(amounts);
    expect(lines.some((l) => /^\s*I alt, Uden indsatsområde/.test(l))).toBe(true);
    expect(subtotals).toHaveLength(5);
    const total = amounts(lines.find((l) => /^\s*I alt\s+[\d-]/.test(l))!);
    expect(total).toEqual([2_051_000, 2_447_000, 506_000, 476_000]);
    expect(subtotals.reduce((s, a) => s.map((x, i) => x + a[i]))).toEqual(total);
    expect(amounts(lines.find((l) => /^\s*Restbeløb/.test(l))!)[1]).toBe(-547_000);
  });

  it("findings: severity on each group, the cell once, «75 %» unbroken", () => {
    const text = sample.join("\n");
    expect(plain(text)).toMatch(/Fejl: Flerårig bevilling uden forankringsplan \(1\)/);
    expect(plain(text)).toMatch(/Oplysning: Samarbejdspartnere \(1\)/);
    expect(plain(text)).toContain("Fund (2 fejl, 0 advarsler, 2 oplysninger)");
    expect(plain(text)).toMatch(
      /F21\s+Aktiviteten «Sekretariatsbetjening \(mødeforplejning\)» har beløb/
    );
    expect(plain(text)).not.toContain("'Tryghedsplan 2026'!F21");
    expect(plain(text)).toContain("(76,5 %)");
  });
});

const workbook = async (name: string, plan: PlanRow[]): Promise<string> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tryghedsplan 2026");
  for (const r of planRows(plan)) ws.addRow(r);
  return writeWorkbook(t.file(name), wb);
};

describeWith(["poppler (pdftotext)"], "changes since approval in the PDF", () => {
  // 1 added (Lektiecafé), 1 removed (Natteravne), 2 changed (Lommepengejob, Det gode valg).
  const revised: PlanRow[] = [
    ...APPROVED.filter((r) => r.name !== "Natteravne").map((r) =>
      r.name === "Lommepengejob"
        ? { ...r, amounts: [350000, null, null] as PlanRow["amounts"] }
        : r.name === "Det gode valg"
          ? { ...r, amounts: [130000, 170000, null] as PlanRow["amounts"] }
          : r
    ),
    {
      nr: "8",
      name: "Lektiecafé",
      area: "Uddannelse og beskæftigelse",
      amounts: [80000, 80000, null],
    },
  ];
  let pages: string[];
  let text: string;
  beforeAll(async () => {
    const approved = await workbook("godkendt.xlsx", APPROVED);
    const now = await workbook("revideret.xlsx", revised);
    const out = t.file("r.pdf");
    await runCli([now, "--compare", approved, "--pdf", out]);
    pages = pagesOf(out);
    text = plain(pages.join("\n"));
  });

  it("names the approved version and gives per year the change and Restbeløb nu", () => {
    expect(text).toContain("Godkendt version: godkendt.xlsx, arket «Tryghedsplan 2026».");
    expect(text).toMatch(/År\s+Godkendt\s+Nu\s+Ændring\s+Restbeløb nu/);
    // 2026: 1.900.000 → 1.900.000 - 250.000 - 50.000 - 20.000 + 80.000 = 1.660.000.
    expect(text).toMatch(
      /2026\s+1\.900\.000 kr\.\s+1\.660\.000 kr\.\s+-240\.000 kr\.\s+240\.000 kr\./
    );
  });

  it("names each added, removed and changed activity with its per-year change, nothing else", () => {
    expect(text).toMatch(
      /Tilføjet \(1\)[\s\S]*Lektiecafé\s+2026: \+80\.000 kr\., 2027: \+80\.000 kr\./
    );
    expect(text).toMatch(/Fjernet \(1\)[\s\S]*Natteravne\s+2026: -250\.000 kr\./);
    expect(text).toMatch(/Ændret \(2\)/);
    expect(text).toMatch(/Lommepengejob\s+2026: -50\.000 kr\./);
    expect(text).toMatch(/Det gode valg\s+2026: -20\.000 kr\., 2027: \+20\.000 kr\./);
    expect(text).not.toMatch(/aktiviteter ændret/);
    const section = text.slice(
      text.indexOf("Ændringer siden godkendt"),
      text.indexOf("Budget pr. aktivitet")
    );
    expect(section).not.toContain("Tidlig foreningsstart");
  });

  it("keeps headings with what they head, and the header row over right-aligned amounts", () => {
    expectNoHeadingLast(pages);
    const head = plain(pages.join("\n"))
      .split("\n")
      .find((l) => /År\s+Godkendt/.test(l))!;
    const row = plain(pages.join("\n"))
      .split("\n")
      .find((l) => /^\s*2026\s+1\.900\.000 kr\./.test(l))!;
    // Right-aligned: each header ends where its column's amounts end (pdftotext's layout places
    // text by character cells, so within one character).
    const end = (line: string, s: string) => line.lastIndexOf(s) + s.length;
    expect(Math.abs(end(head, "Godkendt") - end(row, "1.900.000 kr."))).toBeLessThanOrEqual(1);
    expect(Math.abs(end(head, "Restbeløb nu") - end(row, "240.000 kr."))).toBeLessThanOrEqual(1);
  });
});

describeWith(["poppler (pdftotext)"], "a 400-activity plan", () => {
  it("flows the budget table over pages with its header on each, no heading last on a page", async () => {
    const n = 400;
    const areas = ["Uddannelse og beskæftigelse", "Positive fællesskaber", "Aktive byrum"];
    const rows: Grid["rows"] = [
      ["Nr.", "Aktivitet", "Indsatsområde", "Samarbejdspartnere", 2026, 2027],
    ];
    for (let i = 0; i < n; i++)
      rows.push([
        i + 1,
        `Aktivitet ${i + 1}`,
        i % 9 === 0 ? null : areas[i % 3],
        "SSP; fsb",
        1000 + i,
        5000,
      ]);
    const result = check(
      { sheetName: "Stor plan 2026", originRow: 0, originCol: 0, rows },
      { defaultFrame: 190_000_000 as Ore, frames: {}, currentYear: 2026 }
    );
    if (!result.ok) throw new Error("no table");
    const bytes = await renderReportPdf({
      report: result.report,
      lang: "da",
      fileName: "stor.xlsx",
      date: new Date(2026, 2, 5),
    });
    const file = t.file("stor.pdf");
    writeFileSync(file, bytes);
    const pages = pagesOf(file);
    expectNoHeadingLast(pages);
    const tablePages = pages.filter((p) => p.includes("Budget pr. aktivitet"));
    expect(tablePages.length).toBeGreaterThan(5);
    for (const p of tablePages) expect(plain(p)).toMatch(/Nr\.\s+Aktivitet\s+2026\s+2027/);
    for (let i = 1; i <= n; i += 57)
      expect(plain(pages.join("\n"))).toMatch(
        new RegExp(`\\b${i}\\s+Aktivitet ${i}\\s+[\\d.]+ kr\\.`)
      );
    // The warning that lists all 400 grants is there to its end (a row taller than a page was lost).
    expect(plain(pages.join("\n"))).toContain("«Aktivitet 400» (B401).");
    console.log(`400-activity plan: ${pages.length} pages, ${bytes.length} bytes`);
  });
});
