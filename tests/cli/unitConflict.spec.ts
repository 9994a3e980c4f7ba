// Two units on one sheet in the command's report and --json: the unit line names both with their
// places, every year is uncertain (never «inden for rammen», never «over rammen»), the error names
// both units at their cells and how to decide; with --unit the option decides, without a finding.
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
  it("the report: both units named, each year uncertain, the error with its cells", () => {
    const text = humanReport(report(), "plan.xlsx", "da");
    expect(text).toContain(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., men intet år er sikkert, før enheden er afgjort\n"
    );
    expect(text).toMatch(
      /2026\s+2\.337 kr\.\s+1\.900\.000 kr\.\s+1\.897\.663 kr\.\s+<-- USIKKER: arket angiver flere enheder\n/
    );
    expect(text).not.toMatch(/OVER RAMMEN|Inden for rammen/);
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
    expect(doc.years.map((y) => [y.year, y.total, y.status, y.overFrame])).toEqual([
      [2026, 2_337, "uncertain", false],
      [2027, 276, "uncertain", false],
    ]);
    expect(doc.findings.filter((f) => f.code === "UNIT_CONFLICT").map((f) => f.cell)).toEqual([
      "Plan!A1",
      "Plan!C3",
    ]);
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
