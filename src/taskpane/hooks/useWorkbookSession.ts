// The workbook the pane works on: its sheets, the chosen sheet, its title and the last grid read.
// On start (once settings are in) it lists the sheets, picks the one to check and reads it, so
// opening the pane answers at once; afterwards `reload` re-reads the chosen sheet.
import { useCallback, useEffect, useState } from "react";
import { hasBudgetTable } from "../../core/hasBudgetTable";
import type { Grid, Settings } from "../../core/types";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { useLatest } from "./useLatest";

export interface WorkbookSession {
  sheets: string[];
  sheet: string | undefined;
  /** The last grid read of `sheet`; undefined until read (or after the user picks another sheet). */
  grid: Grid | undefined;
  /** True until the start-up choice is made. */
  starting: boolean;
  /** Re-reads the chosen sheet; the grid (and so the check) follows. */
  reload: () => Promise<Grid | undefined>;
  /** The user picked another sheet: forget the old grid until it is checked. */
  chooseSheet: (name: string) => void;
  /** A sheet was added (the overview). */
  addSheet: (name: string) => void;
}

export function useWorkbookSession(
  host: WorkbookHost,
  settingsLoaded: boolean,
  storedSheet: string | undefined,
  settings: Settings,
  onError: (e: unknown) => void
): WorkbookSession {
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string>();
  const [title, setTitle] = useState<string>();
  const [grid, setGrid] = useState<Grid>();
  const [starting, setStarting] = useState(true);
  // The start-up runs once, with the settings as first loaded (not again when they change).
  const startArgs = useLatest({ storedSheet, settings, onError });

  useEffect(() => {
    if (!settingsLoaded) return undefined;
    let cancelled = false;
    const { storedSheet: stored, settings: first, onError: report } = startArgs.current;
    (async () => {
      const [names, active, wbTitle] = await Promise.all([
        host.listSheets(),
        host.activeSheet(),
        host.workbookTitle(),
      ]);
      const chosen = await pickSheet(host, names, active, stored, first);
      if (cancelled) return;
      setSheets(names);
      setTitle(wbTitle);
      setSheet(chosen.name);
      if (chosen.error !== undefined) report(chosen.error);
      if (chosen.grid) setGrid(withTitle(chosen.grid, wbTitle));
    })()
      .catch((e: unknown) => {
        if (!cancelled) report(e);
      })
      .finally(() => {
        if (!cancelled) setStarting(false);
      });
    return () => {
      cancelled = true;
    };
  }, [host, settingsLoaded, startArgs]);

  const reload = useCallback(async () => {
    if (!sheet) return undefined;
    const read = withTitle(await host.readSheet(sheet), title);
    setGrid(read);
    return read;
  }, [host, sheet, title]);

  const chooseSheet = useCallback((name: string) => {
    setSheet(name);
    setGrid(undefined);
  }, []);

  const addSheet = useCallback(
    (name: string) => setSheets((list) => (list.includes(name) ? list : [...list, name])),
    []
  );

  return { sheets, sheet, grid, starting, reload, chooseSheet, addSheet };
}

const withTitle = (g: Grid, title: string | undefined): Grid => ({
  ...g,
  workbookTitle: g.workbookTitle ?? title,
});

/**
 * The stored sheet if it still exists; else the active sheet if it holds a budget table; else the
 * first sheet that does (our own overview sheets excluded); else the active or first sheet.
 */
async function pickSheet(
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
