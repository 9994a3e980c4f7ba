// Partners as people list them: "fsb; SAB og AAB", "Politi, SSP & skolen", one per line.
import { tidySpaces } from "./text";

/** Splits a partners cell on ; , " og " " and " & / and line breaks; trims and drops empties. */
export function splitPartners(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(/[;,&\n\r/]+|\s+og\s+|\s+and\s+/i)) {
    const p = tidySpaces(part);
    // Not a lone dash or question mark ("-", "–", "—", "?"): those mean "none".
    if (p !== "" && !(p.length === 1 && "-–—?".includes(p))) out.push(p);
  }
  return out;
}
