// The readable section "Ændringer siden godkendt": per year approved → now, the change and the
// leftover now; then added, removed and changed activities; anchoring; new and resolved findings.
import { outputLabelsFor } from "../core/words";
import { changedActivities, type Changes } from "../core/compare";
import { activityChangeText, changesTitle, signedKr } from "../core/compare";
import { formatKr } from "../core";
import { findingMessage } from "../core/words";
import type { Finding, Lang } from "../core";

function yearTable(c: Changes, lang: Lang): string[] {
  const L = outputLabelsFor(lang);
  const cols = [L.year, L.changes.approved, L.changes.now, L.changes.change, L.changes.leftoverNow];
  const rows = c.years.map((y) => [
    String(y.year),
    formatKr(y.approvedTotal, lang),
    formatKr(y.total, lang),
    signedKr(y.delta, lang),
    formatKr(y.leftover, lang),
  ]);
  const widths = cols.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string =>
    r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("   ");
  return [fmt(cols), fmt(cols.map((_, i) => "-".repeat(widths[i]))), ...rows.map(fmt)];
}

function group(title: string, lines: string[]): string[] {
  return lines.length ? ["", `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`)] : [];
}

const findingLines = (fs: Finding[], lang: Lang): string[] =>
  fs.map((f) => `- ${findingMessage(f, lang)}`);

/** The section, with the lines that say where the baseline came from (`notes`) under its title. */
export function humanChanges(c: Changes, notes: string[], lang: Lang): string {
  const w = outputLabelsFor(lang).changes;
  const changed = changedActivities(c);
  const of = (s: string) =>
    changed.filter((a) => a.status === s).map((a) => activityChangeText(a, lang));
  const lines = [changesTitle(c, lang), ...notes, "", ...yearTable(c, lang)];
  lines.push(
    ...group(w.added, of("added")),
    ...group(w.removed, of("removed")),
    ...group(w.changed, of("changed")),
    ...group(w.newFindings, findingLines(c.findings.new, lang)),
    ...group(w.resolvedFindings, findingLines(c.findings.resolved, lang))
  );
  if (!changed.length && !c.findings.new.length && !c.findings.resolved.length) {
    lines.push("", w.none);
  }
  return lines.join("\n") + "\n";
}
