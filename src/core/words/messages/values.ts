// What the message tables share: the table type, and the place and years as words.
import { a1, columnLetter } from "../../sheet/address";
import { yearSpan } from "../../derived";
import type { CellPos, Finding, FindingCode, FindingOf, GrantRef } from "../../types";

/** One message per finding code, each reading only its code's fields: a wrong name fails to compile. */
export type MessageTable = { [C in FindingCode]: (f: FindingOf<C>) => string };

/** The finding's cell in A1, "" when it points at none. */
export function cellOf(f: Finding): string {
  return f.at ? a1(f.at) : "";
}

/** "«A» (B3), «B» (B4)": named grants with their cells on the sheet, without the sheet name. */
export function grantList(grants: readonly GrantRef[], quote: (name: string) => string): string {
  return grants
    .map((g) => `${quote(g.activity)} (${columnLetter(g.at.col)}${g.at.row + 1})`)
    .join(", ");
}

/** "2026–2028" or "2026, 2028". */
export function yearsOf(years: readonly number[]): string {
  return yearSpan(years);
}

/**
 * The amount an approximate text speaks of, as an example to type ("ca. 300.000" → "300.000");
 * "50.000" when the text names none. Its sign is kept: a minus ("ca. -5.000" → "-5.000") and an
 * accountant's parentheses ("(60.000)" → "-60.000") are negatives, and an example without them
 * would turn the amount around.
 */
export function exampleAmount(text: string): string {
  const m = /([-–−]\s*)?(\d{1,3}(?:\.\d{3})+|\d+)/.exec(text);
  if (!m) return "50.000";
  const negative = m[1] !== undefined || /^\s*\(.*\)\s*$/.test(text);
  return negative ? `-${m[2]}` : m[2];
}

/** "A1, C3, D3": cells on the finding's sheet without its name, at most four, then "…". */
export function localCells(cells: readonly CellPos[]): string {
  const named = cells.slice(0, 4).map((c) => `${columnLetter(c.col)}${c.row + 1}`);
  return cells.length > 4 ? `${named.join(", ")} …` : named.join(", ");
}
