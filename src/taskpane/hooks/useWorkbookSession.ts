// The workbook the pane works on: its sheets, the chosen sheet, its title and the last grid read.
// On start (once the opening and its settings are in) it picks the sheet to check from what the
// opening read, so opening the pane answers at once; afterwards `reload` re-reads the chosen sheet.
import { useCallback, useEffect, useState } from "react";
import type { Grid, Settings } from "../../core";
import type { WorkbookHost, WorkbookOpening } from "../../host/WorkbookHost";
import { startSheet } from "../../host/startSheet";
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
  opening: WorkbookOpening | undefined,
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
    if (!opening) {
      // The opening failed (and said why): nothing to choose from.
      setStarting(false);
      return undefined;
    }
    (async () => {
      const wbTitle = opening.title;
      const chosen = await startSheet(host, opening, stored, first);
      if (cancelled) return;
      setSheets(opening.sheets);
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
  }, [host, opening, settingsLoaded, startArgs]);

  const reload = useCallback(async () => {
    if (!sheet) return undefined;
    const read = withTitle(await host.readSheet(sheet), title);
    // Renamed while the pane is open: the host followed the sheet; the pane goes on by its new name.
    if (read.sheetName !== sheet) {
      setSheet(read.sheetName);
      setSheets((list) => list.map((n) => (n === sheet ? read.sheetName : n)));
    }
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
