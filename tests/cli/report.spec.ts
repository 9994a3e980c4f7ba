import { jsonReportSchema } from "../../src/core/overview/jsonReport";
import { blocksWorkbook, budgetLinesWorkbook, overviewWorkbook } from "../xlsx/fixtures";
import { runCli, tempDir, writeWorkbook } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

const y = (year: number, total: number, frame: number, leftover: number) => ({
  year,
  total,
  frame,
  leftover,
  overFrame: false,
  margin: null,
});

describe("--json", () => {
  it("prints exactly one JSON document in the issue's shape, amounts in kroner", async () => {
    const f = await writeWorkbook(t.file("fejl.xlsx"), overviewWorkbook({ errors: true }));
    const r = await runCli([f, "--json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const doc = JSON.parse(r.out);
    expect(jsonReportSchema.safeParse(doc).success).toBe(true);
    expect(doc.file).toBe(f);
    expect(doc.sheet).toBe("Tryghedsplan 2026");
    expect(doc.planYear).toBe(2026);
    expect(doc.years).toEqual([
      // 2025: "250,000" reads as 250 kr. in Danish notation (and is flagged).
      { ...y(2025, 840250, 1900000, 1059750), status: "compareOnly", unreadAmounts: 0, outsideFrame: 0 },
      { ...y(2026, 1010000, 1900000, 890000), status: "within", unreadAmounts: 0, outsideFrame: 0 },
      // The sheet's own Ramme row gives 2027 a frame of 2.000.000. I7 (#REF!) and J7 (text) are
      // left out of 2027's and 2028's totals: those years are uncertain, not within the frame.
      { ...y(2027, 500000, 2000000, 1500000), status: "uncertain", unreadAmounts: 1, outsideFrame: 0 },
      { ...y(2028, 470000, 1900000, 1430000), status: "uncertain", unreadAmounts: 1, outsideFrame: 0 },
    ]);
    expect(doc.activities[2]).toEqual({
      name: "Kvinder, job og fællesskab",
      nr: "8",
      area: "Uddannelse og beskæftigelse",
      row: 6,
      amounts: { "2025": 270000, "2026": 200000, "2027": 170000, "2028": 140000 },
      multiYear: true,
      anchoring: "present",
      partners: ["Jobcenter København", "FILT"],
      outsideFrame: null,
    });
    expect(doc.findings.map((x: { code: string; cell: string }) => [x.code, x.cell])).toEqual(
      expect.arrayContaining([
        ["NOT_A_NUMBER", "'Tryghedsplan 2026'!I7"],
        ["NOT_A_NUMBER", "'Tryghedsplan 2026'!J7"],
        ["AMBIGUOUS_NUMBER", "'Tryghedsplan 2026'!G8"],
        ["FIXED_GRANT", "'Tryghedsplan 2026'!F8"],
      ])
    );
    const ref = doc.findings.find((x: { cell: string }) => x.cell === "'Tryghedsplan 2026'!I7");
    expect(ref).toMatchObject({ severity: "error", activity: "Haven, Virkefeltet 16", year: 2027 });
    expect(ref.message).toContain("#REF!");
  });

  it("takes --plan-year and per-year frames", async () => {
    const f = await writeWorkbook(t.file("ok.xlsx"), overviewWorkbook());
    const r = await runCli([f, "--json", "--plan-year", "2027", "--frame", "2028=400.000"]);
    const doc = JSON.parse(r.out);
    expect(doc.planYear).toBe(2027);
    expect(doc.years[3]).toEqual({
      year: 2028,
      total: 470000,
      frame: 400000,
      leftover: -70000,
      overFrame: true,
      margin: null,
      unreadAmounts: 0,
      outsideFrame: 0,
      status: "over",
    });
    expect(doc.unit).toEqual({ unit: "kr", source: "none", cell: null, conflict: null });
    expect(r.code).toBe(1);
  });

  it("--frame KR beats the sheet's Ramme row (the user said so); --frame YYYY=KR beats both", async () => {
    const f = await writeWorkbook(t.file("ramme.xlsx"), overviewWorkbook());
    const r = await runCli([f, "--json", "--frame", "1,8 mio.", "--frame", "2028=2.100.000"]);
    const frames = JSON.parse(r.out).years.map((y: { year: number; frame: number }) => [
      y.year,
      y.frame,
    ]);
    expect(frames).toEqual([
      [2025, 1800000],
      [2026, 1800000],
      [2027, 1800000], // the sheet's Ramme row says 2.000.000
      [2028, 2100000],
    ]);
  });

  it("reads the budget-lines shape (merged activity cells) and the several-blocks shape", async () => {
    const lines = await writeWorkbook(t.file("linjer.xlsx"), budgetLinesWorkbook());
    const a = JSON.parse((await runCli([lines, "--json"])).out);
    expect(a.sheet).toBe("Budget 2026");
    expect(a.activities.map((x: { name: string; amounts: object }) => [x.name, x.amounts])).toEqual(
      [
        ["Tidlig foreningsstart", { "2026": 213000, "2027": 213000, "2028": 0 }],
        ["Din fritid", { "2026": 120000, "2027": 0, "2028": 0 }],
      ]
    );
    const blocks = await writeWorkbook(t.file("blokke.xlsx"), blocksWorkbook());
    const b = JSON.parse((await runCli([blocks, "--json"])).out);
    expect(b.planYear).toBe(2013);
    expect(b.activities.map((x: { name: string }) => x.name)).toEqual([
      "Natteravne",
      "Tryghedsvandringer",
      "Lektiecafé",
    ]);
    expect(b.years.map((y: { total: number }) => y.total)).toEqual([350000, 300000, 200000, 0]);
  });
});

describe("the readable report", () => {
  it("shows the per-year table and the findings grouped by severity, with cells", async () => {
    const f = await writeWorkbook(t.file("fejl.xlsx"), overviewWorkbook({ errors: true }));
    const r = await runCli([f]);
    const lines = r.out.split("\n");
    expect(lines.slice(0, 10)).toEqual([
      "Budgettjek af fejl.xlsx, arket «Tryghedsplan 2026»",
      "Planår 2026 (fra titlen), 5 aktiviteter",
      "Arkets beløb står i kr. (ingen enhed angivet i arket)",
      "",
      "År             I alt           Ramme       Restbeløb",
      "----   -------------   -------------   -------------",
      "2025     840.250 kr.   1.900.000 kr.   1.059.750 kr.   (til sammenligning)",
      "2026   1.010.000 kr.   1.900.000 kr.     890.000 kr.",
      "2027   500.000 kr. *   2.000.000 kr.   1.500.000 kr.   <-- USIKKER: mindst 500.000 kr.; 1 beløb kunne ikke læses",
      "2028   470.000 kr. *   1.900.000 kr.   1.430.000 kr.   <-- USIKKER: mindst 470.000 kr.; 1 beløb kunne ikke læses",
    ]);
    const at = (heading: string) => lines.findIndex((l) => l.startsWith(heading));
    expect(at("Fejl (2):")).toBeGreaterThan(at("2028"));
    expect(at("Advarsler (")).toBeGreaterThan(at("Fejl (2):"));
    expect(at("Oplysninger (2):")).toBeGreaterThan(at("Advarsler ("));
    const errors = lines.slice(at("Fejl (2):") + 1, at("Fejl (2):") + 3);
    expect(errors.every((l) => l.startsWith("  - "))).toBe(true);
    expect(errors[0]).toContain("'Tryghedsplan 2026'!I7");
    expect(errors[1]).toContain("'Tryghedsplan 2026'!J7");
    // Warnings: the "250,000" and the I alt it makes differ; info: partners goal met, fixed grant.
    expect(lines.at(-2)).toBe("Resultat: 2 fejl, 2 advarsler, 2 oplysninger.");
  });

  it("in English with --lang en", async () => {
    const f = await writeWorkbook(t.file("ok.xlsx"), overviewWorkbook());
    const r = await runCli([f, "--lang", "en"]);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      'Budget check of ok.xlsx, sheet "Tryghedsplan 2026"',
      "Plan year 2026 (from the title), 5 activities",
    ]);
    expect(r.out).toContain("2026   DKK 1,010,000   DKK 1,900,000     DKK 890,000");
  });
});
