// Test helper for the rule specs: run one rule on a small grid, the way check() would.
import { buildModel } from "../../src/core/sheet/build";
import { yearSummaries } from "../../src/core/derived";
import { DEFAULT_FRAME_ORE } from "../../src/core/settings";
import { parseAddress } from "../../src/core/sheet/address";
import type { CellPos, CellValue, Finding, Grid, Settings } from "../../src/core/types";
import type { FindingSchema, Rule } from "../../src/core/findings/rules";

export const SHEET = "Plan";
export const testSettings: Settings = {
  defaultFrame: DEFAULT_FRAME_ORE,
  frames: {},
  currentYear: 2026,
  planYear: 2026,
};

export function grid(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheetName: SHEET, originRow: 0, originCol: 0, rows, ...extra };
}

export function runRule(
  rule: Rule<readonly FindingSchema[]>,
  g: Grid,
  settings: Partial<Settings> = {}
): Finding[] {
  const s = { ...testSettings, ...settings };
  const model = buildModel(g, s);
  if (!model) throw new Error("test grid has no budget table");
  const years = yearSummaries(model.activities, model.years, model.planYear, s, model.sheetFrames);
  return rule.run({ model, years });
}

/** A cell on the test sheet by its A1 letters: at("B2") → {sheet: "Plan", row: 1, col: 1}. */
export function at(a1: string): CellPos {
  const p = parseAddress(a1);
  if (!p) throw new Error(`not an address: ${a1}`);
  return { sheet: SHEET, row: p.row, col: p.col };
}

/** A sheet-qualified A1 address as a position: pos("'Tryghedsplan 2026'!F11"). */
export function pos(address: string): CellPos {
  const p = parseAddress(address);
  if (!p || p.sheet === undefined) throw new Error(`not a sheet-qualified address: ${address}`);
  return { sheet: p.sheet, row: p.row, col: p.col };
}
