// Everything the pane holds, wired together: settings, the workbook session, the check, the
// writer, the selected cell and auto re-check. The Pane component only lays it out.
import { useMemo } from "react";
import { DEFAULT_OVERVIEW_SHEET } from "../../core/overview";
import { toEngineSettings } from "../../core";
import type { Lang, Report } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { strings } from "../strings";
import { useAutoRecheck } from "./useAutoRecheck";
import { useBaseline } from "./useBaseline";
import { checkOnce, useCheck } from "./useCheck";
import { useFixes } from "./useFixes";
import { useOpening } from "./useOpening";
import { useOverviewWriter } from "./useOverviewWriter";
import { useSelection } from "./useSelection";
import { useSettings } from "./useSettings";
import { useTasks } from "./useTasks";
import { useWorkbookSession } from "./useWorkbookSession";

export function usePane(host: WorkbookHost, lang: Lang, currentYear: number | undefined) {
  const t = strings[lang];
  const year = currentYear ?? new Date().getFullYear();
  const tasks = useTasks(lang);
  const opened = useOpening(host, tasks.reportError);
  const settingsState = useSettings(host, opened, tasks.reportError);
  const { settings, loaded, update } = settingsState;
  const engineSettings = useMemo(() => toEngineSettings(settings, year), [settings, year]);
  const session = useWorkbookSession(
    host,
    opened.opening,
    loaded,
    settings.sheet,
    engineSettings,
    tasks.reportError
  );
  const { grid, sheet } = session;
  const checked = useCheck(grid, engineSettings, t);
  const report = checked.result?.ok ? checked.result.report : undefined;
  const selection = useSelection(host, grid, tasks.reportError);

  const runCheck = () => tasks.run("check", async () => void (await session.reload()));
  /** The report shown, or (none yet) the sheet read and checked now. */
  const currentReport = async (): Promise<Report | undefined> => {
    if (report) return report;
    const read = await session.reload();
    const r = read ? checkOnce(read, engineSettings) : undefined;
    return r?.ok ? r.report : undefined;
  };
  const baseline = useBaseline(host, report, engineSettings, lang, tasks);
  const writer = useOverviewWriter({
    host,
    lang,
    tasks,
    sheets: session.sheets,
    overviewName: settings.overviewSheetName ?? DEFAULT_OVERVIEW_SHEET,
    currentReport,
    rememberName: (name) => update({ overviewSheetName: name }),
    addSheet: session.addSheet,
    changesFor: baseline.changesFor,
  });
  // Only a sheet that was checked is re-checked: the user asked for that result to stay current.
  useAutoRecheck(
    host,
    sheet,
    (settings.autoRecheck ?? true) && grid !== undefined,
    () => void runCheck(),
    tasks.reportError
  );

  const { applyFix, applyAll } = useFixes(host, tasks, lang, session.reload);

  return {
    t,
    applyFix,
    applyAll,
    tasks,
    settingsState,
    session,
    checked,
    report,
    writer,
    baseline,
    runCheck,
    ...selection,
    previewMore: { report, onBack: selection.backToFinding },
    chooseSheet: (name: string) => {
      if (name === sheet) return;
      session.chooseSheet(name);
      tasks.setNotice(undefined);
      update({ sheet: name });
    },
    busy: session.starting ? ("start" as const) : tasks.busy,
  };
}
