import { resolvePlanYear, type PlanYearInputs } from "./planYear";
import { DEFAULT_FRAME_ORE } from "./settings";

const base: PlanYearInputs = {
  settings: { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2025 },
  sheetName: "Ark1",
  titleTexts: [],
  yearColumns: [2025, 2026, 2027, 2028],
};

describe("resolvePlanYear", () => {
  it("settings win", () => {
    expect(
      resolvePlanYear({
        ...base,
        settings: { ...base.settings, planYear: 2027 },
        workbookTitle: "Tryghedsplan 2026.xlsx",
      })
    ).toEqual({ year: 2027, source: "settings" });
  });
  it("then the workbook title", () => {
    expect(
      resolvePlanYear({ ...base, workbookTitle: "Tryghedsplan 2026.xlsx", sheetName: "Plan 2030" })
    ).toEqual({
      year: 2026,
      source: "title",
    });
  });
  it("then the sheet name", () => {
    expect(
      resolvePlanYear({ ...base, workbookTitle: "budget.xlsx", sheetName: "Tryghedsplan 2026" })
    ).toEqual({
      year: 2026,
      source: "sheetName",
    });
  });
  it("then a title row", () => {
    expect(resolvePlanYear({ ...base, titleTexts: ["Økonomi", "Tryghedsplan 2026"] })).toEqual({
      year: 2026,
      source: "title",
    });
  });
  it("then the earliest year column not before the current year", () => {
    expect(resolvePlanYear(base)).toEqual({ year: 2025, source: "columns" });
    expect(resolvePlanYear({ ...base, settings: { ...base.settings, currentYear: 2027 } })).toEqual(
      {
        year: 2027,
        source: "columns",
      }
    );
  });
  it("else the latest year column", () => {
    expect(resolvePlanYear({ ...base, yearColumns: [2016, 2013, 2014] })).toEqual({
      year: 2016,
      source: "columns",
    });
  });
});
