// Which sheet to check in a package, by the one rule (core/sheet/sheetChoice.ts): the one asked for
// (refused when it is not there), else the first holding a budget table, read one at a time.
import { chooseSheetNow, hasBudgetTable } from "../../core/sheet";
import {
  constantText,
  decideOwnership,
  type NameTarget,
  type WorkbookFacts,
} from "../../core/overview";
import type { Grid, Settings } from "../../core";
import type { WorkbookPackage } from "./package";
import type { TableEntry, WorkbookModel } from "./workbookModel";

export type PackageSheetChoice =
  | { ok: true; sheet: string; grid: Grid }
  | { ok: false; reason: "SHEET_MISSING" | "NO_BUDGET_TABLE"; sheet?: string };

/** "'Budget 2026'!$A$1" → the sheet; #REF! → ref; "\"x\"" → constant; anything else → other. */
export function nameTarget(formula: string): NameTarget {
  const f = formula.trim().replace(/^=/, "");
  if (/#REF!/i.test(f)) return { kind: "ref" };
  const text = constantText(f);
  if (text !== undefined) return { kind: "constant", value: text };
  const m =
    /^(?:'((?:[^']|'')+)'|([^'!\s,()"[\]]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(
      f
    );
  if (m) return { kind: "sheet", sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] };
  return { kind: "other" };
}

/**
 * What the ownership decision needs, from the workbook model: every sheet (chart sheets too: a
 * new sheet's name must not clash with one), the names with their targets and comments, the
 * tables. The reader's sheet choice and the writer decide on the same facts.
 */
export function workbookFacts(model: WorkbookModel, tables: TableEntry[]): WorkbookFacts {
  return {
    sheets: model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names: model.names.map((n) => ({
      name: n.name,
      ...(n.scope !== undefined ? { scope: n.scope } : {}),
      target: nameTarget(n.formula),
      ...(n.comment !== undefined ? { comment: n.comment } : {}),
    })),
    tables: tables.map((t) => ({ name: t.name, sheet: t.sheet })),
  };
}

/** What the ownership decision needs, from a package. */
export const packageFacts = (pkg: WorkbookPackage): WorkbookFacts =>
  workbookFacts(pkg.model, pkg.tables());

/**
 * The sheets a search looks at, as Excel shows them: the visible worksheets in workbook order, then
 * the hidden ones (an old plan kept hidden is not the plan while a visible sheet holds one), and
 * the one Excel opens on, searched first as the add-in searches the active sheet first.
 */
export function sheetsAsShown(pkg: WorkbookPackage): { sheets: string[]; active?: string } {
  const visible = pkg.sheets.filter((s) => s.visibility === "visible");
  const hidden = pkg.sheets.filter((s) => s.visibility !== "visible");
  const sheets = [...visible, ...hidden].map((s) => s.name);
  const opensOn = pkg.model.sheets[pkg.model.activeTab];
  const active = visible.find((s) => s.name === opensOn?.name)?.name;
  return active !== undefined ? { sheets, active } : { sheets };
}

export function findBudgetSheetInPackage(
  pkg: WorkbookPackage,
  settings: Settings,
  workbookTitle?: string
): PackageSheetChoice {
  const grids = new Map<string, Grid>();
  const choice = chooseSheetNow(
    {
      ...sheetsAsShown(pkg),
      named: settings.sheet,
      ifNamedGone: "refuse",
      ours: decideOwnership(packageFacts(pkg)).ourSheet,
    },
    (sheet) => {
      const { grid } = pkg.readSheet(sheet, workbookTitle);
      grids.set(sheet, grid);
      return hasBudgetTable(grid, settings);
    }
  );
  if (choice.kind === "missing") return { ok: false, reason: "SHEET_MISSING", sheet: choice.sheet };
  if (choice.kind === "none") return { ok: false, reason: "NO_BUDGET_TABLE" };
  return { ok: true, sheet: choice.sheet, grid: grids.get(choice.sheet)! };
}
