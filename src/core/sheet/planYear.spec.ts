import { resolvePlanYear, type PlanYearInputs } from "./planYear";
import { DEFAULT_FRAME_ORE } from "../settings";

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
  it("then a title row, before the sheet name and the file name", () => {
    expect(
      resolvePlanYear({
        ...base,
        titleTexts: ["Økonomi", "Tryghedsplan 2027"],
        sheetName: "Plan 2026",
        workbookTitle: "Tryghedsplan 2028.xlsx",
      })
    ).toEqual({ year: 2027, source: "title" });
  });
  it("then the sheet name, before the file name", () => {
    expect(
      resolvePlanYear({ ...base, workbookTitle: "Plan 2028.xlsx", sheetName: "Tryghedsplan 2026" })
    ).toEqual({ year: 2026, source: "sheetName" });
  });
  it("then the file name, said as such", () => {
    expect(resolvePlanYear({ ...base, workbookTitle: "Tryghedsplan 2026.xlsx" })).toEqual({
      year: 2026,
      source: "fileName",
    });
  });
  it("a named year counts only among the year columns or next to them", () => {
    const cols = { ...base, yearColumns: [2026, 2027, 2028] };
    // A file named …-2010.xlsx with columns 2026-2028 is not a plan for 2010.
    expect(resolvePlanYear({ ...cols, workbookTitle: "arkiv-2010.xlsx" })).toEqual({
      year: 2026,
      source: "columns",
    });
    expect(
      resolvePlanYear({ ...cols, titleTexts: ["Referat 2019"], sheetName: "Plan 2029" })
    ).toEqual({
      year: 2029,
      source: "sheetName",
    });
    expect(resolvePlanYear({ ...cols, sheetName: "Plan 2025" })).toEqual({
      year: 2025,
      source: "sheetName",
    });
    expect(resolvePlanYear({ ...cols, sheetName: "Plan 2024" }).source).toBe("columns");
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
