// The consolidated budget table the steering group approves: every activity with its amount per
// year, grouped by focus area with a subtotal per area (the activities without one last, "Uden
// indsatsområde"), then I alt, Ramme and Restbeløb per year. The subtotals of a year add up to
// its I alt. Rows kept outside the frame (project management …) follow on their own lines with
// their own total, never in I alt. Per-year figures are columns built from one list (yearColumns), so more per-year
// columns (spending, say) are one more entry each.
import { outputLabelsFor } from "../core/words";
import type { Content, TableCell } from "pdfmake/interfaces";
import { formatKr, type Lang, type Ore, type OverviewRow, type Report } from "../core";
import { amount, sectionTitle, table, type HeaderText } from "./layout";
import { PDF_WORDS } from "./words";

/** One per-year column: its header and the figure of a row, a subtotal or a summary line. */
interface YearColumn {
  header: HeaderText;
  row: (r: OverviewRow) => Ore | null;
  sum: (amounts: readonly Ore[]) => Ore;
}

const PORTRAIT_WIDTH = 515;
const NR_WIDTH = 20;
const AMOUNT_WIDTH = 60;
/** The narrowest the activity column may be before the table turns to landscape. */
const NAME_MIN = 170;

function yearColumns(report: Report, lang: Lang): YearColumn[] {
  const L = outputLabelsFor(lang);
  const years = report.overview.years;
  return years.map((year, i) => ({
    header:
      year < report.planYear
        ? { text: [`${year}\n`, { text: `(${L.compareOnly})`, fontSize: 6 }] }
        : String(year),
    row: (r) => r.amounts[i] ?? null,
    sum: (amounts) => amounts[i] ?? (0 as Ore),
  }));
}

const kr = (ore: Ore | null, lang: Lang): string => (ore === null ? "" : formatKr(ore, lang));

/** Activity rows grouped by area in the subtotals' order (area null: those without one). */
function groups(report: Report): { area: string | null | undefined; rows: OverviewRow[] }[] {
  const { rows, areaSubtotals } = report.overview;
  if (areaSubtotals.length === 0) return [{ area: undefined, rows }];
  return areaSubtotals.map((s) => ({
    area: s.area,
    rows: rows.filter((r) => (r.area ? r.area : null) === s.area),
  }));
}

function summaryRows(report: Report, lang: Lang, cols: number): TableCell[][] {
  const L = outputLabelsFor(lang);
  const line = (label: string, pick: (i: number) => Ore, bold: boolean): TableCell[] => [
    { text: label, bold, colSpan: 2 },
    "",
    ...report.overview.years.map((_, i) => {
      const v = pick(i);
      const over = bold && v < 0 && label === L.leftover;
      return amount(formatKr(v, lang), { bold, ...(over ? { color: "#a4262c" } : {}) });
    }),
  ];
  const at = (i: number) => report.overview.totals[i];
  const rows = [
    line(L.total, (i) => at(i)?.total ?? (0 as Ore), true),
    line(L.frame, (i) => at(i)?.frame ?? (0 as Ore), false),
    line(L.leftover, (i) => at(i)?.leftover ?? (0 as Ore), true),
  ];
  return rows.map((r) => r.slice(0, cols));
}

/**
 * The rows kept outside the frame, under their heading, and their own total per year ("I alt uden
 * for rammen (ikke i rammens I alt)"); none when the plan has no such rows.
 */
function outsideFrameRows(report: Report, lang: Lang, years: YearColumn[]): TableCell[][] {
  const rows = report.overview.outsideFrame ?? [];
  if (rows.length === 0) return [];
  const L = outputLabelsFor(lang);
  const out = rows.map((r, i): TableCell[] => {
    const cells = [r.nr ?? "", r.name, ...years.map((y) => amount(kr(y.row(r), lang)))];
    return i === 0 ? withGroupName(cells, L.outsideFrame) : cells;
  });
  const total = (i: number) => report.overview.totals[i]?.outsideFrame ?? (0 as Ore);
  out.push([
    { text: L.outsideFrameTotal, italics: true, colSpan: 2 },
    "",
    ...years.map((_, i) => amount(kr(total(i), lang), { italics: true })),
  ]);
  return out;
}

/** The row with the group's name above its activity name, and a blank line above the rest. */
function withGroupName(cells: TableCell[], area: string): TableCell[] {
  return cells.map((cell, i) => {
    const head =
      i === 1
        ? { text: area, bold: true, fontSize: 9, margin: [0, 2, 0, 2] }
        : { text: " ", fontSize: 9, margin: [0, 2, 0, 2] };
    const body = typeof cell === "string" ? { text: cell } : cell;
    return { stack: [head, body] } as TableCell;
  });
}

export function budgetTable(report: Report, lang: Lang): Content[] {
  const L = outputLabelsFor(lang);
  const years = yearColumns(report, lang);
  const cols = 2 + years.length;
  const landscape = PORTRAIT_WIDTH - NR_WIDTH - years.length * AMOUNT_WIDTH < NAME_MIN;
  const body: TableCell[][] = [];
  for (const g of groups(report)) {
    const area = g.area === null ? L.noFocusArea : g.area;
    g.rows.forEach((r, i) => {
      const cells: TableCell[] = [
        r.nr ?? "",
        r.name,
        ...years.map((y) => amount(kr(y.row(r), lang))),
      ];
      // A group's name is a first line inside its first row (rows never break across pages),
      // so it is never left at the foot of a page without its first activity.
      body.push(i === 0 && area !== undefined ? withGroupName(cells, area) : cells);
    });
    if (area === undefined) continue;
    const sub = report.overview.areaSubtotals.find((s) => s.area === g.area);
    body.push([
      { text: `${L.total}, ${area}`, italics: true, colSpan: 2 },
      "",
      ...years.map((y) => amount(kr(sub ? y.sum(sub.amounts) : null, lang), { italics: true })),
    ]);
  }
  body.push(...summaryRows(report, lang, cols), ...outsideFrameRows(report, lang, years));
  const header = [L.nr, L.activity, ...years.map((y) => y.header)];
  const right = years.map((_, i) => 2 + i);
  const t = table(header, body, [NR_WIDTH, "*", ...years.map(() => AMOUNT_WIDTH)], {
    right,
    fontSize: 8,
    title: sectionTitle(PDF_WORDS[lang].budgetTable),
  });
  if (!landscape) return [t];
  // Many years: the table gets landscape pages of its own, the report goes on in portrait.
  return [
    { ...t, pageBreak: "before", pageOrientation: "landscape" } as Content,
    { text: "", pageBreak: "before", pageOrientation: "portrait" } as Content,
  ];
}
