import type { Finding, Overview } from "../types";
import { KRONER_FORMAT, LEFTOVER_FORMAT } from "./overviewNames";
import { overviewSheetPlan } from "./overviewSheet";
import { ore, perYear, subtotals, yearSummary } from "../../../tests/fixtures/overviewPlan";

// The words belong to messages/ (tested there); here they are stand-ins so the plan's layout is
// asserted on its own.
jest.mock(
  "../words/messages/index",
  () => ({
    anchoringLabel: (a: string, lang: string) => `${lang}:${a}`,
    findingMessage: (f: Finding, lang: string) =>
      `${lang}:${f.code}@${f.at ? jest.requireActual("../sheet/address").a1(f.at) : ""}`,
  }),
  { virtual: true }
);

const YEARS = [2026, 2025, 2027];

const multi: Finding = {
  code: "MULTI_YEAR_NO_ANCHOR",
  severity: "error",
  at: { sheet: "Tryghedsplan 2026", row: 8, col: 1 },
  activityId: 0,
  activity: "Kvinder, job og fællesskab",
  years: [2026, 2027],
};
const neg: Finding = {
  code: "NEGATIVE_AMOUNT",
  severity: "warning",
  at: { sheet: "Tryghedsplan 2026", row: 8, col: 3 },
  activityId: 0,
  activity: "Kvinder, job og fællesskab",
  year: 2026,
  amount: ore(-5000),
};

const overview: Overview = {
  sheet: "Tryghedsplan 2026",
  planYear: 2026,
  unit: { unit: "kr", source: "none" },
  years: YEARS,
  rows: [
    {
      activityId: 0,
      nr: "1",
      name: "Lommepengejob",
      area: "Uddannelse og beskæftigelse",
      responsible: "Ny Start",
      partners: ["fsb", "SAB"],
      amounts: perYear(YEARS, { 2025: ore(120000), 2026: ore(120000) }),
      multiYear: false,
      anchoring: "notNeeded",
      findings: [],
    },
    {
      activityId: 1,
      nr: "8",
      name: "Kvinder, job og fællesskab",
      area: 'Aktive "byrum"',
      partners: [],
      amounts: perYear(YEARS, { 2025: ore(270000), 2026: ore(200000.5), 2027: ore(170000) }),
      multiYear: true,
      anchoring: "missing",
      findings: [multi, neg],
    },
  ],
  areaSubtotals: [
    {
      area: "Uddannelse og beskæftigelse",
      amounts: subtotals(YEARS, { 2025: ore(120000), 2026: ore(120000) }),
    },
    {
      area: 'Aktive "byrum"',
      amounts: subtotals(YEARS, { 2025: ore(270000), 2026: ore(200000.5), 2027: ore(170000) }),
    },
  ],
  totals: [
    yearSummary(2025, 390000, 1900000, "compareOnly"),
    yearSummary(2026, 320000.5, 300000, "over"),
    yearSummary(2027, 170000, 1900000, "within"),
  ],
};

describe("overviewSheetPlan", () => {
  const plan = overviewSheetPlan(overview, "da");
  const cell = (address: string) => plan.cells.find((c) => c.address === address);

  it("names the sheet and its table", () => {
    expect(plan.sheetName).toBe("Budgetoversigt");
    expect(plan.table.name).toBe("Budgetoversigt_tabel");
    expect(plan.table.style).toBe("TableStyleMedium2");
  });

  it("lays out the table: header on row 11, below the year summary, years ascending", () => {
    expect(plan.table.headerRow).toBe(10);
    expect(plan.table.ref).toBe("A11:K13");
    expect(plan.table.columns.map((c) => c.header)).toEqual([
      "Nr.",
      "Aktivitet",
      "Indsatsområde",
      "Aktivitetsansvarlig",
      "Samarbejdspartnere",
      "2025",
      "2026",
      "2027",
      "Flerårig",
      "Forankring",
      "Bemærkninger",
    ]);
    expect(plan.table.columns.filter((c) => c.kind === "kroner").map((c) => c.numFmt)).toEqual([
      KRONER_FORMAT,
      KRONER_FORMAT,
      KRONER_FORMAT,
    ]);
    // A whole-number Nr. is a number (no green "number stored as text" triangle in Excel).
    expect(plan.table.rows).toEqual([
      [
        1,
        "Lommepengejob",
        "Uddannelse og beskæftigelse",
        "Ny Start",
        "fsb; SAB",
        120000,
        120000,
        null,
        "Nej",
        "da:notNeeded",
        null,
      ],
      [
        8,
        "Kvinder, job og fællesskab",
        'Aktive "byrum"',
        null,
        null,
        270000,
        200000.5,
        170000,
        "Ja",
        "da:missing",
        "da:MULTI_YEAR_NO_ANCHOR@'Tryghedsplan 2026'!B9\nda:NEGATIVE_AMOUNT@'Tryghedsplan 2026'!D9",
      ],
    ]);
    expect(plan.freezeRows).toBe(11);
    expect(plan.columnWidths).toHaveLength(11);
    expect(plan.ignoredNumberAsText).toEqual(["A12:A13"]);
  });

  it("sizes the columns to their content within limits, and wraps what is longer", () => {
    const widths = Object.fromEntries(plan.table.columns.map((c) => [c.key, c.width]));
    // Column A holds "Tjekket ark" above the table: wide enough for it, not Nr.'s 6.
    expect(widths.nr).toBe("Tjekket ark".length + 2);
    // The subtotal "Uddannelse og beskæftigelse" (27) below the table; the header "Aktivitetsansvarlig" (19).
    expect(widths.name).toBe(29);
    expect(widths.responsible).toBe(21);
    // "300.000 kr." and "200.001 kr." (11 characters): the frame and the amount shown rounded.
    expect(widths.y2026).toBe(13);
    expect(plan.columnWidths).toEqual(plan.table.columns.map((c) => c.width));
    const long = "Teknik- og Miljøforvaltningen; ".repeat(3);
    const wide = overviewSheetPlan(
      { ...overview, rows: [{ ...overview.rows[0], partners: [long] }] },
      "da"
    ).table.columns.find((c) => c.key === "partners")!;
    expect(wide).toMatchObject({ width: 40, wrap: true });
    expect(plan.table.columns.find((c) => c.key === "partners")?.wrap).toBeUndefined();
    expect(plan.table.columns.find((c) => c.key === "remarks")?.wrap).toBe(true);
  });

  it("writes the title rows and leaves the date to the writer", () => {
    expect(cell("A1")).toMatchObject({ value: "Budgetoversigt – Tryghedsplan 2026", title: true });
    expect(cell("A2")?.value).toBe("Tjekket ark");
    expect(cell("B2")?.value).toBe("Tryghedsplan 2026");
    expect(cell("A3")?.value).toBe("Dato");
    expect(plan.dateCell).toEqual({ address: "B3", row: 2, col: 1, numFmt: "dd-mm-yyyy" });
    expect(cell("B3")).toBeUndefined();
  });

  it("subtotals per focus area with SUMIF over the table, quotes doubled", () => {
    expect(cell("B15")?.value).toBe("I alt pr. indsatsområde");
    expect(cell("B16")?.value).toBe("Uddannelse og beskæftigelse");
    expect(cell("F16")).toMatchObject({
      value: 120000,
      formula: 'SUMIF($C$12:$C$13,"Uddannelse og beskæftigelse",$F$12:$F$13)',
      numFmt: KRONER_FORMAT,
    });
    expect(cell("H16")).toMatchObject({ value: 0 });
    expect(cell("B17")?.value).toBe('Aktive "byrum"');
    expect(cell("G17")).toMatchObject({
      value: 200000.5,
      formula: 'SUMIF($C$12:$C$13,"Aktive ""byrum""",$G$12:$G$13)',
    });
  });

  it("the activities without a focus area get their own subtotal (SUMIF on an empty area)", () => {
    const none = { ...overview.rows[0], activityId: 2, nr: "9", name: "Sekretariat" };
    delete none.area;
    const withNone = overviewSheetPlan(
      {
        ...overview,
        rows: [...overview.rows, none],
        areaSubtotals: [
          ...overview.areaSubtotals,
          { area: null, amounts: subtotals(YEARS, { 2026: ore(120000) }) },
        ],
      },
      "da"
    );
    const at = (a: string) => withNone.cells.find((c) => c.address === a);
    expect(at("B19")?.value).toBe("Uden indsatsområde");
    expect(at("G19")).toMatchObject({
      value: 120000,
      formula: 'SUMIF($C$12:$C$14,"",$G$12:$G$14)',
    });
    expect(
      overviewSheetPlan(
        { ...overview, areaSubtotals: [{ area: null, amounts: [] }] },
        "en"
      ).cells.some((c) => c.value === "No focus area")
    ).toBe(true);
  });

  it("per year above the table (first printed page): I alt (SUM), Ramme, Restbeløb", () => {
    expect(cell("B5")).toMatchObject({ value: "Pr. år", bold: true });
    expect(["F5", "G5", "H5"].map((a) => cell(a)?.value)).toEqual(["2025", "2026", "2027"]);
    expect(cell("B6")?.value).toBe("I alt");
    expect(cell("B7")?.value).toBe("Ramme");
    expect(cell("B8")?.value).toBe("Restbeløb");
    expect(cell("G6")).toMatchObject({ value: 320000.5, formula: "SUM(G12:G13)" });
    expect(cell("G7")).toMatchObject({ value: 300000, numFmt: KRONER_FORMAT });
    expect(cell("G7")?.formula).toBeUndefined();
    expect(cell("G8")).toMatchObject({
      value: -20000.5,
      formula: "G7-G6",
      numFmt: LEFTOVER_FORMAT,
    });
    expect(cell("F9")?.value).toBe("(til sammenligning)");
    expect(cell("G9")).toBeUndefined();
    expect(plan.years).toEqual([
      {
        year: 2025,
        column: "F",
        compareOnly: true,
        overFrame: false,
        totalCell: "F6",
        frameCell: "F7",
        leftoverCell: "F8",
        definedName: "Restbeløb_2025",
        definedNameRef: "Budgetoversigt!$F$8",
        total: 390000,
        frame: 1900000,
        leftover: 1510000,
      },
      {
        year: 2026,
        column: "G",
        compareOnly: false,
        overFrame: true,
        totalCell: "G6",
        frameCell: "G7",
        leftoverCell: "G8",
        definedName: "Restbeløb_2026",
        definedNameRef: "Budgetoversigt!$G$8",
        total: 320000.5,
        frame: 300000,
        leftover: -20000.5,
      },
      {
        year: 2027,
        column: "H",
        compareOnly: false,
        overFrame: false,
        totalCell: "H6",
        frameCell: "H7",
        leftoverCell: "H8",
        definedName: "Restbeløb_2027",
        definedNameRef: "Budgetoversigt!$H$8",
        total: 170000,
        frame: 1900000,
        leftover: 1730000,
      },
    ]);
    expect(plan.definedNames).toEqual([
      { name: "Restbeløb_2025", ref: "Budgetoversigt!$F$8" },
      { name: "Restbeløb_2026", ref: "Budgetoversigt!$G$8" },
      { name: "Restbeløb_2027", ref: "Budgetoversigt!$H$8" },
    ]);
  });

  it("gives the chart its ranges: years, total and frame rows of the summary; below the table", () => {
    expect(plan.chart).toEqual({
      title: "I alt og ramme pr. år",
      categoriesRef: "Budgetoversigt!$F$5:$H$5",
      series: [
        {
          name: "I alt",
          nameRef: "Budgetoversigt!$B$6",
          valuesRef: "Budgetoversigt!$F$6:$H$6",
          color: "1F4E79",
        },
        {
          name: "Ramme",
          nameRef: "Budgetoversigt!$B$7",
          valuesRef: "Budgetoversigt!$F$7:$H$7",
          color: "A6A6A6",
        },
      ],
      topLeft: "B19",
      bottomRight: "H37",
    });
  });

  it("quotes a sheet name with a space and derives a valid table name", () => {
    const p = overviewSheetPlan(overview, "en", { sheetName: "Budget overview 2" });
    expect(p.table.name).toBe("Budget_overview_2_tabel");
    expect(p.definedNames[1]).toEqual({
      name: "Restbeløb_2026",
      ref: "'Budget overview 2'!$G$8",
    });
    expect(p.table.columns[1].header).toBe("Activity");
    expect(p.table.rows[1][8]).toBe("Yes");
    expect(p.cells.find((c) => c.address === "B8")?.value).toBe("Leftover");
  });

  it("takes the table name the ownership decision chose", () => {
    const p = overviewSheetPlan(overview, "da", { tableName: "Budgetoversigt_tabel2" });
    expect(p.table.name).toBe("Budgetoversigt_tabel2");
  });

  it("keeps one blank data row when there are no activities (Excel tables need one)", () => {
    const p = overviewSheetPlan(
      { ...overview, rows: [], areaSubtotals: [], totals: overview.totals },
      "da"
    );
    expect(p.table.rows).toEqual([Array(11).fill(null)]);
    expect(p.table.ref).toBe("A11:K12");
    expect(p.cells.find((c) => c.address === "G6")?.formula).toBe("SUM(G12:G12)");
    // No subtotal section: the chart follows one blank row after the table.
    expect(p.chart.topLeft).toBe("B14");
  });
});
