// The report's sections after the year table: multi-year grants and their anchoring, the partner
// target, and the findings grouped by kind, each group headed by its severity and each finding
// with its cell given once (in the Celle column, not again inside the text).
import { outputLabelsFor } from "../core/words";
import type { Content, TableCell } from "pdfmake/interfaces";
import { a1, columnLetter } from "../core/sheet";
import { findingKind } from "../core/words";
import { anchoringLabel, findingMessage } from "../core/words";
import type { Finding, FindingCode, Lang, Report } from "../core";
import { bySeverity } from "../core/findings";
import { keepUnits, section, sectionTitle, table } from "./layout";
import { PDF_WORDS } from "./words";

export function grantsSection(report: Report, lang: Lang): Content[] {
  const w = PDF_WORDS[lang];
  const L = outputLabelsFor(lang);
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
  if (!rows.length) return [section(w.grants, [{ text: w.noGrants, fontSize: 9 }])];
  // The heading is the table's first header row: it goes with the first rows, and repeats.
  return [
    table([L.activity, L.year, L.anchoring], rows, ["*", 80, 140], {
      title: sectionTitle(w.grants),
    }),
  ];
}

export function partnersSection(report: Report, lang: Lang): Content[] {
  const f = report.findings.filter(
    (x) => x.code === "PARTNERS_BELOW_TARGET" || x.code === "PARTNERS_SHARE"
  );
  if (f.length === 0) return [];
  return [
    section(
      outputLabelsFor(lang).partners,
      f.map((x): Content => ({
        text: keepUnits(findingMessage(x, lang)),
        fontSize: 9,
        margin: [0, 0, 0, 6],
      }))
    ),
  ];
}

/**
 * The cell as the Celle column shows it: without the sheet's name when it is the checked sheet
 * (the title block names it), and the message without the cell it would repeat.
 */
function placeAndText(f: Finding, sheet: string, lang: Lang): [string, string] {
  const text = findingMessage(f, lang);
  if (!f.at) return ["", keepUnits(text)];
  const full = a1(f.at);
  const short = f.at.sheet === sheet ? `${columnLetter(f.at.col)}${f.at.row + 1}` : full;
  const once = text
    .replace(` (${full})`, "")
    .replace(`Cellen ${full} `, "Cellen ")
    .replace(`The cell ${full} `, "The cell ")
    .replace(`Cell ${full} `, "Cell ");
  return [short, keepUnits(once)];
}

/** Longest text in one row: a longer one (a list of 400 grants) goes on over more rows. */
const ROW_TEXT = 1200;

/** A finding as rows: its cell and text, a very long text split after a comma or full stop. */
function asRows([cell, text]: [string, string]): TableCell[][] {
  const rows: TableCell[][] = [];
  let rest = text;
  while (rest.length > ROW_TEXT) {
    const cut = Math.max(rest.lastIndexOf(", ", ROW_TEXT), rest.lastIndexOf(". ", ROW_TEXT));
    const at = cut > 0 ? cut + 2 : ROW_TEXT;
    rows.push([rows.length ? "" : cell, rest.slice(0, at).trimEnd()]);
    rest = rest.slice(at);
  }
  rows.push([rows.length ? "" : cell, rest]);
  return rows;
}

/** Findings grouped by kind (code), errors first, each group with its severity and count. */
export function findingsSection(report: Report, lang: Lang): Content[] {
  const w = PDF_WORDS[lang];
  const L = outputLabelsFor(lang);
  const findings = report.findings;
  if (findings.length === 0) return [section(L.findings, [{ text: L.noRemarks, fontSize: 9 }])];
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  const ordered = [...groups].sort(([, a], [, b]) => bySeverity(a[0].severity, b[0].severity));
  const head = `${L.findings} (${L.severityCounts(...counts(findings))})`;
  return ordered.map(([code, group], i) => {
    const kind = `${L.severity[group[0].severity]}: ${findingKind(code, lang).title} (${group.length})`;
    const rows = group.flatMap((f) => asRows(placeAndText(f, report.sheet, lang)));
    // The section's heading rides in the first group's title, so it never stands alone.
    const title = i === 0 ? [...sectionTitle(head), { text: kind, bold: true }] : kind;
    return table(w.findingCols, rows, [70, "*"], { title, breakRows: true });
  });
}

function counts(findings: readonly Finding[]): [number, number, number] {
  const n = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return [n("error"), n("warning"), n("info")];
}
