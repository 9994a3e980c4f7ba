// Partners as people list them: "fsb; SAB og AAB", "Politi, SSP & skolen", one per line.
import { isTidy } from "./text";

/** Splits a partners cell on ; , " og " " and " & / and line breaks; trims and drops empties. */
export function splitPartners(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(/[;,&\n\r/]+|\s+og\s+|\s+and\s+/i)) {
    const p = isTidy(part) ? part : part.replace(/\s+/g, " ").trim();
    // Not a lone dash or question mark ("-", "–", "—", "?"): those mean "none".
    if (p !== "" && !(p.length === 1 && "-–—?".includes(p))) out.push(p);
  }
  return out;
}
