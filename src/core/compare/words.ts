// Changes since approval in words, shared by the command, the overview sheet, the PDF and the pane;
// the labels themselves are in the one table per language (../words/).
import { outputLabelsFor } from "../words/outputLabels";
import { formatKr } from "../money";
import type { Lang, Ore } from "../types";
import { danishDate } from "./baseline";
import type { ActivityChange, Changes, YearDelta } from "./compare";

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
  const L = outputLabelsFor(lang);
  const w = L.changes;
  const parts: string[] = [];
  if (a.deltas.length) parts.push(deltaText(a.deltas, lang));
  if (a.approvedName !== undefined && !a.deltas.length) parts.push(w.renamed);
  if (a.anchoring) parts.push(`${L.anchoring.toLowerCase()}: ${anchoringChange(a, lang)}`);
  const was = a.approvedName !== undefined ? ` (${w.was(a.approvedName)})` : "";
  return `${a.name}${was}${parts.length ? `: ${parts.join("; ")}` : ""}`;
}

/** The heading: with the approval date when the baseline has one. */
export function changesTitle(c: Changes, lang: Lang): string {
  const w = outputLabelsFor(lang).changes;
  return c.baseline.approvedAt ? w.titleAt(danishDate(c.baseline.approvedAt)) : w.title;
}

/** "Mangler forankringsplan → Har forankringsplan" ("" when the anchoring did not change). */
export function anchoringChange(a: ActivityChange, lang: Lang): string {
  if (!a.anchoring) return "";
  const status = outputLabelsFor(lang).anchoringStatus;
  return `${status[a.anchoring.approved]} → ${status[a.anchoring.now]}`;
}
