// Renders the overview plan (src/core/overviewSheet.ts) into the workbook in two syncs:
// 1) look: does the sheet exist, is it ours, which names and table are there;
// 2) write: clear our sheet in place (never delete it: that empties the user's undo stack) or add
//    it, then cells, number formats, the Excel table, names, the chart, in one batch.
// Only the overview sheet and the add-in's own workbook names are ever touched.
import { HostError } from "../host/HostError";
import type { WriteResult } from "../host/WorkbookHost";
import type { OverviewSheetPlan, PlanValue } from "../core/overviewSheet";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import {
  OUR_COMMENT,
  freeMarkerName,
  isMarker,
  isOurNameOn,
  markerFormula,
  overviewStatusFrom,
  type NameInfo,
} from "./overviewMarker";
import { a1, unqualify } from "./rangeAddress";
import { columnLetter } from "../core/address";

export const CHART_NAME = "Budgettjek_diagram";
/** Points per character of column width (Calibri 11: about 7 px = 5.25 pt, plus padding). */
const POINTS_PER_CHAR = 6;

export interface OverviewWriteResult extends WriteResult {
  /** Names (Restbeløb_2026 …) left alone because the user already uses them for something else. */
  skippedNames: string[];
}

/**
 * Text that Excel would read as a formula, number or date is written with a leading apostrophe,
 * so a name like "=HYPERLINK(…)" or "2026" stays the text it was (and no formula is injected).
 */
export function cellInput(value: PlanValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) || /^[\d\s.,:/%()-]+$/.test(value) ? `'${value}` : value;
}

/** Excel's serial day number for a local date (1900 date system). */
export function excelDate(d: Date): number {
  return (
    (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000
  );
}

export async function writeOverviewPlan(
  rt: OfficeRuntime,
  plan: OverviewSheetPlan,
  today: Date
): Promise<OverviewWriteResult> {
  const options = rt.supports("1.20") ? { mergeUndoGroup: true } : undefined;
  try {
    return await rt.run((context) => writeBatch(context, plan, today, true), options);
  } catch (e) {
    // Our chart from the last run is deleted by name; if the user deleted or renamed it, that one
    // step fails first (nothing else of the batch ran), and the write is redone without it.
    if (!(e instanceof ChartMissing)) throw e;
    return rt.run((context) => writeBatch(context, plan, today, false), options);
  }
}

class ChartMissing extends Error {}

async function writeBatch(
  context: Excel.RequestContext,
  plan: OverviewSheetPlan,
  today: Date,
  deleteOldChart: boolean
): Promise<OverviewWriteResult> {
  const workbook = context.workbook;
  // Sync 1: what is there.
  const existing = workbook.worksheets.getItemOrNullObject(plan.sheetName);
  existing.load("name");
  const names = workbook.names;
  names.load("items/name,items/formula,items/comment");
  const oldTable = workbook.tables.getItemOrNullObject(plan.table.name);
  oldTable.load("name");
  await context.sync();

  const nameInfo: NameInfo[] = names.items.map((n) => ({
    name: n.name,
    formula: n.formula,
    comment: n.comment,
  }));
  const status = overviewStatusFrom(!existing.isNullObject, plan.sheetName, nameInfo);
  if (status === "foreign") throw new HostError("NAME_TAKEN", plan.sheetName);
  if (status === "absent" && !oldTable.isNullObject) {
    // A table of that name lives elsewhere (the user's): table names are workbook-wide.
    throw new HostError("NAME_TAKEN", plan.table.name);
  }

  // Batch 2: everything else.
  let sheet: Excel.Worksheet;
  if (status === "ours") {
    sheet = existing;
    if (deleteOldChart) sheet.charts.getItem(CHART_NAME).delete();
    if (!oldTable.isNullObject) oldTable.delete();
    sheet.getRange().clear();
  } else {
    sheet = workbook.worksheets.add(plan.sheetName);
    const marker = workbook.names.add(
      freeMarkerName(nameInfo),
      markerFormula(plan.sheetName),
      OUR_COMMENT
    );
    // Hidden from Name Manager: it is bookkeeping, not something to pick in a formula.
    marker.visible = false;
  }

  writeCells(sheet, plan, today);
  writeTable(sheet, plan);
  const skippedNames = writeNames(workbook, plan, nameInfo);
  writeChart(sheet, plan);
  sheet.freezePanes.freezeRows(plan.freezeRows);

  try {
    await context.sync();
  } catch (e) {
    if (deleteOldChart && status === "ours" && officeErrorCode(e) === "ItemNotFound") {
      throw new ChartMissing();
    }
    throw e;
  }
  return { sheetName: plan.sheetName, skippedNames };
}

function writeCells(sheet: Excel.Worksheet, plan: OverviewSheetPlan, today: Date): void {
  plan.columnWidths.forEach((width, col) => {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHAR;
  });
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
    else range.values = [[cellInput(cell.value)]];
    if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
    if (cell.bold) range.format.font.bold = true;
    if (cell.title) range.format.font.size = 14;
  }
  const date = sheet.getRange(plan.dateCell.address);
  date.values = [[excelDate(today)]];
  date.numberFormat = [[plan.dateCell.numFmt]];
}

function writeTable(sheet: Excel.Worksheet, plan: OverviewSheetPlan): void {
  const t = plan.table;
  const header = t.columns.map((c) => cellInput(c.header));
  sheet.getRange(t.ref).values = [header, ...t.rows.map((row) => row.map(cellInput))];
  const firstRow = t.headerRow + 1;
  const lastRow = t.headerRow + t.rows.length;
  t.columns.forEach((column, i) => {
    const col = t.firstCol + i;
    const body = sheet.getRange(`${a1(firstRow, col)}:${a1(lastRow, col)}`);
    if (column.numFmt) body.numberFormat = t.rows.map(() => [column.numFmt]);
    if (column.kind === "remarks") body.format.wrapText = true;
  });
  const table = sheet.tables.add(t.ref, true);
  table.name = t.name;
  table.style = t.style;
}

/** Restbeløb_YYYY → its leftover cell. A name the user made is never replaced. */
function writeNames(workbook: Excel.Workbook, plan: OverviewSheetPlan, names: NameInfo[]) {
  const skipped: string[] = [];
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n]));
  const wanted = new Set(plan.definedNames.map((d) => d.name.toLowerCase()));
  // Names from an earlier run on this sheet for years that are gone now.
  for (const n of names) {
    if (!isMarker(n) && isOurNameOn(n, plan.sheetName) && !wanted.has(n.name.toLowerCase())) {
      workbook.names.getItem(n.name).delete();
    }
  }
  for (const d of plan.definedNames) {
    const old = byName.get(d.name.toLowerCase());
    if (old && old.comment !== OUR_COMMENT) {
      skipped.push(d.name);
      continue;
    }
    if (old) workbook.names.getItem(old.name).delete();
    workbook.names.add(d.name, `=${d.ref}`, OUR_COMMENT);
  }
  return skipped;
}

function writeChart(sheet: Excel.Worksheet, plan: OverviewSheetPlan): void {
  const c = plan.chart;
  const [total, frame] = c.series;
  if (!total || !frame) return;
  const categories = sheet.getRange(unqualify(c.categoriesRef));
  const chart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRange(unqualify(total.valuesRef)),
    "Rows"
  );
  chart.name = CHART_NAME;
  chart.title.text = c.title;
  chart.setPosition(c.topLeft, c.bottomRight);
  const first = chart.series.getItemAt(0);
  first.name = total.name;
  first.setXAxisValues(categories);
  const second = chart.series.add(frame.name);
  second.setValues(sheet.getRange(unqualify(frame.valuesRef)));
  second.setXAxisValues(categories);
}
