// The report's sections after the year table: multi-year grants and their anchoring, the partner
// target, the findings grouped by kind (each with its cell), and the changes since approval.
import type { Content, TableCell } from "pdfmake/interfaces";
import { a1 } from "../core/sheet";
import type { Changes } from "../core/compare";
import { signedKr } from "../core/compare";
import { labelsFor } from "../core/words";
import { findingKind } from "../core/words";
import { anchoringLabel, findingMessage } from "../core/words";
import { formatKr } from "../core";
import type { Finding, FindingCode, Lang, Report } from "../core";
import { PDF_WORDS } from "./words";

const head = (cells: readonly string[]): TableCell[] =>
  cells.map((text) => ({ text, style: "th" }));

/**
 * A table whose header rows repeat on every page it flows onto, kept with its first row (so a
 * heading never ends a page alone). `title` becomes a first header row spanning the table.
 */
function table(
  header: readonly string[],
  rows: TableCell[][],
  widths: (string | number)[],
  title?: string
): Content {
  const span = header.slice(1).map((): TableCell => "");
  const top: TableCell[][] = title
    ? [[{ text: title, bold: true, fontSize: 10, colSpan: header.length }, ...span]]
    : [];
  return {
    table: {
      headerRows: top.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [...top, head(header), ...rows],
    },
    layout: "lightHorizontalLines",
    fontSize: 9,
    margin: [0, 2, 0, 8],
  };
}

export function grantsSection(report: Report, lang: Lang): Content[] {
  const w = PDF_WORDS[lang];
  const years = report.overview.years;
  const rows = report.overview.rows
    .filter((r) => r.multiYear)
    .map((r): TableCell[] => [
      r.name,
      years.filter((y, i) => y >= report.planYear && (r.amounts[i] ?? 0) !== 0).join(", "),
      r.anchoring === "missing"
        ? { text: anchoringLabel(r.anchoring, lang), bold: true }
        : anchoringLabel(r.anchoring, lang),
    ]);
  return [
    { text: w.grants, style: "h2" },
    rows.length
      ? table([labelsFor(lang).activity, labelsFor(lang).year, labelsFor(lang).anchoring], rows, [
          "*",
          80,
          140,
        ])
      : { text: w.noGrants, fontSize: 9 },
  ];
}

export function partnersSection(report: Report, lang: Lang): Content[] {
  const f = report.findings.filter(
    (x) => x.code === "PARTNERS_BELOW_TARGET" || x.code === "PARTNERS_SHARE"
  );
  if (f.length === 0) return [];
  return [
    { text: labelsFor(lang).partners, style: "h2" },
    ...f.map((x): Content => ({
      text: findingMessage(x, lang),
      fontSize: 9,
      margin: [0, 0, 0, 6],
    })),
  ];
}

/** Findings grouped by kind (code), each group with its count, each line with its cell. */
export function findingsSection(findings: Finding[], lang: Lang): Content[] {
  const w = PDF_WORDS[lang];
  const L = labelsFor(lang);
  const out: Content[] = [{ text: L.findings, style: "h2" }];
  if (findings.length === 0) return [...out, { text: L.noRemarks, fontSize: 9 }];
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  for (const [code, group] of groups) {
    const kind = findingKind(code, lang).title;
    const rows = group.map((f): TableCell[] => [f.at ? a1(f.at) : "", findingMessage(f, lang)]);
    out.push(table(w.findingCols, rows, [110, "*"], `${kind} (${group.length})`));
  }
  return out;
}

/** The changes since the approved plan, per year (when a baseline exists). */
export function changesSection(changes: Changes | undefined, lang: Lang): Content[] {
  if (!changes) return [];
  const L = labelsFor(lang);
  const w = L.changes;
  const rows = changes.years.map((y): TableCell[] => [
    String(y.year),
    { text: formatKr(y.approvedTotal, lang), alignment: "right" },
    { text: formatKr(y.total, lang), alignment: "right" },
    { text: signedKr(y.delta, lang), alignment: "right" },
  ]);
  const moved = changes.activities.length;
  return [
    { text: w.title, style: "h2" },
    table([L.year, w.approved, w.now, w.change], rows, [40, "*", "*", "*"]),
    ...(moved ? [{ text: w.activitiesChanged(moved), fontSize: 9 }] : []),
  ];
}
