// Renders the overview plan (src/core/overview/overviewSheet.ts) into the workbook in two syncs, plus one
// for print setup where Excel has it (pageLayout.ts):
// 1) look: sheets, names (resolved through the API) and tables, for the shared ownership decision
//    (src/core/overview/ownership.ts), plus our old chart;
// 2) write: clear our sheet in place (never delete it: Worksheet.delete cannot be undone, and
//    inside a merged undo group it throws UndoNotSupported) or add it together with its marker
//    names, then cells, number formats, the Excel table, names and the chart, in one batch; a
//    plan whose request would pass Excel on the web's 5 MB limit goes in as many syncs as it
//    needs (overviewCells.ts, requestBudget.ts), still one undo group where ExcelApi 1.20 has it.
// With ExcelApi 1.20 the write is one undo step (Excel.run({ mergeUndoGroup: true })); every call
// in it is one Microsoft's table marks undo-supported on the web, Windows and Mac
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). No name gets a
// comment (NamedItem.comment is not undo-supported on the web). UndoNotSupported is still mapped:
// the write is retried once without the group. A failed write that added the sheet removes it
// again (outside any group), so no half-made or unmarked sheet is left behind.
import { HostError } from "../host/HostError";
import type { WriteResult } from "../host/WorkbookHost";
import type { OverviewSheetPlan } from "../core/overview";
import { decideOwnership, MARKER_CONST_NAME, MARKER_REF_NAME } from "../core/overview";
import type { OwnershipDecision } from "../core/overview";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { unqualify } from "./rangeAddress";
import { nearbyYearNames, writeMarker, writeYearNames } from "./overviewNameWrite";
import { queueFacts } from "./workbookFacts";
import { PAGE_LAYOUT_API, applyPageLayout } from "./pageLayout";
import { writeCells, writeTable } from "./overviewCells";
import { REQUEST_BUDGET, RequestBudget } from "./requestBudget";

export const CHART_NAME = "Budgettjek_diagram";

export interface OverviewWriteResult extends WriteResult {
  /** Names (Restbeløb_2026 …) left alone because the user already uses them for something else. */
  skippedNames: string[];
  /** Our earlier overview the user renamed: kept as their archive, a fresh one was written. */
  archivedSheet?: string;
  /** True when Excel lacks ExcelApi 1.9 (worksheet.pageLayout): written without print setup. */
  pageSetupSkipped: boolean;
  /** True when Excel refused the print setup: the sheet is written, without it. */
  pageSetupRefused?: boolean;
}

export { cellInput, excelDate } from "./overviewCells";

/** The plan for the decided sheet and table name (the shell re-plans once the decision is made). */
export type PlanFor = (sheetName: string, tableName: string) => OverviewSheetPlan;

/** Request bytes per sync (requestBudget.ts); tests set Infinity to show the limit bites. */
export interface WriteLimits {
  requestBudget?: number;
}

export async function writeOverviewPlan(
  rt: OfficeRuntime,
  preferredName: string,
  planFor: PlanFor,
  today: Date,
  limits: WriteLimits = {}
): Promise<OverviewWriteResult> {
  const grouped = rt.supports("1.20");
  const at = { today, limits };
  try {
    return await writeOnce(rt, preferredName, planFor, at, grouped);
  } catch (e) {
    // Microsoft: "Your add-in should gracefully handle this error": the same write, ungrouped.
    if (!grouped || officeErrorCode(e) !== "UndoNotSupported") throw e;
    return writeOnce(rt, preferredName, planFor, at, false);
  }
}

async function writeOnce(
  rt: OfficeRuntime,
  preferredName: string,
  planFor: PlanFor,
  { today, limits }: { today: Date; limits: WriteLimits },
  grouped: boolean
): Promise<OverviewWriteResult> {
  let added: string | undefined;
  const print = rt.supports(PAGE_LAYOUT_API);
  try {
    return await rt.run(
      (context) =>
        writeBatch(context, preferredName, planFor, { today, print, limits }, (name) => {
          added = name;
        }),
      grouped ? { mergeUndoGroup: true } : undefined
    );
  } catch (e) {
    if (added !== undefined) await removeHalfMade(rt, added);
    throw e;
  }
}

/**
 * The sheet this write added, and its marker names, go again after a failure. Runs without a
 * merged group: Worksheet.delete is not undo-supported on any platform.
 */
async function removeHalfMade(rt: OfficeRuntime, sheetName: string): Promise<void> {
  try {
    await rt.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      const markers = [MARKER_REF_NAME, MARKER_CONST_NAME].map((n) =>
        context.workbook.names.getItemOrNullObject(n)
      );
      markers.forEach((m) => m.load("name"));
      await context.sync();
      markers.filter((m) => !m.isNullObject).forEach((m) => m.delete());
      if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  } catch {
    // The original failure is what the user needs to hear about; this one adds nothing.
  }
}

async function writeBatch(
  context: Excel.RequestContext,
  preferredName: string,
  planFor: PlanFor,
  { today, print, limits }: { today: Date; print: boolean; limits: WriteLimits },
  onAdd: (sheetName: string) => void
): Promise<OverviewWriteResult> {
  const workbook = context.workbook;
  // Sync 1: what is there. The leftover names' targets are resolved with the markers'.
  const probe = planFor(preferredName, "");
  const wanted = probe.definedNames.map((d) => d.name);
  const queued = queueFacts(context, [...wanted, ...nearbyYearNames(wanted)]);
  // Our chart from the last run, on the sheet our marker points at or on the preferred sheet
  // (ChartCollection.getItemOrNullObject, ExcelApi 1.4; Chart.worksheet, ExcelApi 1.2).
  const marked = workbook.names.getItemOrNullObject(MARKER_REF_NAME).getRangeOrNullObject();
  // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation, not a read
  const charts = [marked.worksheet, workbook.worksheets.getItemOrNullObject(preferredName)].map(
    (s) => s.charts.getItemOrNullObject(CHART_NAME)
  );
  charts.forEach((c) => c.load("worksheet/name"));
  await context.sync();
  const facts = await queued.finish();
  const decision = decideOwnership(facts, { preferredName, wantedNames: wanted });
  const taken = facts.sheets.some((s) => s.name.toLowerCase() === preferredName.toLowerCase());
  if (decision.ourSheet === undefined && taken) throw new HostError("NAME_TAKEN", preferredName);
  const plan = planFor(decision.sheetName, decision.tableName);
  const oldChart = charts.find(
    (c) => !c.isNullObject && c.worksheet.name.toLowerCase() === decision.ourSheet?.toLowerCase()
  );

  // Batch 2: everything else; more syncs only where the request would be over the web's limit.
  const budget = new RequestBudget(context, limits.requestBudget);
  await budget.fit(10 + 2 * decision.dropNames.length + facts.tables.length);
  for (const n of decision.dropNames) workbook.names.getItem(n.name).delete();
  const sheet = prepareSheet(workbook, decision, facts.tables, oldChart, onAdd);
  writeMarker(workbook, sheet, decision);
  await writeCells(sheet, plan, today, budget);
  await writeTable(sheet, plan, budget, (limits.requestBudget ?? REQUEST_BUDGET) / 4);
  await budget.fit(20 + 3 * plan.definedNames.length);
  const skipped = new Set(decision.skipNames.map((n) => n.toLowerCase()));
  writeYearNames(workbook, sheet, plan.definedNames, skipped);
  writeChart(sheet, plan);
  sheet.freezePanes.freezeRows(plan.freezeRows);
  await context.sync();
  // Sync 3, print setup (ExcelApi 1.9): its own, so a refusal keeps the sheet just written.
  const printed = print && (await applyPageLayout(context, plan.sheetName, plan.pageSetup, today));
  return {
    sheetName: plan.sheetName,
    skippedNames: decision.skipNames,
    pageSetupSkipped: !print,
    ...(print && !printed ? { pageSetupRefused: true } : {}),
    ...(decision.archivedSheet !== undefined ? { archivedSheet: decision.archivedSheet } : {}),
  };
}

/** Our sheet cleared in place, or a new sheet with its two hidden marker names in the same batch. */
function prepareSheet(
  workbook: Excel.Workbook,
  decision: OwnershipDecision,
  tables: { name: string; sheet: string }[],
  oldChart: Excel.Chart | undefined,
  onAdd: (sheetName: string) => void
): Excel.Worksheet {
  if (decision.ourSheet !== undefined) {
    const sheet = workbook.worksheets.getItem(decision.ourSheet);
    oldChart?.delete();
    // Range.clear() leaves tables in place: ours on this sheet go first.
    for (const t of tables) {
      if (t.sheet.toLowerCase() === decision.ourSheet.toLowerCase()) {
        workbook.tables.getItem(t.name).delete();
      }
    }
    sheet.getRange().clear();
    return sheet;
  }
  const sheet = workbook.worksheets.add(decision.sheetName);
  onAdd(decision.sheetName);
  return sheet;
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
