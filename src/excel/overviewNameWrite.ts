// The overview's defined names in the Office shell: the two hidden marker names and the
// Restbeløb_YYYY names, each added with a Range, never A1 text; and the neighbouring year names
// an earlier run may have left, looked up with the write's first sync (overviewWrite.ts).
import type { OwnershipDecision } from "../core/overview";
import { parseRangeBox } from "./rangeAddress";

export function writeYearNames(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  names: { name: string; ref: string }[],
  skipped: Set<string>
): void {
  for (const d of names) {
    if (!skipped.has(d.name.toLowerCase())) workbook.names.add(d.name, rangeOf(sheet, d.ref));
  }
}

/**
 * The two marker names (their old versions were dropped earlier in the batch): the one pointing at
 * the sheet gets a Range, the text constant its formula (a constant has no Range).
 */
export function writeMarker(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  decision: OwnershipDecision
): void {
  for (const m of decision.marker) {
    const ref = m.formula.startsWith('"') ? `=${m.formula}` : rangeOf(sheet, m.formula);
    // Hidden from Name Manager: bookkeeping, not something to pick in a formula.
    workbook.names.add(m.name, ref).visible = false;
  }
}

/**
 * A cell of our sheet as a Range, for NamedItemCollection.add(name, reference: Range | string)
 * (ExcelApi 1.1): Learn does not say how Excel for Windows reads reference TEXT in an R1C1
 * workbook (it returns names in R1C1 there, office-js #1831), so no A1 text is handed over.
 * Worksheet.getRangeByIndexes (ExcelApi 1.7) takes 0-based numbers, not an address.
 */
function rangeOf(sheet: Excel.Worksheet, ref: string): Excel.Range {
  const box = parseRangeBox(ref);
  if (!box) throw new Error(`not a cell reference: ${ref}`);
  return sheet.getRangeByIndexes(
    box.top,
    box.left,
    box.bottom - box.top + 1,
    box.right - box.left + 1
  );
}

/**
 * Restbeløb_YYYY for ten years either side of the plan's: the names an earlier run may have left
 * (a year dropped from the plan) are resolved in the look-up's one sync instead of a second.
 */
export function nearbyYearNames(wanted: string[]): string[] {
  const parsed = wanted
    .map((n) => /^(.*_)(\d{4})$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null);
  if (parsed.length === 0) return [];
  const years = parsed.map((m) => Number(m[2]));
  const prefix = parsed[0][1];
  const out: string[] = [];
  for (let y = Math.min(...years) - 10; y <= Math.max(...years) + 10; y++) {
    if (!years.includes(y)) out.push(`${prefix}${y}`);
  }
  return out;
}
