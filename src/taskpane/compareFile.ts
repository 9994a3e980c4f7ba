// "Compare with another file": the approved version picked with a file picker, read in the
// browser with the same engine and settings (its own sheet found as for any file). ExcelJS loads
// only now, as for file mode and export.
import { baselineFromReport, type Baseline } from "../core/compare/baseline";
import { check } from "../core/check";
import type { Settings } from "../core/types";

export type FileBaseline =
  { ok: true; baseline: Baseline } | { ok: false; reason: "UNREADABLE" | "NO_TABLE" };

export async function baselineFromFile(
  fileName: string,
  data: ArrayBuffer,
  settings: Settings
): Promise<FileBaseline> {
  const xlsx = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
  const loaded = await xlsx.loadWorkbook(new Uint8Array(data));
  if (!loaded.ok) return { ok: false, reason: "UNREADABLE" };
  const { sheet: _ignored, ...rest } = settings;
  const choice = xlsx.findBudgetSheet(loaded.workbook, rest, fileName);
  if (!choice.ok) return { ok: false, reason: "NO_TABLE" };
  const r = check(choice.grid, rest);
  if (!r.ok) return { ok: false, reason: "NO_TABLE" };
  return { ok: true, baseline: { ...baselineFromReport(r.report, null), file: fileName } };
}
