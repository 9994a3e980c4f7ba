// Layout pieces every section of the PDF shares: headings that never end a page alone, tables whose
// header rows repeat on every page, amount cells aligned right under right-aligned headers, and
// the non-breaking spaces that keep "75 %" and "120.000 kr." on one line.
import type { Content, ContentTable, TableCell } from "pdfmake/interfaces";

// A heading is never last on a page: each is either the first header row of the table it heads
// (`table(…, { title })`: pdfmake keeps header rows with the first body row and repeats them on
// every page) or in an unbreakable stack with the text it heads (`section`).

/** A section heading's text and style. */
export const heading = (text: string): Content => ({ text, style: "h2" });

/** A heading and the short text under it, moved to the next page together. */
export const section = (title: string, body: Content[]): Content => ({
  stack: [heading(title), ...body],
  unbreakable: true,
});

/** A section heading as a table's title row: the heading, then any lines under it. */
export const sectionTitle = (title: string, lines: string[] = []): Content[] => [
  { text: title, fontSize: 12, bold: true, margin: [0, 8, 0, 2] },
  ...lines.map((text): Content => ({ text, fontSize: 9, bold: false, margin: [0, 0, 0, 2] })),
];

/** No break between a number and its unit: "75 %", "120.000 kr.", "DKK 120,000". */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (%|kr\.)/g, "$1\u00a0$2").replace(/DKK (-?\d)/g, "DKK\u00a0$1");
}

/** A header cell's text: plain, or parts with their own size ("2025" over "(til sammenligning)"). */
export type HeaderText = string | { text: (string | { text: string; fontSize: number })[] };

export const th = (h: HeaderText, right = false): TableCell => ({
  text: typeof h === "string" ? h : h.text,
  style: "th",
  ...(right ? { alignment: "right" } : {}),
});

export const amount = (text: string, extra: Partial<Record<string, unknown>> = {}): TableCell =>
  ({ text: keepUnits(text), alignment: "right", noWrap: true, ...extra }) as TableCell;

/**
 * A table whose header rows repeat on every page it flows onto, kept with its first row (so a
 * heading never ends a page alone). `title` becomes a first header row spanning the table;
 * `right` marks the columns whose header sits over right-aligned amounts.
 */
/** A table's title row: a group's name (bold), or a section heading with its lines. */
function titleCell(title: string | Content[], colSpan: number): TableCell {
  if (typeof title === "string") return { text: title, bold: true, fontSize: 10, colSpan };
  // No rule or fill: the heading reads as the section's, above the table proper.
  return { stack: title, colSpan, border: [false, false, false, false] } as TableCell;
}

export function table(
  header: readonly HeaderText[],
  rows: TableCell[][],
  widths: (string | number)[],
  options: {
    title?: string | Content[];
    right?: readonly number[];
    fontSize?: number;
    /** Rows may break across pages (long texts: a row taller than a page is otherwise lost). */
    breakRows?: boolean;
  } = {}
): ContentTable {
  const span = header.slice(1).map((): TableCell => "");
  const top: TableCell[][] = options.title
    ? [[titleCell(options.title, header.length), ...span]]
    : [];
  const right = new Set(options.right ?? []);
  return {
    table: {
      headerRows: top.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: !options.breakRows,
      widths,
      body: [...top, header.map((h, i) => th(h, right.has(i))), ...rows],
    },
    layout: "lightHorizontalLines",
    fontSize: options.fontSize ?? 9,
    margin: [0, 2, 0, 8],
  };
}
