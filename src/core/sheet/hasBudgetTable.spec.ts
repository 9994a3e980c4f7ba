import { blocks2013 } from "../../../tests/fixtures/grids/blocks2013";
import { hasBudgetTable } from "./hasBudgetTable";
import { DEFAULT_FRAME_ORE } from "../settings";
import type { Settings } from "../types";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };

describe("hasBudgetTable", () => {
  it("true for a sheet with an activity column and a year column", () => {
    expect(hasBudgetTable(blocks2013, settings)).toBe(true);
  });
  it("false for notes, empty sheets and tables without years", () => {
    const g = (rows: (string | number | null)[][]) => ({
      sheetName: "N",
      originRow: 0,
      originCol: 0,
      rows,
    });
    expect(hasBudgetTable(g([["Referat af mødet"], ["Aktivitet", "Beløb"]]), settings)).toBe(false);
    expect(hasBudgetTable(g([]), settings)).toBe(false);
  });
});
