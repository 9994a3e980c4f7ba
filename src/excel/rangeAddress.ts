// Addresses as Office.js returns them ("'Tryghedsplan 2026'!B3:H40") ↔ 0-based coordinates.
import { columnLetter, parseAddress } from "../core/sheet";
import type { MergeRange } from "../core";

/** A rectangle of cells, 0-based and inclusive: the core's MergeRange shape, for any range. */
export type RangeBox = MergeRange;

/** The part after the sheet name: "'Ark 1'!B3:H4" → "B3:H4". */
export function unqualify(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "Sheet!B3:H40" or "B3" → 0-based box; undefined when not a cell or range address. */
export function parseRangeBox(address: string): RangeBox | undefined {
  const [a, b] = unqualify(address).split(":");
  const start = parseAddress(a);
  const end = b === undefined ? start : parseAddress(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** RangeAreas.address ("S!A1:B2, S!D4:D9") → merged ranges. */
export function parseAreas(address: string | undefined): MergeRange[] {
  if (!address) return [];
  const out: MergeRange[] = [];
  for (const part of address.split(",")) {
    const box = parseRangeBox(part.trim());
    if (box) out.push(box);
  }
  return out;
}

/** 0-based row and column → "B3" (no sheet). */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function boxAddress(box: RangeBox): string {
  return `${cellRef(box.top, box.left)}:${cellRef(box.bottom, box.right)}`;
}
