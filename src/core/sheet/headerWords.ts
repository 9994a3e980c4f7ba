// How a header cell's words are read beyond its name: a note in parentheses after the name, and
// which of two columns of one year is the grant as it stands.

/**
 * A header's name without a note in parentheses after it, as templates write them: "Forankringsplan
 * (ja/nej)", "Aktivitet (navn)", "Samarbejdspartnere (adskil med ;)" name the column before it.
 */
export function withoutNote(label: string): string {
  const bare = label.replace(/\s*\([^()]*\)\s*$/, "");
  return bare === "" ? label : bare;
}

/** Folded words of a year column that is the grant as it stands ("Bevilget 2026", "Korrigeret budget 2026"). */
const GRANTED = /bevilget|bevilling|korrigeret|revideret|justeret|vedtaget|godkendt|endelig/;
/** …and of one that is not, or no longer ("Ansøgt 2026", "Oprindeligt budget 2026", "Forslag 2026"). */
const NOT_GRANTED = /ansoegt|ansoegning|oprindelig|forslag|oensket/;

/**
 * Which of two columns of one year is the budget: the grant as it stands (2) over a plain year
 * (1) over what was asked for or first planned (0); the first of equals.
 */
export function grantRank(folded: string): number {
  if (GRANTED.test(folded)) return 2;
  return NOT_GRANTED.test(folded) ? 0 : 1;
}
