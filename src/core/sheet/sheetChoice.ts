// Which sheet to check: one rule for the add-in, file mode, the command and "compare with another
// file". The sheet the user named, if it exists; else the first sheet holding a budget table, the
// active sheet first and our own overview sheet skipped (it is a budget table too, but checking it
// would check our output, not the plan); else the active or first sheet, shown without a table.
// Pure: it yields each sheet to look at and is told whether it holds a budget table, so a shell
// reads a sheet only when asked (a later sheet is never read once one is found), sync or async.

export interface SheetChoiceFacts {
  /** The sheets that may be checked, in workbook order. */
  sheets: readonly string[];
  /** The sheet the user is on (Excel); undefined for a file. */
  active?: string;
  /** The sheet the settings or the command line name. */
  named?: string;
  /**
   * When the named sheet is gone: "search" (a remembered choice: the sheet was renamed or deleted,
   * look for the budget as if none were named) or "refuse" (the user asked for it just now).
   */
  ifNamedGone: "search" | "refuse";
  /** Our own overview sheet, never chosen by the search. */
  ours?: string;
}

export type SheetChoice =
  /** Check this sheet: it holds a budget table, or it is the one the user named. */
  | { kind: "found"; sheet: string; holdsBudget: boolean }
  /** No sheet holds a budget table: show this one (the active, else the first), when there is one. */
  | { kind: "none"; sheet?: string }
  /** The sheet the user asked for does not exist. */
  | { kind: "missing"; sheet: string };

/** The choice step by step: yields the next sheet to look at, resumed with whether it holds a table. */
export function* chooseSheet(f: SheetChoiceFacts): Generator<string, SheetChoice, boolean> {
  if (f.named !== undefined) {
    if (f.sheets.includes(f.named)) {
      const holdsBudget: boolean = yield f.named;
      return { kind: "found", sheet: f.named, holdsBudget };
    }
    if (f.ifNamedGone === "refuse") return { kind: "missing", sheet: f.named };
  }
  const active = f.active !== undefined && f.sheets.includes(f.active) ? [f.active] : [];
  const order = [...active, ...f.sheets.filter((s) => s !== f.active)];
  for (const sheet of order) {
    if (sheet === f.ours) continue;
    if (yield sheet) return { kind: "found", sheet, holdsBudget: true };
  }
  const shown = f.active ?? f.sheets[0];
  return shown === undefined ? { kind: "none" } : { kind: "none", sheet: shown };
}

/** Runs the choice with a reader that answers at once (a workbook file already in memory). */
export function chooseSheetNow(f: SheetChoiceFacts, holdsBudget: (sheet: string) => boolean) {
  const steps = chooseSheet(f);
  let step = steps.next();
  while (!step.done) step = steps.next(holdsBudget(step.value));
  return step.value;
}

/** Runs the choice with a reader that answers later (a workbook in Excel). */
export async function chooseSheetAsync(
  f: SheetChoiceFacts,
  holdsBudget: (sheet: string) => Promise<boolean>
): Promise<SheetChoice> {
  const steps = chooseSheet(f);
  let step = steps.next();
  while (!step.done) step = steps.next(await holdsBudget(step.value));
  return step.value;
}
