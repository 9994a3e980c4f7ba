// Partners as people list them: "fsb; SAB og AAB", "Politi, SSP & skolen", one per line.

/** Splits a partners cell on ; , " og " " and " & / and line breaks; trims and drops empties. */
export function splitPartners(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[;,&\n\r/]+|\s+og\s+|\s+and\s+/i)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "" && !/^[-–—?]$/.test(p));
}
