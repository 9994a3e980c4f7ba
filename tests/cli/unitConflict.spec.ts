// Two units on one sheet in the command's report and --json: the unit line names both with their
// places, a year is over or within only when it is so in each unit (with the smallest margin), else
// uncertain, the error names both units at their cells and how to decide; with --unit the option
// decides, without a finding.
import { humanReport } from "../../src/cli/humanReport";
import { check } from "../../src/core/check";
import { jsonReport } from "../../src/core/overview/jsonReport";
import type { Report, Settings } from "../../src/core/types";
import { grid, testSettings } from "../doubles/ruleTesting";

function report(settings: Partial<Settings> = {}): Report {
  const r = check(
    grid([
      ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"],
      [],
      ["Nr.", "Aktivitet", "2026 (kr.)", "2027 (kr.)"],
      [1, "Lommepengejob", 120, 120],
      [2, "Det gode valg", 1_200, 150],
      [3, "Natteravne", 1_017, 6],
    ]),
    { ...testSettings, ...settings }
  );
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe("two units on the sheet, in the command's output", () => {
  it("the report: both units named, a year uncertain or within in each, the error with its cells", () => {
    const text = humanReport(report(), "plan.xlsx", "da");
    expect(text).toContain(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., og et år er kun over eller inden for rammen, når det er det i hver af dem\n"
    );
    expect(text).toMatch(
      /2026\s+2\.337 kr\.\s+1\.900\.000 kr\.\s+1\.897\.663 kr\.\s+<-- USIKKER: arket angiver flere enheder\n/
    );
    // 2027: 276 kr. or 276.000 kr., within the 1,9 mio. frame either way.
    expect(text).toMatch(
      /2027\s+276 kr\.\s+1\.900\.000 kr\.\s+1\.899\.724 kr\.\s+<-- Inden for rammen med mindst 1\.624\.000 kr\. tilbage, hvilken af arkets enheder der end gælder\n/
    );
    expect(text).not.toMatch(/OVER RAMMEN/);
    expect(text).toContain(
      "Arket angiver to enheder: «kr.» i kolonneoverskriften (C3, D3) og «1.000 kr.» i titlen (A1)."
    );
    expect(text).toContain("Angiv enheden i indstillingerne eller med --unit");
    expect(text).toContain("Resultat: 2 fejl");
  });

  it("--json: the statements, the years uncertain and not over, the findings at each unit's cell", () => {
    const doc = jsonReport(report(), "plan.xlsx", "da");
    expect(doc.unit).toEqual({
      unit: "kr",
      source: "header",
      cell: "Plan!C3",
      conflict: [
        { unit: "kr", source: "header", cell: "Plan!C3" },
        { unit: "kr", source: "header", cell: "Plan!D3" },
        { unit: "1000", source: "title", cell: "Plan!A1" },
      ],
    });
    expect(doc.years.map((y) => [y.year, y.total, y.status, y.overFrame, y.margin])).toEqual([
      [2026, 2_337, "uncertain", false, null],
      [2027, 276, "within", false, 1_624_000],
    ]);
    expect(doc.findings.filter((f) => f.code === "UNIT_CONFLICT").map((f) => f.cell)).toEqual([
      "Plan!A1",
      "Plan!C3",
    ]);
  });

  it("over in each unit: «OVER RAMMEN med mindst …», the finding and --json agree", () => {
    // The plan in kroner under a title in 1.000 kr.: 2026 is 2.337.000 kr. or 2.337.000.000 kr.
    const r = check(
      grid([
        ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"],
        [],
        ["Nr.", "Aktivitet", "2026 (kr.)", "2027 (kr.)"],
        [1, "Lommepengejob", 120_000, 120],
        [2, "Det gode valg", 1_200_000, 150],
        [3, "Natteravne", 1_017_000, 6],
      ]),
      testSettings
    );
    if (!r.ok) throw new Error("no table");
    const text = humanReport(r.report, "plan.xlsx", "da");
    expect(text).toMatch(
      /2026\s+2\.337\.000 kr\.\s+1\.900\.000 kr\.\s+-437\.000 kr\.\s+<-- OVER RAMMEN med mindst 437\.000 kr\., hvilken af arkets enheder der end gælder\n/
    );
    expect(text).toContain(
      "Budgettet for 2026 overskrider rammen med mindst 437.000 kr., hvilken af arkets enheder der end gælder (se fejlen om enhederne). Skær ned, eller flyt beløb til et andet år."
    );
    const en = humanReport(r.report, "plan.xlsx", "en");
    expect(en).toMatch(
      /<-- OVER THE FRAME by at least DKK 437,000, whichever of the sheet's units holds\n/
    );
    expect(en).toContain(
      "The budget for 2026 exceeds the frame by at least DKK 437,000, whichever of the sheet's units holds (see the error on the units). Cut back, or move amounts to another year."
    );
    const doc = jsonReport(r.report, "plan.xlsx", "da");
    expect(doc.years.map((y) => [y.year, y.status, y.overFrame, y.margin])).toEqual([
      [2026, "over", true, 437_000],
      [2027, "within", false, 1_624_000],
    ]);
    expect(
      doc.findings
        .filter((f) => f.severity === "error")
        .map((f) => f.code)
        .sort()
    ).toEqual(["OVER_FRAME", "UNIT_CONFLICT", "UNIT_CONFLICT"]);
  });

  it("--unit 1000 decides: no finding, 2026 over the frame, and the line says the option", () => {
    const text = humanReport(report({ unit: "1000" }), "plan.xlsx", "da");
    expect(text).toContain("Arkets beløb står i 1.000 kr. (angivet med --unit)\n");
    expect(text).not.toContain("UNIT_CONFLICT");
    expect(text).not.toContain("flere enheder");
    expect(text).toMatch(
      /2026\s+2\.337\.000 kr\.\s+1\.900\.000 kr\.\s+-437\.000 kr\.\s+<-- OVER RAMMEN/
    );
  });
});
