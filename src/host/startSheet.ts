// Which sheet the pane checks on opening, and its grid, through the WorkbookHost alone (the pane
// and the round-trip bench run the same code). The choice is core's (core/sheet/sheetChoice.ts); this
// only answers its questions from what the opening read, the first rows where the host reads
// them in one go, and the host's reads. In Excel the usual case costs the opening's one sync.
import type { Grid, Settings } from "../core";
import { decideOwnership } from "../core/overview";
import { chooseSheetAsync, hasBudgetTable } from "../core/sheet";
import type { WorkbookHost, WorkbookOpening } from "./WorkbookHost";

export interface StartSheet {
  /** The sheet to show: the one chosen, else the active or first sheet. */
  name: string | undefined;
  /** Its grid, when it holds a budget table. */
  grid?: Grid;
  /** Why a sheet could not be read, when that left nothing to check. */
  error?: unknown;
}

/**
 * The sheet `stored` names if it still exists; else the active sheet if it holds a budget table;
 * else the first sheet that does (our own overview sheet excluded); else the active or first sheet.
 */
export async function startSheet(
  host: WorkbookHost,
  opening: WorkbookOpening,
  stored: string | undefined,
  settings: Settings
): Promise<StartSheet> {
  const grids = new Map<string, Grid>();
  let firstError: unknown;
  const heads = firstRows(host, opening);
  const holdsBudget = async (name: string): Promise<boolean> => {
    try {
      const known = opening.grids.find((g) => g.sheetName === name);
      const head = known ? undefined : (await heads())?.find((g) => g.sheetName === name);
      // First rows settle it when they are the whole sheet or hold no budget table's header.
      const settles = head && !(head.probeOnly && hasBudgetTable(head, settings));
      const grid = known ?? (settles ? head : await host.readSheet(name));
      grids.set(name, grid);
      return hasBudgetTable(grid, settings);
    } catch (e) {
      // One unreadable sheet must not stop the search; it is reported if nothing else is found.
      firstError ??= e;
      return false;
    }
  };
  const choice = await chooseSheetAsync(
    {
      sheets: opening.sheets,
      active: opening.active,
      named: stored,
      ifNamedGone: "search",
      ours: decideOwnership(opening.facts).ourSheet,
    },
    holdsBudget
  );
  if (choice.kind === "found" && choice.holdsBudget) {
    return { name: choice.sheet, grid: grids.get(choice.sheet) };
  }
  return { name: choice.sheet, ...(firstError !== undefined ? { error: firstError } : {}) };
}

/** The other sheets' first rows, read in one go the first time they are needed (when the host can). */
function firstRows(host: WorkbookHost, opening: WorkbookOpening) {
  let read: Promise<Grid[] | undefined> | undefined;
  return (): Promise<Grid[] | undefined> => {
    if (!host.readFirstRows) return Promise.resolve(undefined);
    const others = opening.sheets.filter((s) => s !== opening.active);
    // A failure that would fail any read (cell edit mode): each sheet is then read the usual way,
    // which says what is wrong.
    read ??= host.readFirstRows(others).catch(() => undefined);
    return read;
  };
}
