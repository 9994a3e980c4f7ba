// The readable report: per-year table (total, frame, leftover), then the findings grouped by
// severity with their cells. Plain text, so it reads the same in a terminal and in a log.
import { a1 } from "../core/address";
import { formatKr } from "../core/money";
import { findingMessage } from "../core/messages/index";
import type { Finding, Lang, PlanYearSource, Report, Severity } from "../core/types";

const T = {
  da: {
    head: (file: string, sheet: string) => `Budgettjek af ${file}, arket «${sheet}»`,
    planYear: (y: number, src: string) => `Planår ${y} (${src})`,
    source: {
      settings: "angivet med --plan-year",
      title: "fra titlen",
      sheetName: "fra arkets navn",
      fileName: "fra filnavnet",
      columns: "fra årskolonnerne",
    } as Record<PlanYearSource, string>,
    activities: (n: number) => `${n} ${n === 1 ? "aktivitet" : "aktiviteter"}`,
    cols: ["År", "I alt", "Ramme", "Restbeløb"],
    over: "OVER RAMMEN",
    compare: "til sammenligning",
    groups: { error: "Fejl", warning: "Advarsler", info: "Oplysninger" } as Record<
      Severity,
      string
    >,
    none: "Ingen bemærkninger.",
    summary: (e: number, w: number, i: number) =>
      `Resultat: ${e} fejl, ${w} ${w === 1 ? "advarsel" : "advarsler"}, ` +
      `${i} ${i === 1 ? "oplysning" : "oplysninger"}.`,
    cell: "celle",
  },
  en: {
    head: (file: string, sheet: string) => `Budget check of ${file}, sheet "${sheet}"`,
    planYear: (y: number, src: string) => `Plan year ${y} (${src})`,
    source: {
      settings: "given with --plan-year",
      title: "from the title",
      sheetName: "from the sheet name",
      fileName: "from the file name",
      columns: "from the year columns",
    } as Record<PlanYearSource, string>,
    activities: (n: number) => `${n} ${n === 1 ? "activity" : "activities"}`,
    cols: ["Year", "Total", "Frame", "Leftover"],
    over: "OVER THE FRAME",
    compare: "for comparison",
    groups: { error: "Errors", warning: "Warnings", info: "Information" } as Record<
      Severity,
      string
    >,
    none: "No remarks.",
    summary: (e: number, w: number, i: number) =>
      `Result: ${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ` +
      `${i} info.`,
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

export function humanReport(report: Report, file: string, lang: Lang): string {
  const t = T[lang];
  const lines: string[] = [
    t.head(file, report.sheet),
    `${t.planYear(report.planYear, t.source[report.planYearSource])}, ${t.activities(report.activities.length)}`,
    "",
  ];

  const rows = report.years.map((y) => [
    String(y.year),
    formatKr(y.total, lang),
    formatKr(y.frame, lang),
    formatKr(y.leftover, lang),
    y.compareOnly ? `(${t.compare})` : y.overFrame ? `<-- ${t.over}` : "",
  ]);
  const widths = t.cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string =>
    r
      .slice(0, 4)
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("   ") + (r[4] ? `   ${r[4]}` : "");
  lines.push(fmt(t.cols), fmt(t.cols.map((_, i) => "-".repeat(widths[i]))), ...rows.map(fmt), "");

  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  if (report.findings.length === 0) lines.push(t.none, "");
  for (const s of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    lines.push(`${t.groups[s]} (${group.length}):`, ...group.map((f) => findingLine(f, lang)), "");
  }
  lines.push(t.summary(count("error"), count("warning"), count("info")));
  return lines.join("\n") + "\n";
}
