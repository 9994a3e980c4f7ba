// Which sheet the pane checks on opening, through the WorkbookHost alone (the pane and the
// round-trip bench run the same code). In Excel the host answers these start-up calls from one
// opening batch, so the usual case costs one sync (src/excel/officeOpen.ts).
import { hasBudgetTable } from "../core/sheet";
import type { Grid, Settings } from "../core";
import type { WorkbookHost } from "./WorkbookHost";

/**
 * The stored sheet if it still exists; else the active sheet if it holds a budget table; else the
 * first sheet that does (our own overview sheets excluded); else the active or first sheet.
 */
export async function chooseSheet(
  host: WorkbookHost,
  names: string[],
  active: string | undefined,
  stored: string | undefined,
  settings: Settings
): Promise<{ name: string | undefined; grid?: Grid; error?: unknown }> {
  if (stored && names.includes(stored)) {
    try {
      const grid = await host.readSheet(stored);
      return hasBudgetTable(grid, settings) ? { name: stored, grid } : { name: stored };
    } catch (e) {
      return { name: stored, error: e };
    }
  }
  const order =
    active && names.includes(active) ? [active, ...names.filter((n) => n !== active)] : names;
  let firstError: unknown;
  for (const name of order) {
    try {
      const grid = await host.readSheet(name);
      if (hasBudgetTable(grid, settings) && (await host.overviewStatus(name)) !== "ours") {
        return { name, grid };
      }
    } catch (e) {
      // One unreadable sheet must not stop the search; it is reported if nothing else is found.
      firstError ??= e;
    }
  }
  return { name: active ?? names[0], error: firstError };
}
