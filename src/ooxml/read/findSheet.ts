// Which sheet to check in a package: the one asked for, else the first holding a budget table,
// read one at a time (a later sheet is never parsed once one is found). Our own overview sheet is
// skipped: it is a budget table too, but checking it would check our output, not the plan.
import { hasBudgetTable } from "../../core/sheet";
import {
  constantText,
  decideOwnership,
  type NameTarget,
  type WorkbookFacts,
} from "../../core/overview";
import type { Grid, Settings } from "../../core";
import type { WorkbookPackage } from "./package";

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

/** What the ownership decision needs, from a package. */
export function packageFacts(pkg: WorkbookPackage): WorkbookFacts {
  return {
    sheets: pkg.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names: pkg.names.map((n) => ({
      name: n.name,
      ...(n.scope !== undefined ? { scope: n.scope } : {}),
      target: nameTarget(n.formula),
    })),
    tables: pkg.tables(),
  };
}

export function findBudgetSheetInPackage(
  pkg: WorkbookPackage,
  settings: Settings,
  workbookTitle?: string
): PackageSheetChoice {
  if (settings.sheet !== undefined) {
    const wanted = settings.sheet;
    const info = pkg.sheet(wanted);
    return info
      ? { ok: true, sheet: info.name, grid: pkg.readSheet(info.name, workbookTitle).grid }
      : { ok: false, reason: "SHEET_MISSING", sheet: wanted };
  }
  const ours = decideOwnership(packageFacts(pkg)).ourSheet;
  for (const s of pkg.sheets) {
    if (s.name === ours) continue;
    const { grid } = pkg.readSheet(s.name, workbookTitle);
    if (hasBudgetTable(grid, settings)) return { ok: true, sheet: s.name, grid };
  }
  return { ok: false, reason: "NO_BUDGET_TABLE" };
}
