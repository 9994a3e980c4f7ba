// The readable report: per-year table (total, frame, leftover), then the findings grouped by
// severity with their cells. Plain text, so it reads the same in a terminal and in a log.
import { outputLabelsFor } from "../core/words";
import { a1 } from "../core/sheet";
import { activityCounts, formatKr, ZERO_ORE } from "../core";
import { shapeLine, spendingText, unitLine, yearStatusText, yearTotalText } from "../core/words";
import { findingKind } from "../core/words";
import { findingMessage } from "../core/words";
import type { Finding, Lang, Report, Severity } from "../core";

/** The command's own words; the plan's labels come from the one label table (core/words/labels.ts). */
const T = {
  da: {
    head: (file: string, sheet: string) => `Budgettjek af ${file}, arket «${sheet}»`,
    unitOption: "angivet med --unit",
    result: (counts: string) => `Resultat: ${counts}.`,
    cell: "celle",
  },
  en: {
    head: (file: string, sheet: string) => `Budget check of ${file}, sheet "${sheet}"`,
    unitOption: "given with --unit",
    result: (counts: string) => `Result: ${counts}.`,
    cell: "cell",
  },
};

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function findingLine(f: Finding, lang: Lang): string {
  const text = findingMessage(f, lang);
  // Most messages name their cell already; the others get it appended, so every line has one.
  const cell = f.at ? a1(f.at) : "";
  const where = cell && !text.includes(cell) ? ` [${T[lang].cell} ${cell}]` : "";
  return `  - ${text}${where}`;
}

/**
 * The year's answer beside its row: over the frame, compare-only, or uncertain and why; on a sheet
 * with two units, over or within in every unit with the smallest margin (core's words).
 */
function yearMark(y: Report["years"][number], lang: Lang, over: string): string {
  const L = outputLabelsFor(lang);
  if (y.status === "compareOnly") return `(${L.compareOnly})`;
  if (y.status === "over") {
    // "OVER RAMMEN med mindst 437.000 kr., hvilken af arkets enheder der end gælder"
    const mark =
      y.margin !== undefined ? `${over}${yearStatusText(y, lang).slice(over.length)}` : over;
    return y.unreadAmounts > 0 ? `<-- ${mark}; * ${yearTotalText(y, lang)}` : `<-- ${mark}`;
  }
  if (y.margin !== undefined) return `<-- ${yearStatusText(y, lang)}`;
  if (y.status === "uncertain") {
    return `<-- ${L.uncertain.toUpperCase()}${yearStatusText(y, lang).slice(L.uncertain.length)}`;
  }
  return "";
}

/** The rows kept out of the frame, summed per plan year, with their names (none: no line). */
function outsideFrameLine(report: Report, lang: Lang): string | undefined {
  const rows = report.overview.outsideFrame ?? [];
  if (rows.length === 0) return undefined;
  const amounts = report.years
    .filter((y) => !y.compareOnly && (y.outsideFrame ?? 0) !== 0)
    .map((y) => `${y.year} ${formatKr(y.outsideFrame!, lang)}`);
  const names = rows.map((r) => (lang === "da" ? `«${r.name}»` : `“${r.name}”`)).join(", ");
  return outputLabelsFor(lang).outsideFrameSummary(
    amounts.join(", ") || formatKr(ZERO_ORE, lang),
    names
  );
}

export function humanReport(report: Report, file: string, lang: Lang): string {
  const t = T[lang];
  const L = outputLabelsFor(lang);
  // The plan year set by option is "from the settings" everywhere else; here the option is named.
  const source = { ...L.planYearSource, settings: L.planYearOption };
  const counts = activityCounts(report.activities);
  const lines: string[] = [
    t.head(file, report.sheet),
    `${L.planYear(report.planYear, source[report.planYearSource])}, ${L.activityCount(counts.inFrame, counts.outsideFrame)}`,
    report.unit.source === "settings"
      ? L.amountsIn(L.amountUnit[report.unit.unit], t.unitOption)
      : unitLine(report.unit, lang),
    ...[shapeLine(report.overview.listShape, lang)].filter((s) => s !== undefined),
    "",
  ];
  const cols = [L.year, L.total, L.frame, L.leftover];
  const over = findingKind("OVER_FRAME", lang).title.toUpperCase();

  const rows = report.years.map((y) => [
    String(y.year),
    y.unreadAmounts > 0 ? `${formatKr(y.total, lang)} *` : formatKr(y.total, lang),
    formatKr(y.frame, lang),
    formatKr(y.leftover, lang),
    yearMark(y, lang, over),
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string =>
    r
      .slice(0, 4)
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("   ") + (r[4] ? `   ${r[4]}` : "");
  lines.push(fmt(cols), fmt(cols.map((_, i) => "-".repeat(widths[i]))), ...rows.map(fmt));
  const outside = outsideFrameLine(report, lang);
  lines.push(...(outside ? [outside] : []), "");
  lines.push(...spendingLines(report, lang));

  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  if (report.findings.length === 0) lines.push(L.noRemarks, "");
  for (const s of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    lines.push(
      `${L.severityGroup[s]} (${group.length}):`,
      ...group.map((f) => findingLine(f, lang)),
      ""
    );
  }
  lines.push(t.result(L.severityCounts(count("error"), count("warning"), count("info"))));
  return lines.join("\n") + "\n";
}

/** Per year with spending: "2026: Forbrugt 612.000 kr. (26 %), pr. 30.09.2026: …; … endnu ikke brugt". */
function spendingLines(report: Report, lang: Lang): string[] {
  if (!report.spending) return [];
  const lines = report.spending.years.map((y) => {
    const text = spendingText(y, lang);
    const parts = [text.headline, text.pace, text.rest, text.unread].filter((p) => p !== undefined);
    return `${y.year}: ${parts.join("; ")}`;
  });
  return [`${outputLabelsFor(lang).spending.title}:`, ...lines, ""];
}
