// Excel's own sheet-name rules, checked before we ask the host to create a sheet.
import type { DialogStrings } from "./words/dialog";

const FORBIDDEN = /[:\\/?*[\]]/;

/** The message to show for a sheet name Excel would refuse, or undefined when it is valid. */
export function sheetNameProblem(name: string, t: DialogStrings): string | undefined {
  if (name.trim() === "") return t.sheetNameEmpty;
  if (name.length > 31) return t.sheetNameTooLong;
  if (FORBIDDEN.test(name)) return t.sheetNameBadChars;
  if (name.startsWith("'") || name.endsWith("'")) return t.sheetNameApostrophe;
  return undefined;
}

/** "Budgetoversigt" → "Budgetoversigt 2" (→ "… 3" when 2 is also taken). */
export function nextSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
