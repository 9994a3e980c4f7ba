// The overview worksheet part, rendered from the core's sheet plan. Text is written as inline
// strings, so xl/sharedStrings.xml (a shared part) is never touched.
import { columnLetter, parseAddress } from "../../core/sheet";
import type { OverviewSheetPlan, PlanValue } from "../../core/overview";
import { MAIN_NS, REL } from "./opc";
import type { CellStyle, StyleBook } from "./styles";
import { escapeCellText, escapeXml } from "./xml";

export interface OutCell {
  row: number;
  col: number;
  value: PlanValue;
  formula?: string;
  style: CellStyle;
}

/** Excel's serial day number of a calendar day (the 1900 system). */
function excelSerial(date: Date): number {
  const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return utc / 86_400_000 + 25_569;
}

/** Every cell of the plan: title rows, the table (header and rows), subtotals and year rows. */
function planCells(plan: OverviewSheetPlan, date: Date): OutCell[] {
  const out: OutCell[] = plan.cells.map((c) => ({
    row: c.row,
    col: c.col,
    value: c.value,
    ...(c.formula !== undefined ? { formula: c.formula } : {}),
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      ...(c.bold ? { bold: true } : {}),
      ...(c.title ? { title: true } : {}),
    },
  }));
  const d = plan.dateCell;
  out.push({
    row: d.row,
    col: d.col,
    value: excelSerial(date),
    style: { numFmt: d.numFmt, left: true },
  });
  const t = plan.table;
  t.columns.forEach((col, j) => {
    out.push({ row: t.headerRow, col: t.firstCol + j, value: col.header, style: {} });
    t.rows.forEach((r, i) => {
      const style: CellStyle = {
        ...(col.numFmt ? { numFmt: col.numFmt } : {}),
        ...(col.wrap ? { wrap: true } : {}),
      };
      out.push({ row: t.headerRow + 1 + i, col: t.firstCol + j, value: r[j] ?? null, style });
    });
  });
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

const num = (n: number): string => (Number.isFinite(n) ? String(n) : "0");

/** One <c> element. */
export function cellXml(ref: string, s: number, value: PlanValue, formula?: string): string {
  const sAttr = s ? ` s="${s}"` : "";
  if (formula !== undefined) {
    const f = `<f>${escapeXml(formula)}</f>`;
    if (typeof value === "number") return `<c r="${ref}"${sAttr}>${f}<v>${num(value)}</v></c>`;
    if (typeof value === "string")
      return `<c r="${ref}"${sAttr} t="str">${f}<v>${escapeXml(value)}</v></c>`;
    return `<c r="${ref}"${sAttr}>${f}</c>`;
  }
  if (typeof value === "number") return `<c r="${ref}"${sAttr}><v>${num(value)}</v></c>`;
  if (typeof value === "string") {
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
  }
  return `<c r="${ref}"${sAttr}/>`;
}

function sheetData(cells: OutCell[], styles: StyleBook): string {
  const rows: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const r = cells[i].row;
    const parts: string[] = [];
    for (; i < cells.length && cells[i].row === r; i++) {
      const c = cells[i];
      const s = styles.index(c.style);
      if (c.value === null && c.formula === undefined && s === 0) continue;
      parts.push(cellXml(`${columnLetter(c.col)}${r + 1}`, s, c.value, c.formula));
    }
    if (parts.length) rows.push(`<row r="${r + 1}">${parts.join("")}</row>`);
  }
  return `<sheetData>${rows.join("")}</sheetData>`;
}

export interface SheetRels {
  table: string;
  drawing?: string;
}

export interface PageSetupLike {
  orientation?: "landscape" | "portrait";
  paperSize?: number;
  fitToWidth?: number;
  fitToHeight?: number;
  printTitleRows?: string;
  footer?: string;
  margins?: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

function printXml(ps: PageSetupLike | undefined): { sheetPr: string; tail: string } {
  const m = ps?.margins ?? {
    left: 0.7,
    right: 0.7,
    top: 0.75,
    bottom: 0.75,
    header: 0.3,
    footer: 0.3,
  };
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  if (!ps) return { sheetPr: "", tail: margins };
  const fit = ps.fitToWidth !== undefined || ps.fitToHeight !== undefined;
  const attrs = [
    ps.paperSize !== undefined ? `paperSize="${ps.paperSize}"` : "",
    ps.fitToWidth !== undefined ? `fitToWidth="${ps.fitToWidth}"` : "",
    ps.fitToHeight !== undefined ? `fitToHeight="${ps.fitToHeight}"` : "",
    ps.orientation ? `orientation="${ps.orientation}"` : "",
  ].filter(Boolean);
  const footer = ps.footer
    ? `<headerFooter><oddFooter>${escapeXml(ps.footer)}</oddFooter></headerFooter>`
    : "";
  return {
    sheetPr: fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    tail: `${margins}<pageSetup ${attrs.join(" ")}/>${footer}`,
  };
}

/** The worksheet XML for the plan. */
export function overviewSheetXml(
  plan: OverviewSheetPlan,
  styles: StyleBook,
  rels: SheetRels,
  date: Date,
  pageSetup?: PageSetupLike
): string {
  const cells = planCells(plan, date);
  const last = cells.reduce(
    (m, c) => ({ row: Math.max(m.row, c.row), col: Math.max(m.col, c.col) }),
    { row: 0, col: 0 }
  );
  const cols = plan.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const freeze = plan.freezeRows;
  const pane = freeze
    ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/>`
    : "";
  const print = printXml(pageSetup);
  // CT_Worksheet: ignoredErrors comes after the print settings and before the drawing.
  const ignored = plan.ignoredNumberAsText.length
    ? `<ignoredErrors>${plan.ignoredNumberAsText
        .map((ref) => `<ignoredError sqref="${ref}" numberStoredAsText="1"/>`)
        .join("")}</ignoredErrors>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL}">` +
    print.sheetPr +
    `<dimension ref="A1:${columnLetter(last.col)}${last.row + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    sheetData(cells, styles) +
    print.tail +
    ignored +
    (rels.drawing ? `<drawing r:id="${rels.drawing}"/>` : "") +
    `<tableParts count="1"><tablePart r:id="${rels.table}"/></tableParts>` +
    `</worksheet>`
  );
}

/** 0-based row/col of an unqualified A1 cell ("B30"). */
export function cellPos(a1: string): { row: number; col: number } {
  const p = parseAddress(a1);
  // Our own plan's cells only: a bad address here is a programming error, never the user's.
  if (!p) throw new Error(`not a cell address: ${a1}`);
  return { row: p.row, col: p.col };
}
