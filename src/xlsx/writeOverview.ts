// Renders the overview sheet plan into an ExcelJS workbook. Adds the sheet, or replaces our own
// sheet of that name at the same position (never a second one). ExcelJS cannot draw charts, so
// this writer leaves out the plan's chart; the Office writer draws it.
import ExcelJS from "exceljs";
import { overviewTableName } from "../core/overview";
import type { OverviewSheetPlan, PlanValue } from "../core/overview";
import { oddFooterText, type PlanPageSetup } from "../core/overview";

type Style = Partial<ExcelJS.Style>;

/** Runtime fields ExcelJS has but does not declare: tables by name, and the tab position. */
type SheetInternals = { tables?: Record<string, unknown>; orderNo?: number };
const internals = (ws: ExcelJS.Worksheet): SheetInternals => ws as unknown as SheetInternals;

/** An empty ExcelJS workbook, for the export (callers need not import ExcelJS themselves). */
export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}

/** Our overview sheet carries the table named after it; a user's sheet of that name does not. */
export function isOverviewSheet(ws: ExcelJS.Worksheet): boolean {
  const name = overviewTableName(ws.name).toLowerCase();
  return Object.keys(internals(ws).tables ?? {}).some((t) => t.toLowerCase() === name);
}

const LEFTOVER_NAME = /^Restbeløb_\d{4}$/i;

function rangeSheet(range: string): string {
  const bang = range.lastIndexOf("!");
  return range
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
}

/**
 * Our names from an earlier run point at this sheet: they are dropped (also years no longer in the
 * plan). A name of ours that points elsewhere is the user's own: kept, and reported as skipped.
 */
function settleNames(
  wb: ExcelJS.Workbook,
  sheetName: string,
  wanted: Set<string>
): { skipped: Set<string> } {
  const onSheet = (range: string): boolean =>
    rangeSheet(range).toLowerCase() === sheetName.toLowerCase();
  const model = wb.definedNames.model;
  const skipped = new Set<string>();
  const kept = model.filter((n) => {
    const ours = n.ranges.length > 0 && n.ranges.every(onSheet);
    // Excel compares names without regard to case.
    const name = n.name.toLowerCase();
    if (wanted.has(name) && !ours) skipped.add(name);
    return !((wanted.has(name) || LEFTOVER_NAME.test(n.name)) && ours);
  });
  if (kept.length !== model.length) wb.definedNames.model = kept;
  return { skipped };
}

function cellValue(v: PlanValue, formula?: string): ExcelJS.CellValue {
  if (formula !== undefined) {
    return typeof v === "number" ? { formula, result: v } : ({ formula } as ExcelJS.CellValue);
  }
  return v;
}

export interface OverviewSheetWriteOptions {
  /** The date written in the title rows; today by default (tests fix it). */
  date?: Date;
}

export interface OverviewSheetWritten {
  worksheet: ExcelJS.Worksheet;
  /** Defined names the user already has elsewhere (e.g. their own Restbeløb_2026): left alone. */
  skippedNames: string[];
}

/** Writes `plan` into `wb`. The other sheets are not touched. */
export function writeOverviewSheet(
  wb: ExcelJS.Workbook,
  plan: OverviewSheetPlan,
  options: OverviewSheetWriteOptions = {}
): OverviewSheetWritten {
  const old = wb.getWorksheet(plan.sheetName);
  if (old && !isOverviewSheet(old)) {
    // Both callers write into a new workbook: a foreign sheet here is a programming error.
    throw new Error(`the sheet "${plan.sheetName}" exists and is not our overview`);
  }
  const orderNo = old ? internals(old).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const { skipped } = settleNames(
    wb,
    plan.sheetName,
    new Set(plan.definedNames.map((d) => d.name.toLowerCase()))
  );

  const now = options.date ?? new Date();
  const ws = wb.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }],
    ...printSetup(plan.pageSetup, now),
  });
  // Same place in the tab order as the sheet it replaces.
  if (orderNo !== undefined) internals(ws).orderNo = orderNo;

  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  for (const c of plan.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = cellValue(c.value, c.formula);
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (c.bold || c.title) cell.font = { bold: true, ...(c.title ? { size: 14 } : {}) };
  }

  const date = ws.getCell(plan.dateCell.row + 1, plan.dateCell.col + 1);
  // ExcelJS stores dates as UTC serials: a UTC midnight is the local calendar day in Excel.
  date.value = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  date.numFmt = plan.dateCell.numFmt;
  date.alignment = { horizontal: "left" };

  const { table } = plan;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: `${ws.getCell(table.headerRow + 1, table.firstCol + 1).address}`,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: table.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((r) => [...r]),
  });
  const wrap: Style["alignment"] = { wrapText: true, vertical: "top" };
  table.columns.forEach((col, j) => {
    const colNo = table.firstCol + j + 1;
    for (let i = 0; i < table.rows.length; i++) {
      const cell = ws.getCell(table.headerRow + 2 + i, colNo);
      if (col.numFmt) cell.numFmt = col.numFmt;
      if (col.kind === "remarks") cell.alignment = wrap;
    }
  });

  for (const d of plan.definedNames)
    if (!skipped.has(d.name.toLowerCase())) wb.definedNames.add(d.ref, d.name);
  return {
    worksheet: ws,
    skippedNames: plan.definedNames.map((d) => d.name).filter((n) => skipped.has(n.toLowerCase())),
  };
}

/** Landscape A4 (paperSize 9), one page wide, header row on every page, footer (OOXML codes). */
function printSetup(setup: PlanPageSetup, written: Date): Partial<ExcelJS.AddWorksheetOptions> {
  const { first, last } = setup.titleRows;
  return {
    pageSetup: {
      orientation: setup.orientation,
      paperSize: 9,
      fitToPage: true,
      fitToWidth: setup.fitToWidth,
      fitToHeight: setup.fitToHeight,
      printTitlesRow: `${first + 1}:${last + 1}`,
    },
    headerFooter: { oddFooter: oddFooterText(setup, written) },
  };
}
