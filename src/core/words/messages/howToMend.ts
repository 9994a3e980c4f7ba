// How to mend one finding, in the user's language: the kind's words (kinds.ts), except where the
// finding knows more of the sheet. The partners hint names the separators the sheet's own partners
// cells use, so the advice matches how the working group writes them.
import type { PartnerSeparator } from "../../sheet/partners";
import type { Finding, Lang } from "../../types";
import { findingKind } from "./kinds";

/** The separators in words, and how a list of them is joined ("semikolon eller komma"). */
const SEPARATOR_WORDS: {
  readonly [L in Lang]: { names: Record<PartnerSeparator, string>; or: string; as: string };
} = {
  da: {
    names: {
      semicolon: "semikolon (;)",
      comma: "komma",
      slash: "skråstreg (/)",
      lineBreak: "linjeskift",
      og: "«og»",
    },
    or: "eller",
    as: "adskilt med",
  },
  en: {
    names: {
      semicolon: "semicolons (;)",
      comma: "commas",
      slash: "slashes (/)",
      lineBreak: "line breaks",
      og: "“og”",
    },
    or: "or",
    as: "separated by",
  },
};

/** Separators when the sheet names no two partners in one cell yet. */
const ANY_SEPARATOR: PartnerSeparator[] = ["semicolon", "comma", "lineBreak"];

/**
 * How to mend one finding: the kind's words, except where the finding knows more. The partners
 * hint names the separators the sheet's own partners cells use ("adskilt med semikolon (;)").
 */
export function howToMend(f: Finding, lang: Lang): string {
  const how = findingKind(f.code, lang).how;
  if (f.code !== "PARTNERS_BELOW_TARGET") return how;
  const w = SEPARATOR_WORDS[lang];
  const used = f.separators?.length ? f.separators : ANY_SEPARATOR;
  const names = used.map((s) => w.names[s]);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")} ${w.or} ${names[names.length - 1]}`;
  return `${how.slice(0, -1)}, ${w.as} ${list}.`;
}
