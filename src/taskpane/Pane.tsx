// The pane: the answer first (years, counts), then what to do with it, the findings explained,
// and the settings folded away below. It composes; state lives in hooks, markup in sections. It
// talks only to the WorkbookHost it is given (Office, a file in the browser, or a fake in tests).
// The theme provider belongs to the entry point around it (App in Excel, FileModeApp in a browser).
import { Suspense, lazy, useMemo, useRef, useState, type ReactNode } from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_OVERVIEW_SHEET } from "../core/overviewSheet";
import { toEngineSettings } from "../core/settings";
import type { Grid, Lang, Report } from "../core/types";
import type { WorkbookHost } from "../host/WorkbookHost";
import { Counts } from "./components/Counts";
import { ErrorBar } from "./components/ErrorBar";
import { useAutoRecheck } from "./hooks/useAutoRecheck";
import { checkOnce, useCheck } from "./hooks/useCheck";
import { useOverviewWriter } from "./hooks/useOverviewWriter";
import { usePaneWidth } from "./hooks/usePaneWidth";
import { useSettings } from "./hooks/useSettings";
import { useTasks } from "./hooks/useTasks";
import { useWorkbookSession } from "./hooks/useWorkbookSession";
import { ActionsSection } from "./sections/ActionsSection";
import { AnswerSection, WIDE_PANE_PX } from "./sections/AnswerSection";
import { FindingsSection } from "./sections/FindingsSection";
import { SettingsSection } from "./sections/SettingsSection";
import { strings } from "./strings";

// Needed only when a foreign "Budgetoversigt" exists: Fluent's Dialog stays out of start-up.
const WriteDialog = lazy(() =>
  import(/* webpackChunkName: "write-dialog" */ "./components/WriteDialog").then((m) => ({
    default: m.WriteDialog,
  }))
);

export interface PaneProps {
  host: WorkbookHost;
  lang: Lang;
  currentYear?: number;
  /** File mode only: a read-only preview of the checked sheet, scrolled to the selected cell. */
  renderPreview?: (grid: Grid, selectedCell: string | undefined) => ReactNode;
}

const useStyles = makeStyles({
  // Beside the sheet preview from 1,000 px (as in Excel); stacked when narrower.
  split: {
    "@media (min-width: 1000px)": {
      display: "grid",
      gridTemplateColumns: "minmax(360px, 520px) minmax(0, 1fr)",
      columnGap: "16px",
      alignItems: "start",
    },
  },
  preview: {
    padding: "12px",
    "@media (min-width: 1000px)": { position: "sticky", top: 0, paddingLeft: 0 },
  },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: {
    margin: "8px 0 4px",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function Pane({ host, lang, currentYear, renderPreview }: PaneProps) {
  const t = strings[lang];
  const styles = useStyles();
  const year = currentYear ?? new Date().getFullYear();
  const tasks = useTasks();
  const { settings, problems, loaded, update } = useSettings(host, tasks.reportError);
  const engineSettings = useMemo(() => toEngineSettings(settings, year), [settings, year]);
  const session = useWorkbookSession(
    host,
    loaded,
    settings.sheet,
    engineSettings,
    tasks.reportError
  );
  const { grid, sheet } = session;
  const { result, announcement, resolved } = useCheck(grid, engineSettings, t);
  const report = result?.ok ? result.report : undefined;
  // A selection belongs to the grid it was made on: a re-read clears it.
  const [selection, setSelection] = useState<{ cell: string; grid: Grid | undefined }>();
  const selectedCell = selection?.grid === grid ? selection?.cell : undefined;
  const paneRef = useRef<HTMLDivElement>(null);
  const wide = usePaneWidth(paneRef) > WIDE_PANE_PX;

  const runCheck = () => tasks.run("check", async () => void (await session.reload()));
  /** The report shown, or (none yet) the sheet read and checked now. */
  const currentReport = async (): Promise<Report | undefined> => {
    if (report) return report;
    const read = await session.reload();
    const r = read ? checkOnce(read, engineSettings) : undefined;
    return r?.ok ? r.report : undefined;
  };
  const overviewName = settings.overviewSheetName ?? DEFAULT_OVERVIEW_SHEET;
  const writer = useOverviewWriter({
    host,
    lang,
    t,
    tasks,
    sheets: session.sheets,
    overviewName,
    currentReport,
    rememberName: (name) => update({ overviewSheetName: name }),
    addSheet: session.addSheet,
  });

  const show = (cell: string) => {
    setSelection({ cell, grid });
    host.selectCell(cell).catch(tasks.reportError);
  };
  // Only a sheet that was checked is re-checked: the user asked for that result to stay current.
  useAutoRecheck(
    host,
    sheet,
    (settings.autoRecheck ?? true) && grid !== undefined,
    () => void runCheck(),
    tasks.reportError
  );
  const chooseSheet = (name: string) => {
    if (name === sheet) return;
    session.chooseSheet(name);
    tasks.setNotice(undefined);
    update({ sheet: name });
  };

  const busy = session.starting ? "start" : tasks.busy;
  const noTable = !session.starting && (!sheet || !report);
  const pane = (
    // A plain div: the page around it supplies the landmark (index.tsx, or file mode's main).
    <div ref={paneRef} className={styles.root}>
      <h1 className={styles.h1}>{t.appTitle}</h1>
      {!report && <p className={styles.intro}>{t.intro}</p>}
      {problems && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.settingsProblemsTitle}</MessageBarTitle>
            {t.settingsProblemsBody}
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {tasks.error && <ErrorBar error={tasks.error.value} t={t} onDismiss={tasks.clearError} />}
      {tasks.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{tasks.notice}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {result && !result.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noBudgetTableTitle}</MessageBarTitle>
            {t.noBudgetTableBody(result.sheet)}
          </MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <AnswerSection report={report} lang={lang} t={t} wide={wide} resolved={resolved} />
      )}
      {/* Slot, under the year cards: changes since the approved plan ("Ændringer siden godkendt"). */}

      <ActionsSection
        t={t}
        busy={busy}
        disabled={busy !== undefined || !sheet}
        onCheck={() => void runCheck()}
        onWrite={() => void writer.write()}
        onExport={(what) => void writer.exportAs(what)}
        /* Slot: more exports (the PDF report) as further small buttons here. */
      />

      {report && (
        <>
          <FindingsSection findings={report.findings} lang={lang} t={t} onShow={show} />
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading" className={styles.h2}>
              {t.countsHeading}
            </h2>
            <Counts report={report} t={t} />
          </section>
        </>
      )}

      <SettingsSection
        t={t}
        settings={settings}
        update={update}
        sheets={session.sheets}
        sheet={sheet}
        starting={session.starting}
        report={report}
        needed={noTable || (report !== undefined && settings.planYear === undefined)}
        onChooseSheet={chooseSheet}
      />

      {writer.dialog && (
        <Suspense fallback={<Spinner size="tiny" label={t.writing} />}>
          <WriteDialog
            open
            takenName={writer.dialog.taken}
            proposal={writer.dialog.proposal}
            t={t}
            onCancel={writer.cancelDialog}
            onConfirm={writer.confirmName}
          />
        </Suspense>
      )}
    </div>
  );

  const preview = grid && renderPreview?.(grid, selectedCell);
  if (!renderPreview) return pane;
  return (
    <div className={mergeClasses(styles.split)}>
      {pane}
      {preview && <div className={styles.preview}>{preview}</div>}
    </div>
  );
}
