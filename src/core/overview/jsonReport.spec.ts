import type { Report } from "../types";
import { jsonReport, jsonReportSchema } from "./jsonReport";
import { ore, yearSummary } from "../../../tests/fixtures/overviewPlan";

jest.mock(
  "../words/messages/index",
  () => ({
    findingMessage: (f: { code: string; year?: number }, lang: string) =>
      `${lang}:${f.code}:${f.year ?? "-"}`,
  }),
  { virtual: true }
);

const report: Report = {
  sheet: "Tryghedsplan 2026",
  planYear: 2026,
  planYearSource: "title",
  unit: { unit: "kr", source: "none" },
  blocks: [],
  activities: [
    {
      id: 0,
      name: "Kvinder, job og fællesskab",
      nr: "8",
      area: "Positive fællesskaber",
      partners: ["Ny Start", "fsb"],
      row: 11,
      cell: "'Tryghedsplan 2026'!B12",
      // Aligned with the report's years, 2025 and 2026.
      amounts: [ore(270000), ore(200000.5)],
      block: 0,
      multiYear: true,
      anchoring: "missing",
    },
    {
      id: 1,
      name: "Bylivs- og tryghedspuljen",
      partners: [],
      row: 12,
      cell: "'Tryghedsplan 2026'!B13",
      amounts: [null, ore(113000)],
      block: 0,
      multiYear: false,
      anchoring: "notNeeded",
    },
  ],
  years: [
    yearSummary(2025, 270000, 1900000, "compareOnly"),
    yearSummary(2026, 2015000, 1900000, "over"),
  ],
  findings: [
    {
      code: "OVER_FRAME",
      severity: "error",
      at: { sheet: "Tryghedsplan 2026", row: 19, col: 3 },
      year: 2026,
      total: ore(2015000),
      frame: ore(1900000),
      over: ore(115000),
    },
    {
      code: "NO_ANCHOR_COLUMN",
      severity: "warning",
      at: { sheet: "Tryghedsplan 2026", row: 2, col: 1 },
      count: 1,
      grants: [],
    },
  ],
  overview: {
    sheet: "x",
    planYear: 2026,
    unit: { unit: "kr", source: "none" },
    years: [],
    rows: [],
    areaSubtotals: [],
    totals: [],
  },
};

describe("jsonReport", () => {
  it("has the issue's shape, amounts in kroner, absent values null, rows 1-based", () => {
    const doc = jsonReport(report, "plan.xlsx", "da");
    expect(doc).toEqual({
      file: "plan.xlsx",
      sheet: "Tryghedsplan 2026",
      planYear: 2026,
      unit: { unit: "kr", source: "none", cell: null, conflict: null },
      shape: "table",
      years: [
        {
          year: 2025,
          total: 270000,
          frame: 1900000,
          leftover: 1630000,
          overFrame: false,
          margin: null,
          unreadAmounts: 0,
          outsideFrame: 0,
          status: "compareOnly",
        },
        {
          year: 2026,
          total: 2015000,
          frame: 1900000,
          leftover: -115000,
          overFrame: true,
          margin: null,
          unreadAmounts: 0,
          outsideFrame: 0,
          status: "over",
        },
      ],
      activities: [
        {
          name: "Kvinder, job og fællesskab",
          nr: "8",
          area: "Positive fællesskaber",
          row: 12,
          amounts: { "2025": 270000, "2026": 200000.5 },
          multiYear: true,
          anchoring: "missing",
          partners: ["Ny Start", "fsb"],
          outsideFrame: null,
        },
        {
          name: "Bylivs- og tryghedspuljen",
          nr: null,
          area: null,
          row: 13,
          amounts: { "2026": 113000 },
          multiYear: false,
          anchoring: "notNeeded",
          partners: [],
          outsideFrame: null,
        },
      ],
      findings: [
        {
          severity: "error",
          code: "OVER_FRAME",
          message: "da:OVER_FRAME:2026",
          cell: "'Tryghedsplan 2026'!D20",
          activity: null,
          year: 2026,
        },
        {
          severity: "warning",
          code: "NO_ANCHOR_COLUMN",
          message: "da:NO_ANCHOR_COLUMN:-",
          cell: "'Tryghedsplan 2026'!B3",
          activity: null,
          year: null,
        },
      ],
    });
    expect(jsonReportSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  it("uses the language asked for", () => {
    expect(jsonReport(report, "f.xlsx", "en").findings[0].message).toBe("en:OVER_FRAME:2026");
  });

  it("the schema refuses an extra or missing key", () => {
    const doc = jsonReport(report, "plan.xlsx", "da");
    expect(jsonReportSchema.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    const { file: _file, ...noFile } = doc;
    expect(jsonReportSchema.safeParse(noFile).success).toBe(false);
  });
});
