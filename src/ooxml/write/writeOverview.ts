// Writes the overview into a copy of a workbook package. Only our parts are new or replaced; of
// the shared parts, workbook.xml, its rels, [Content_Types].xml and styles.xml get appended to
// (and our own names removed). Every other part keeps its bytes. No Node I/O: the command and
// the browser's file mode both call this.
import { asPackageError } from "../base/errors";
import { checkedZip } from "./check";
import {
  overviewSheetPlan,
  type OverviewSheetOptions,
  type OverviewSheetPlan,
} from "../../core/overview";
import type { Lang, Overview } from "../../core";
import { decideOwnership, type OwnershipDecision } from "../../core/overview";
import { oddFooterText } from "../../core/overview";
import { contentTypeOf, CT, setOverrides } from "./contentTypes";
import { workbookFacts } from "../read/findSheet";
import {
  readTables,
  readWorkbookModel,
  workbookPartOf,
  type SheetEntry,
  type WorkbookModel,
} from "../read/workbookModel";
import { addRels } from "./relsEdit";
import { freeRelId, OoxmlPackage, packageRels, relativeTarget, REL_TYPES } from "./opc";
import { chartXml, drawingXml, tableXml } from "./overviewParts";
import { dropCalcChainSheet, pruneSheetParts } from "./prune";
import { overviewSheetXml, type PageSetupLike } from "./sheetPart";
import { openStyles, saveStyles } from "./stylesPart";
import { editWorkbook, type NewName } from "./workbookEdit";

export interface PackageWriteOptions {
  /** Builds the plan once the sheet and table names are decided. */
  plan: (names: { sheetName: string; tableName: string }) => OverviewSheetPlan;
  /** Names the plan defines (to tell which the user already owns). */
  wantedNames: string[];
  /** Sheet name for a new overview (default "Budgetoversigt"). */
  preferredName?: string;
  /** The date written in the title rows. */
  date: Date;
}

export interface PackageWriteResult {
  decision: OwnershipDecision;
  plan: OverviewSheetPlan;
  /** Names the user already has: left alone, not written. */
  skippedNames: string[];
}

/** The plan's print setup in OOXML terms (paperSize 9 = A4; the footer as one &L&C&R string). */
function printOf(plan: OverviewSheetPlan, written: Date): PageSetupLike {
  const s = plan.pageSetup;
  return {
    orientation: s.orientation,
    paperSize: 9,
    fitToWidth: s.fitToWidth,
    fitToHeight: s.fitToHeight,
    printTitleRows: s.printTitlesRef,
    footer: oddFooterText(s, written),
  };
}

/** Where our sheet goes: the old overview's part (rewritten in place) or a new part. */
function placeSheet(pkg: OoxmlPackage, info: WorkbookModel, decision: OwnershipDecision) {
  const old: SheetEntry | undefined =
    decision.ourSheet !== undefined
      ? info.sheets.find((s) => s.name === decision.ourSheet)
      : undefined;
  if (old?.part) {
    dropCalcChainSheet(pkg, info.workbookPart, old.sheetId);
    pruneSheetParts(pkg, old.part);
    return { part: old.part, index: old.index, add: undefined };
  }
  const part = pkg.freeName("xl/worksheets/sheet", ".xml");
  const relId = freeRelId(packageRels(pkg, info.workbookPart));
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  addRels(pkg, info.workbookPart, [
    { id: relId, type: REL_TYPES.worksheet, target: relativeTarget(info.workbookPart, part) },
  ]);
  return { part, index: info.sheets.length, add: { name: decision.sheetName, sheetId, relId } };
}

function namesToAdd(
  plan: OverviewSheetPlan,
  decision: OwnershipDecision,
  index: number
): NewName[] {
  const skip = new Set(decision.skipNames.map((n) => n.toLowerCase()));
  const names: NewName[] = decision.marker.map((m) => ({ ...m, hidden: true }));
  for (const d of plan.definedNames) {
    if (!skip.has(d.name.toLowerCase())) names.push({ name: d.name, formula: d.ref });
  }
  const rows = plan.pageSetup.printTitlesRef;
  names.push({ name: "_xlnm.Print_Titles", formula: rows, localSheetId: index });
  return names;
}

/** Writes the overview into `pkg` (changed in place). */
export function writeOverviewIntoPackage(
  pkg: OoxmlPackage,
  options: PackageWriteOptions
): PackageWriteResult {
  const info = readWorkbookModel(pkg);
  const tables = readTables(pkg, info);
  const decision = decideOwnership(workbookFacts(info, tables), {
    ...(options.preferredName !== undefined ? { preferredName: options.preferredName } : {}),
    wantedNames: options.wantedNames,
  });
  const plan = options.plan({
    sheetName: decision.sheetName,
    tableName: decision.tableName,
  });
  const place = placeSheet(pkg, info, decision);
  // The tables left after pruning our old sheet's parts: no need to read the workbook again.
  const remaining = tables.filter((t) => pkg.has(t.part));
  const tableId = Math.max(0, ...remaining.map((t) => t.id)) + 1;
  const table = pkg.freeName("xl/tables/table", ".xml");
  pkg.setText(table, tableXml(plan, tableId));
  const drawing = pkg.freeName("xl/drawings/drawing", ".xml");
  const chart = pkg.freeName("xl/charts/chart", ".xml");
  pkg.setText(chart, chartXml(plan));
  pkg.setText(drawing, drawingXml(plan, "rId1"));
  addRels(pkg, drawing, [
    { id: "rId1", type: REL_TYPES.chart, target: relativeTarget(drawing, chart) },
  ]);
  addRels(pkg, place.part, [
    { id: "rId1", type: REL_TYPES.table, target: relativeTarget(place.part, table) },
    { id: "rId2", type: REL_TYPES.drawing, target: relativeTarget(place.part, drawing) },
  ]);

  const styles = openStyles(pkg, info.workbookPart);
  pkg.setBuiltText(
    place.part,
    overviewSheetXml(
      plan,
      styles.book,
      { table: "rId1", drawing: "rId2" },
      options.date,
      printOf(plan, options.date)
    )
  );
  saveStyles(pkg, info.workbookPart, styles);

  const overrides = [
    { part: table, type: CT.table },
    { part: drawing, type: CT.drawing },
    { part: chart, type: CT.chart },
  ];
  if (place.add || contentTypeOf(pkg, place.part) !== CT.worksheet)
    overrides.unshift({ part: place.part, type: CT.worksheet });
  setOverrides(pkg, overrides);

  // Nothing above touched workbook.xml itself (only its rels), so `info` still describes it.
  pkg.setText(
    info.workbookPart,
    editWorkbook(pkg.text(info.workbookPart) ?? "", info, {
      ...(place.add ? { addSheet: place.add } : {}),
      dropNames: decision.dropNames,
      addNames: namesToAdd(plan, decision, place.index),
    })
  );
  return { decision, plan, skippedNames: decision.skipNames };
}

/** True when the workbook part is macro-enabled (.xlsm). */
function isMacroEnabled(pkg: OoxmlPackage): boolean {
  return contentTypeOf(pkg, workbookPartOf(pkg)) === CT.macroWorkbook;
}

/**
 * Whether the output name fits the package: Excel refuses a macro-enabled workbook named .xlsx
 * and a plain one named .xlsm, and a workbook named .csv (or anything else) opens as nothing the
 * user expects. The shells word the message (Danish first).
 */
export function outputNameProblem(
  macro: boolean,
  outName: string
): "MACRO_AS_XLSX" | "PLAIN_AS_XLSM" | "NOT_WORKBOOK_NAME" | undefined {
  if (!/\.xls[xm]$/i.test(outName)) return "NOT_WORKBOOK_NAME";
  if (macro && !/\.xlsm$/i.test(outName)) return "MACRO_AS_XLSX";
  if (!macro && /\.xlsm$/i.test(outName)) return "PLAIN_AS_XLSM";
  return undefined;
}

/** Bytes in, bytes out: the copy with the overview. */
function writeOverviewPackage(
  input: Uint8Array,
  options: PackageWriteOptions
): PackageWriteResult & { bytes: Uint8Array; macroEnabled: boolean } {
  // A part that turns out damaged only when the writer reads it is a package error, not a crash.
  return asPackageError(() => {
    const pkg = OoxmlPackage.fromZip(input);
    const result = writeOverviewIntoPackage(pkg, options);
    return { ...result, bytes: checkedZip(pkg), macroEnabled: isMacroEnabled(pkg) };
  });
}

/** The common case: the core's plan for an overview, written into a copy of `input`. */
export function writeOverviewCopy(
  input: Uint8Array,
  overview: Overview,
  lang: Lang,
  options: {
    date: Date;
    preferredName?: string;
    /** More of the plan (the changes section, …); the names are the ownership decision's. */
    planOptions?: Omit<OverviewSheetOptions, "sheetName" | "tableName">;
  }
): ReturnType<typeof writeOverviewPackage> {
  const extra = options.planOptions ?? {};
  // The plan under the usual names tells the names it defines; when the decision keeps those
  // names (the common case) it is the plan itself, not made twice (a 5,000-row plan costs).
  const usual = overviewSheetPlan(overview, lang, extra);
  const wantedNames = usual.definedNames.map((d) => d.name);
  return writeOverviewPackage(input, {
    plan: (names) =>
      names.sheetName === usual.sheetName && names.tableName === usual.table.name
        ? usual
        : overviewSheetPlan(overview, lang, { ...extra, ...names }),
    wantedNames,
    date: options.date,
    ...(options.preferredName !== undefined ? { preferredName: options.preferredName } : {}),
  });
}
