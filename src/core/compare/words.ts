// The words for changes since approval, shared by the command, the overview sheet and the pane.
import { formatKr } from "../money";
import { anchoringLabel } from "../messages/index";
import type { Lang, Ore } from "../types";
import { danishDate } from "./baseline";
import type { ActivityChange, Changes, YearDelta } from "./compare";

export const CHANGE_WORDS = {
  da: {
    title: "Ændringer siden godkendt",
    titleAt: (d: string) => `Ændringer siden godkendt ${d}`,
    cols: ["År", "Godkendt", "Nu", "Ændring", "Restbeløb nu"],
    added: "Tilføjet",
    removed: "Fjernet",
    changed: "Ændret",
    was: (n: string) => `før «${n}»`,
    renamed: "omdøbt",
    anchoring: "Forankring",
    newFindings: "Nye fund",
    resolvedFindings: "Løste fund",
    none: "Ingen ændringer siden godkendt.",
    stored: (d: string) => `Sammenligner med grundlaget godkendt ${d}, gemt i projektmappen.`,
    storedNoDate: "Sammenligner med grundlaget gemt i projektmappen.",
    file: (f: string, s: string) => `Godkendt version: ${f}, arket «${s}».`,
    damaged: (p: string, d: string) =>
      `Grundlaget gemt i projektmappen (${p}) er beskadiget og bruges ikke (${d}); tjekket kører uden sammenligning.`,
    otherPlanYear: (a: number, n: number, ys: string) =>
      `Advarsel: det godkendte grundlag er for planår ${a}, dette er planår ${n}; kun de fælles år (${ys}) sammenlignes.`,
    change: "Ændring",
    approvedCol: "Godkendt",
    nowCol: "Nu",
    activity: "Aktivitet",
    status: "Status",
  },
  en: {
    title: "Changes since approval",
    titleAt: (d: string) => `Changes since approval ${d}`,
    cols: ["Year", "Approved", "Now", "Change", "Leftover now"],
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    was: (n: string) => `was "${n}"`,
    renamed: "renamed",
    anchoring: "Anchoring",
    newFindings: "New findings",
    resolvedFindings: "Resolved findings",
    none: "No changes since approval.",
    stored: (d: string) => `Comparing with the baseline approved ${d}, stored in the workbook.`,
    storedNoDate: "Comparing with the baseline stored in the workbook.",
    file: (f: string, s: string) => `Approved version: ${f}, sheet "${s}".`,
    damaged: (p: string, d: string) =>
      `The baseline stored in the workbook (${p}) is damaged and not used (${d}); the check runs without comparison.`,
    otherPlanYear: (a: number, n: number, ys: string) =>
      `Warning: the approved baseline is for plan year ${a}, this is plan year ${n}; only the common years (${ys}) are compared.`,
    change: "Change",
    approvedCol: "Approved",
    nowCol: "Now",
    activity: "Activity",
    status: "Status",
  },
};

/** "+20.000 kr." / "-20.000 kr." (da), "+DKK 20,000" (en): a change always shows its sign. */
export function signedKr(ore: Ore, lang: Lang): string {
  return ore > 0 ? `+${formatKr(ore, lang)}` : formatKr(ore, lang);
}

/** "2026: -20.000 kr., 2027: +20.000 kr." */
export function deltaText(deltas: readonly YearDelta[], lang: Lang): string {
  return deltas.map((d) => `${d.year}: ${signedKr(d.delta, lang)}`).join(", ");
}

/** One changed activity in words: name, rename, per-year changes, anchoring change. */
export function activityChangeText(a: ActivityChange, lang: Lang): string {
  const w = CHANGE_WORDS[lang];
  const parts: string[] = [];
  if (a.deltas.length) parts.push(deltaText(a.deltas, lang));
  if (a.approvedName !== undefined && !a.deltas.length) parts.push(w.renamed);
  if (a.anchoring) {
    parts.push(
      `${w.anchoring.toLowerCase()}: ${anchoringLabel(a.anchoring.approved, lang)} → ${anchoringLabel(a.anchoring.now, lang)}`
    );
  }
  const was = a.approvedName !== undefined ? ` (${w.was(a.approvedName)})` : "";
  return `${a.name}${was}${parts.length ? `: ${parts.join("; ")}` : ""}`;
}

/** The heading: with the approval date when the baseline has one. */
export function changesTitle(c: Changes, lang: Lang): string {
  const w = CHANGE_WORDS[lang];
  return c.baseline.approvedAt ? w.titleAt(danishDate(c.baseline.approvedAt)) : w.title;
}
