// The unit a text states, read as people write it: "Beløb i 1.000 kr.", "2026 (t.kr.)", "mio. kr.",
// "kr. 1.000". A number right before the word makes it an amount, not a unit ("1,9 mio. kr.").
import type { AmountUnit } from "./amountScale";

// Longest spelling first: "millioner" must not stop at "mill".
const LETTER = /[a-zæøå]/;
const UNIT_TOKENS: readonly [AmountUnit, RegExp][] = [
  ["mio", /(?:millioner|millions?|mill|mio)\.?(?![a-zæøå])/g],
  [
    "1000",
    new RegExp(
      [
        /1[. ,]?000 ?(?:kr\.?|kroner|dkk)(?![a-zæøå])/.source,
        /(?:kr\.?|dkk) ?1[. ,]?000(?!\d|[.,]\d)/.source,
        /t\.? ?(?:kr|dkk)(?![a-zæøå])/.source,
        /tusinde? ?(?:kr|kroner|dkk)(?![a-zæøå])/.source,
        /i tusinder?(?![a-zæøå])/.source,
        /'000(?!\d)/.source,
        /thousands?(?![a-z])/.source,
      ].join("|"),
      "g"
    ),
  ],
  ["kr", /(?:kroner|kr\.?|dkk)(?![a-zæøå])(?!\.? ?\d)/g],
];

const AMOUNT_WORD_BEFORE = /(?:millioner|millions?|mill|mio)\.? ?$/;

/** A year right before the word is a year column's header ("2026 t.kr."), not an amount. */
const YEAR_BEFORE = /(?:^|[^\d.,])(?:199\d|20\d\d|2100) ?$/;
/** "t." or "t " before "kr.": the kroner of "t.kr." (thousands), never kroner alone. */
const THOUSANDS_BEFORE = /(?:^|[^a-zæøå])t\.? ?$/;

/** A unit word counts only when no number stands right before it ("1,9 mio." is an amount). */
function standsAlone(text: string, index: number, unit: AmountUnit): boolean {
  // "1,9 mio. kr.": the "kr." of an amount in millions belongs to the amount too.
  const before = text.slice(Math.max(0, index - 16), index).replace(AMOUNT_WORD_BEFORE, "");
  if (unit === "kr" && THOUSANDS_BEFORE.test(before)) return false;
  if (/\d(?:[.,]| )?$/.test(before) && !YEAR_BEFORE.test(before)) return false;
  // A word ("t.kr.", "mio.") must start a word: "budget kr." is not "t kr.".
  return !(LETTER.test(text[index]) && index > 0 && LETTER.test(text[index - 1]));
}

/** The unit a text states ("Beløb i 1.000 kr.", "2026 (t.kr.)", "mio. kr."), if any. */
export function unitIn(raw: string): AmountUnit | undefined {
  const text = raw
    .toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\s]+/g, " ")
    .replace(/[’‘´`]/g, "'");
  for (const [unit, re] of UNIT_TOKENS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (standsAlone(text, m.index, unit)) return unit;
    }
  }
  return undefined;
}
