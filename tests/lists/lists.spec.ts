// Long lists (issue 17) on workbooks written at test time by XlsxWriter and openpyxl
// (make_lists.py), read through the real package reader and check(): a list per activity and year,
// in 1.000 kr., with budget lines in øre, conflicting values, a year cell with text, unread amounts,
// a multi-year grant without anchoring plan, and a one-click fix written into a list cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Finding, Report } from "../../src/core";
import { fixesFor } from "../../src/core/findings";
import { openWorkbookPackage } from "../../src/ooxml";
import { loadCellEdits } from "../../src/filemode/pendingFixes";
import { runCli } from "../cli/helpers";
import { generatedBy, reportOfBytes } from "../generated";
import { describeWith } from "../tools";

const SHEET = "Tryghedsplan 2026";
const at = (row: number, col: number) => ({ sheet: SHEET, row, col });

const workbooks = generatedBy(path.join(__dirname, "make_lists.py"));
const fixtures = workbooks.dir;
const bytesOf = workbooks.bytes;
const reportOf = (bytes: Uint8Array, name: string): Report => reportOfBytes(bytes, name);
const read = (name: string) => reportOf(bytesOf(name), name);
const codes = (r: Report) => r.findings.map((f) => f.code);
const only = <C extends Finding["code"]>(r: Report, code: C) =>
  r.findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);

/** The plan per activity and year: 2025 (to compare), 2026, 2027, in øre. */
const PLAN_TOTALS = [
  [2025, 50_300_000],
  [2026, 48_900_000],
  [2027, 21_900_000],
];

describeWith(["XlsxWriter", "openpyxl"], "long lists read through the package reader", () => {
  it("one row per activity and year (XlsxWriter): grouped across rows that are not adjacent", () => {
    const r = read("list_year.xlsx");
    expect(r.blocks[0].list).toEqual({ yearCol: 4, amountCol: 5 });
    expect(r.planYear).toBe(2026);
    expect(r.years.map((y) => [y.year, y.total])).toEqual(PLAN_TOTALS);
    expect(r.activities.map((a) => [a.nr, a.name, a.area, a.partners, a.amounts])).toEqual([
      [
        "1",
        "Lommepengejob",
        "Uddannelse og beskæftigelse",
        ["fsb", "SAB"],
        [12_000_000, 12_000_000, null],
      ],
      [
        "2",
        "Det gode valg",
        "Positive fællesskaber",
        ["SSP", "Politiet"],
        [17_000_000, 15_000_000, null],
      ],
      [
        "3",
        "Tidlig foreningsstart",
        "Positive fællesskaber",
        ["KFF"],
        [21_300_000, 21_300_000, 21_300_000],
      ],
      ["4", "Natteravne", "Aktive byrum", ["Natteravnene", "fsb"], [null, 600_000, 600_000]],
    ]);
    // The I alt row (2026: 489.000 kr.) is no activity and agrees with the sum.
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
    // A multi-year grant without anchoring plan, at its first row's Forankringsplan cell (G6).
    expect(only(r, "MULTI_YEAR_NO_ANCHOR")).toEqual([
      expect.objectContaining({
        at: at(5, 6),
        activity: "Tidlig foreningsstart",
        years: [2026, 2027],
      }),
    ]);
    expect(only(r, "PARTNERS_SHARE")).toEqual([
      expect.objectContaining({ withTwo: 3, total: 4, year: 2026 }),
    ]);
    expect(r.overview.rows.map((o) => o.name)).toEqual(r.activities.map((a) => a.name));
  });

  it("in 1.000 kr. (openpyxl), the unit read from the amount header: the same figures", () => {
    const r = read("list_1000.xlsx");
    expect(r.unit).toEqual({ unit: "1000", source: "header", cell: `'${SHEET}'!F3` });
    expect(r.years.map((y) => [y.year, y.total])).toEqual(PLAN_TOTALS);
    expect(codes(r)).not.toContain("UNIT_IN_DOUBT");
  });

  it("budget lines (openpyxl): summed exactly in øre, the I alt line checked and not added", () => {
    const r = read("list_lines.xlsx");
    expect(r.activities.map((a) => [a.name, a.amounts])).toEqual([
      ["Haven", [12_000_080, 10_000_000]],
      ["Din fritid", [10_000_000, null]],
    ]);
    expect(r.years.map((y) => y.total)).toEqual([22_000_080, 10_000_000]);
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });

  it("conflicting focus areas (openpyxl): one finding naming both cells; blanks are no conflict", () => {
    const r = read("list_conflict.xlsx");
    expect(only(r, "LIST_CONFLICT")).toEqual([
      {
        code: "LIST_CONFLICT",
        severity: "warning",
        at: at(4, 1),
        activityId: 0,
        activity: "Haven",
        role: "area",
        value: "Positive fællesskaber",
        first: at(1, 1),
        firstValue: "Aktive byrum",
      },
    ]);
    expect(r.activities[0].area).toBe("Aktive byrum");
  });

  it("a year cell with text and unread amounts make the years uncertain, named at their cells", () => {
    const r = read("list_unread.xlsx");
    expect(r.years.map((y) => [y.year, y.total, y.unreadAmounts, y.status, y.leftover])).toEqual([
      [2026, 160_000_000, 3, "uncertain", 30_000_000],
      [2027, 10_000_000, 1, "uncertain", 180_000_000],
    ]);
    expect(only(r, "NOT_A_NUMBER").map((f) => [f.at, f.year, f.value])).toEqual([
      [at(2, 2), 2026, { text: "ca. 300.000" }],
      [at(4, 2), 2026, { error: "#DIV/0!" }],
    ]);
    expect(only(r, "LIST_YEAR_UNREAD")).toEqual([
      expect.objectContaining({ at: at(5, 1), value: "2027/28", amount: 4_000_000 }),
    ]);
  });

  it("anchoring on a list: missing on a multi-year grant, a fixed grant named on a later row", () => {
    const r = read("list_anchor.xlsx");
    expect(only(r, "MULTI_YEAR_NO_ANCHOR").map((f) => [f.activity, f.at, f.anchoringText])).toEqual(
      [
        ["Lommepengejob", at(1, 4), "nej"],
        ["Haven", at(5, 4), undefined],
      ]
    );
    expect(only(r, "FIXED_GRANT").map((f) => [f.activity, f.at])).toEqual([
      ["Kommunikation, dialog og synlighed", at(4, 4)],
    ]);
  });

  it("the one-click fix writes the list cell (package writer): «120.000 kr.» becomes a number", async () => {
    const bytes = bytesOf("list_anchor.xlsx");
    const before = reportOf(bytes, "list_anchor.xlsx");
    const [f] = only(before, "TEXT_AMOUNT");
    expect(f).toMatchObject({ at: at(6, 3), amount: 12_000_000, year: 2027, activity: "Haven" });
    const fixes = fixesFor(f, before);
    expect(fixes.map((x) => [x.at, x.write.kind === "number" && x.write.value])).toEqual([
      [at(6, 3), 120000],
    ]);
    const edit = await loadCellEdits();
    const after = reportOf(edit(bytes, fixes), "rettet.xlsx");
    expect(codes(after)).not.toContain("TEXT_AMOUNT");
    expect(after.activities.map((a) => a.amounts)).toEqual(before.activities.map((a) => a.amounts));
    expect(after.activities[2].amounts).toEqual([5_000_000, 12_000_000]);
  });

  it("the command says the shape read below the unit, and --json gives the list's sums", async () => {
    const file = path.join(fixtures(), "list_year.xlsx");
    const r = await runCli([file]);
    expect(r.out.split("\n").slice(1, 4)).toEqual([
      "Planår 2026 (fra titlen), 4 aktiviteter",
      "Arkets beløb står i kr. (fra kolonneoverskriften)",
      "Læst som liste: én række pr. aktivitet og år",
    ]);
    const doc = JSON.parse((await runCli([file, "--json"])).out);
    expect(doc.years.map((y: { year: number; total: number }) => [y.year, y.total])).toEqual([
      [2025, 503000],
      [2026, 489000],
      [2027, 219000],
    ]);
  });

  it("spending beside the budget (issue 21): «Forbrug pr. 30.09.2026» per activity and year", () => {
    const r = read("list_spending.xlsx");
    expect(r.years.map((y) => [y.year, y.total])).toEqual([
      [2025, 10_000_000],
      [2026, 37_000_000],
    ]);
    expect(r.spending?.years.map((y) => [y.year, y.budget, y.spent, y.until, y.unread])).toEqual([
      [2025, 10_000_000, 10_500_000, undefined, 0],
      [2026, 37_000_000, 18_000_000, "2026-09-30", 1],
    ]);
    expect(r.spending?.byActivity).toEqual([
      [10_500_000, 15_000_000],
      [null, 0],
      [null, 3_000_000],
      [null, null],
    ]);
    const found = r.findings
      .filter((f) => f.code.startsWith("SPENT_"))
      .map((f) => [f.code, f.activity, f.at, f.year]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["SPENT_OVER_BUDGET", "Haven", at(2, 3), 2025],
        ["SPENT_WITHOUT_BUDGET", "Lommepengejob", at(5, 3), 2026],
        ["SPENT_NOT_STARTED", "Din fritid", at(4, 3), 2026],
        ["SPENT_NOT_A_NUMBER", "Natteravne", at(6, 3), 2026],
      ])
    );
    expect(found).toHaveLength(4);
  });

  it("the CSV and the overview sheet are written from a list as from a wide table", async () => {
    const file = path.join(fixtures(), "list_year.xlsx");
    const csv = path.join(fixtures(), "tabel.csv");
    const copy = path.join(fixtures(), "med-oversigt.xlsx");
    const r = await runCli([file, "--csv", csv, "--write", copy]);
    expect(r.out).toContain(`Gemte ${csv}.`);
    const lines = readFileSync(csv, "utf8").slice(1).split("\r\n");
    expect(lines[0].split(";").slice(0, 8)).toEqual([
      "Nr.",
      "Aktivitet",
      "Indsatsområde",
      "Aktivitetsansvarlig",
      "Samarbejdspartnere",
      "2025",
      "2026",
      "2027",
    ]);
    expect(lines[3].split(";").slice(0, 8)).toEqual([
      "3",
      "Tidlig foreningsstart",
      "Positive fællesskaber",
      "",
      "KFF",
      "213000",
      "213000",
      "213000",
    ]);
    const pkg = openWorkbookPackage(new Uint8Array(readFileSync(copy)));
    expect(pkg.sheets.map((s) => s.name)).toEqual([SHEET, "Budgetoversigt"]);
    // The copy's list still reads the same.
    expect(reportOf(new Uint8Array(readFileSync(copy)), copy).years.map((y) => y.total)).toEqual(
      PLAN_TOTALS.map(([, t]) => t)
    );
  });
});
