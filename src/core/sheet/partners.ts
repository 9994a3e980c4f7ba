// Partners as people list them: "fsb; SAB og AAB", one per line, "Teknik- og Miljøforvaltningen;
// Kultur- og Fritidsforvaltningen" (two partners, each a suspended compound), or a phrase that
// names the whole partnership ("Alle partnerskabets parter").
import { foldAnyText, tidySpaces } from "./text";

/** The separators a partners cell may use, named so the hint can say which the sheet uses. */
export const PARTNER_SEPARATORS = ["semicolon", "comma", "slash", "lineBreak", "og"] as const;
export type PartnerSeparator = (typeof PARTNER_SEPARATORS)[number];

/**
 * One separator: ";", ",", "/", a line break, or "og" standing alone between spaces (any case).
 * Never "og" inside a word ("Ungdomsforvaltningen") and never "&" or "and" (the rule).
 */
const SEPARATOR = /\s*(;|,|\/|\r\n|\r|\n)\s*|\s+(og)\s+/giu;

const SEPARATOR_NAME: Record<string, PartnerSeparator> = {
  ";": "semicolon",
  ",": "comma",
  "/": "slash",
  "\r\n": "lineBreak",
  "\r": "lineBreak",
  "\n": "lineBreak",
  og: "og",
};

/**
 * After a word ending in a hyphen ("Teknik-", "Kultur -") a comma, slash or "og" continues a
 * suspended compound ("Teknik- og Miljøforvaltningen"): it does not separate partners. A
 * semicolon or a line break always does.
 */
const HOLDS_COMPOUND: ReadonlySet<PartnerSeparator> = new Set(["comma", "slash", "og"]);

/**
 * How the overview writes a list back: with "; ", which never stands inside one partner's name,
 * so "Teknik- og Miljøforvaltningen; Kultur- og Fritidsforvaltningen" comes back as it was.
 */
export const PARTNER_JOIN = "; ";

/** A partners cell split, and which separators actually split it. */
export interface PartnerList {
  partners: string[];
  separators: PartnerSeparator[];
}

/** Not a partner: a lone dash or question mark ("-", "–", "—", "?") means "none" or "unknown". */
function isPartner(p: string): boolean {
  return p !== "" && !/^[-–—?]+$/.test(p);
}

/** Splits a partners cell on the separators above; trims, tidies spaces and drops empties. */
export function readPartners(text: string | undefined): PartnerList {
  const partners: string[] = [];
  const used = new Set<PartnerSeparator>();
  if (!text) return { partners, separators: [] };
  let piece = "";
  let from = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    const name = SEPARATOR_NAME[(m[1] ?? m[2]).toLowerCase()];
    piece += text.slice(from, m.index);
    from = m.index + m[0].length;
    if (HOLDS_COMPOUND.has(name) && /-\s*$/.test(piece)) {
      piece += m[0]; // "Teknik-" + " og " + "Miljøforvaltningen": one partner
      continue;
    }
    const p = tidySpaces(piece);
    piece = "";
    if (!isPartner(p)) continue;
    partners.push(p);
    used.add(name);
  }
  const last = tidySpaces(piece + text.slice(from));
  if (isPartner(last)) partners.push(last);
  // A separator counts only between two partners ("fsb;" names one partner, with no separator).
  const separators = partners.length > 1 ? [...used] : [];
  return { partners, separators };
}

/** The partners a cell names (see readPartners). */
export function splitPartners(text: string | undefined): string[] {
  return readPartners(text).partners;
}

/**
 * Phrases that name several parties at once, so one of them is two or more partners. Taken from
 * the plans (seeds 001 and 004): "Alle partnerskabets parter" (Kommunikation, 2026), "alle
 * forvaltninger og partnere", "de lokale aktører", "en række (lokale) aktører", "m.fl.", "hele
 * partnerskabet", "arbejdsgruppen" (where all administrations and partners sit). Folded (lower case,
 * æøå spelled out), matched anywhere in one partner's text.
 */
const SEVERAL_PARTIES = new RegExp(
  "\\b(?:" +
    [
      "alle (?:\\w+ )?(?:parter|partnere|samarbejdspartnere|forvaltninger|aktoerer)",
      "partnerskabets parter",
      "hele partnerskabet",
      "(?:de|flere|en raekke) (?:\\w+ )?aktoerer",
      "m fl",
      "med flere",
    ].join("|") +
    ")\\b"
);

/** The whole partnership ("Partnerskabet") or its working group ("Arbejdsgruppen"), alone. */
const WHOLE_PARTNERSHIP = /^(?:partnerskabet|arbejdsgruppen)$/;

/** Lower case, æ/ø/å spelled out, punctuation dropped, one space between words. */
function foldWords(s: string): string {
  return s
    .split(/[\s.,;:()]+/)
    .map(foldAnyText)
    .filter((w) => w !== "")
    .join(" ");
}

/** One partner's text that names several parties ("Alle partnerskabets parter"). */
export function namesSeveralParties(partner: string): boolean {
  const f = foldWords(partner);
  return SEVERAL_PARTIES.test(f) || WHOLE_PARTNERSHIP.test(f);
}

/** Two or more partners: two names, or one phrase that names several parties. */
export function hasTwoOrMorePartners(partners: readonly string[]): boolean {
  return partners.length >= 2 || partners.some(namesSeveralParties);
}
