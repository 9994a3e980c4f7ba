// The task pane: settings on top, then check / write / export, then the result. It talks only to
// the WorkbookHost it is given (Office, a file in the browser, or a fake in tests).
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { check } from "../core/check";
import { overviewCsv } from "../core/csv";
import { hasBudgetTable } from "../core/hasBudgetTable";
import { toEngineSettings, DEFAULT_FRAME_ORE, type PersistedSettings } from "../core/settings";
import { oreToKr } from "../core/format";
import type { CheckResult, Grid, Lang, Report, Settings } from "../core/types";
import type { WorkbookHost } from "../host/WorkbookHost";
import { AmountField } from "./components/AmountField";
import { Counts } from "./components/Counts";
import { ErrorBar } from "./components/ErrorBar";
import { Findings } from "./components/Findings";
import { PlanYearField } from "./components/PlanYearField";
import { YearCard } from "./components/YearCard";
import { useAutoRecheck } from "./hooks/useAutoRecheck";
import { useSettings } from "./hooks/useSettings";
import { nextSheetName } from "./sheetName";
import { strings } from "./strings";

// Needed only when a foreign "Budgetoversigt" exists: Fluent's Dialog stays out of start-up.
const WriteDialog = lazy(() =>
  import(/* webpackChunkName: "write-dialog" */ "./components/WriteDialog").then((m) => ({
    default: m.WriteDialog,
  }))
);

export const DEFAULT_OVERVIEW_SHEET = "Budgetoversigt";
export const CSV_FILE_NAME = "budgetoversigt.csv";
export const CSV_MIME = "text/csv;charset=utf-8";

export interface AppProps {
  host: WorkbookHost;
  lang: Lang;
  dark: boolean;
  currentYear?: number;
  /** File mode only: a read-only preview of the checked sheet, scrolled to the selected cell. */
  renderPreview?: (grid: Grid, selectedCell: string | undefined) => ReactNode;
}

type Busy = "start" | "check" | "write" | "export" | undefined;

const useStyles = makeStyles({
  // Fills the pane so a dark theme has no light strip below short content.
  provider: { minHeight: "100%" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    padding: "12px",
    boxSizing: "border-box",
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: {
    margin: "8px 0 4px",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  stack: { display: "flex", flexDirection: "column", rowGap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  cards: { display: "flex", flexDirection: "column", rowGap: "8px" },
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

export function App({ host, lang, dark, currentYear, renderPreview }: AppProps) {
  const t = strings[lang];
  const styles = useStyles();
  const year = currentYear ?? new Date().getFullYear();

  // Errors are kept boxed so a thrown function or undefined still counts as "an error happened".
  const [error, setError] = useState<{ value: unknown }>();
  const reportError = useCallback((e: unknown) => setError({ value: e }), []);
  const { settings, problems, loaded, update } = useSettings(host, reportError);

  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string>();
  const [title, setTitle] = useState<string>();
  const [grid, setGrid] = useState<Grid>();
  const [busy, setBusy] = useState<Busy>("start");
  const [notice, setNotice] = useState<string>();
  const [announce, setAnnounce] = useState("");
  const [selectedCell, setSelectedCell] = useState<string>();
  const [dialog, setDialog] = useState<{ taken: string; proposal: string; report: Report }>();

  const engineSettings = useMemo(() => toEngineSettings(settings, year), [settings, year]);
  // Recomputed from the last read grid when a setting changes: no re-read needed.
  const result: CheckResult | undefined = useMemo(
    () => (grid ? check(grid, engineSettings) : undefined),
    [grid, engineSettings]
  );
  const overviewName = settings.overviewSheetName ?? DEFAULT_OVERVIEW_SHEET;

  // Start: once settings are in, list the sheets and pick the one to check.
  const started = useRef(false);
  useEffect(() => {
    if (!loaded || started.current) return;
    started.current = true;
    let cancelled = false;
    (async () => {
      const [names, active, wbTitle] = await Promise.all([
        host.listSheets(),
        host.activeSheet(),
        host.workbookTitle(),
      ]);
      const chosen = await chooseSheet(host, names, active, settings.sheet, engineSettings);
      if (cancelled) return;
      setSheets(names);
      setTitle(wbTitle);
      setSheet(chosen.name);
      if (chosen.error !== undefined) reportError(chosen.error);
      // Opening the pane checks the budget at once: that answer is why people open it.
      if (chosen.grid)
        showChecked({ ...chosen.grid, workbookTitle: chosen.grid.workbookTitle ?? wbTitle });
    })()
      .catch((e: unknown) => {
        if (!cancelled) reportError(e);
      })
      .finally(() => {
        if (!cancelled) setBusy(undefined);
      });
    return () => {
      cancelled = true;
    };
    // Runs once, with the settings as loaded.
  }, [loaded]);

  /** Shows a read grid's check (the result itself renders through `grid`) and announces it. */
  const showChecked = useCallback(
    (g: Grid): CheckResult => {
      const r = check(g, engineSettings);
      setGrid(g);
      setSelectedCell(undefined);
      if (r.ok) {
        const count = (s: string) => r.report.findings.filter((f) => f.severity === s).length;
        setAnnounce(t.announceDone(count("error"), count("warning")));
      } else {
        setAnnounce(t.noBudgetTableAnnounce(r.sheet));
      }
      return r;
    },
    [engineSettings, t]
  );

  /** Reads the sheet and checks it. */
  const readAndCheck = useCallback(
    async (name: string): Promise<CheckResult> => {
      const read = await host.readSheet(name);
      return showChecked({ ...read, workbookTitle: read.workbookTitle ?? title });
    },
    [host, title, showChecked]
  );

  const runCheck = useCallback(async () => {
    if (!sheet) return;
    setBusy("check");
    setError(undefined);
    setNotice(undefined);
    try {
      await readAndCheck(sheet);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(undefined);
    }
  }, [sheet, readAndCheck, reportError]);

  /** The current report, checking first when there is none yet. */
  const currentReport = async (): Promise<Report | undefined> => {
    if (result?.ok) return result.report;
    if (!sheet) return undefined;
    const r = await readAndCheck(sheet);
    return r.ok ? r.report : undefined;
  };

  const writeTo = async (report: Report, name: string) => {
    const written = await host.writeOverview(report, { sheetName: name, lang });
    if (written.sheetName !== overviewName) update({ overviewSheetName: written.sheetName });
    setSheets((list) => (list.includes(written.sheetName) ? list : [...list, written.sheetName]));
    const where = written.fileName
      ? t.writeDoneFile(written.sheetName, written.fileName)
      : t.writeDone(written.sheetName);
    const skipped = written.skippedNames ?? [];
    setNotice(skipped.length > 0 ? `${where} ${t.writeSkippedNames(skipped.join(", "))}` : where);
  };

  const runWrite = async () => {
    setBusy("write");
    setError(undefined);
    setNotice(undefined);
    try {
      const report = await currentReport();
      if (!report) return;
      const status = await host.overviewStatus(overviewName);
      if (status === "foreign") {
        const base = overviewName.replace(/ \d+$/, "");
        setDialog({ taken: overviewName, proposal: nextSheetName(base, sheets), report });
        return;
      }
      await writeTo(report, overviewName);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const confirmNewName = async (name: string): Promise<string | undefined> => {
    if (!dialog) return undefined;
    try {
      if ((await host.overviewStatus(name)) === "foreign") return t.sheetNameTaken;
    } catch (e) {
      setDialog(undefined);
      reportError(e);
      return undefined;
    }
    const { report } = dialog;
    setDialog(undefined);
    setBusy("write");
    try {
      await writeTo(report, name);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(undefined);
    }
    return undefined;
  };

  const runExport = async (what: "workbook" | "csv") => {
    setBusy("export");
    setError(undefined);
    setNotice(undefined);
    try {
      const report = await currentReport();
      if (!report) return;
      if (what === "workbook") {
        await host.exportWorkbook(report, lang);
        setNotice(t.exportWorkbookDone);
      } else {
        await host.saveText(CSV_FILE_NAME, overviewCsv(report.overview, lang), CSV_MIME);
        setNotice(t.exportCsvDone(CSV_FILE_NAME));
      }
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const show = (cell: string) => {
    setSelectedCell(cell);
    host.selectCell(cell).catch(reportError);
  };

  const autoRecheck = settings.autoRecheck ?? true;
  // Only a sheet that was checked is re-checked: the user asked for that result to stay current.
  useAutoRecheck(
    host,
    sheet,
    autoRecheck && grid !== undefined,
    () => void runCheck(),
    reportError
  );

  const chooseSheetByUser = (name: string) => {
    if (name === sheet) return;
    setSheet(name);
    setGrid(undefined);
    setNotice(undefined);
    setAnnounce("");
    update({ sheet: name });
  };

  const report = result?.ok ? result.report : undefined;
  const planYears = planYearsOf(report, settings);
  const disabled = busy !== undefined || !sheet;

  return (
    <FluentProvider
      className={styles.provider}
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang}
    >
      {/* A plain div: the page around it supplies the landmark (index.tsx, or file mode's main). */}
      <div className={styles.root}>
        <h1 className={styles.h1}>{t.appTitle}</h1>
        <p className={styles.intro}>{t.intro}</p>

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

        <section aria-labelledby="settings-heading" className={styles.stack}>
          <h2 id="settings-heading" className={styles.h2}>
            {t.settingsHeading}
          </h2>
          {/* A native select (Fluent Select): keyboard and screen-reader behaviour for free, and
              no popup positioning code in the start-up bundle. */}
          <Field
            label={t.sheetLabel}
            hint={loaded && busy !== "start" && sheets.length === 0 ? t.noSheets : undefined}
          >
            <Select
              value={sheet ?? ""}
              disabled={busy === "start"}
              onChange={(_, data) => {
                if (data.value) chooseSheetByUser(data.value);
              }}
            >
              {!sheet && (
                <option value="" disabled>
                  {t.sheetPlaceholder}
                </option>
              )}
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <PlanYearField
            label={t.planYearLabel}
            hint={
              settings.planYear === undefined && report
                ? `${t.planYearHint} ${t.planYearUsed(report.planYear, t.planYearSource[report.planYearSource])}`
                : t.planYearHint
            }
            invalidMessage={t.planYearInvalid}
            value={settings.planYear}
            onCommit={(planYear) => update({ planYear })}
          />
          <AmountField
            label={t.frameLabel}
            hint={t.frameHint}
            invalidMessage={t.frameInvalid}
            valueKr={settings.defaultFrameKr ?? oreToKr(DEFAULT_FRAME_ORE)}
            onCommit={(kr) => update({ defaultFrameKr: kr })}
          />
          {planYears.length > 0 && (
            <fieldset className={styles.stack}>
              <legend>{t.yearFramesHeading}</legend>
              {planYears.map((y) => (
                <AmountField
                  key={y}
                  label={t.yearFrameLabel(y)}
                  hint={t.yearFrameHint}
                  invalidMessage={t.frameInvalid}
                  valueKr={settings.framesKr?.[String(y)]}
                  onCommit={(kr) => update({ framesKr: withFrame(settings.framesKr, y, kr) })}
                />
              ))}
            </fieldset>
          )}
          <Switch
            label={t.autoRecheckLabel}
            checked={autoRecheck}
            onChange={(_, data) => update({ autoRecheck: data.checked })}
          />
        </section>

        <section aria-label={t.actionsHeading} className={styles.stack}>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={() => void runCheck()}>
              {t.checkButton}
            </Button>
            <Button disabled={disabled} onClick={() => void runWrite()}>
              {t.writeButton}
            </Button>
          </div>
          <div className={styles.row} role="group" aria-labelledby="export-label">
            <span id="export-label">{t.exportHeading}:</span>
            <Button size="small" disabled={disabled} onClick={() => void runExport("workbook")}>
              {t.exportWorkbookButton}
            </Button>
            <Button size="small" disabled={disabled} onClick={() => void runExport("csv")}>
              {t.exportCsvButton}
            </Button>
          </div>
          {busy && (
            <Spinner
              size="tiny"
              label={
                busy === "start"
                  ? t.loading
                  : busy === "check"
                    ? t.checking
                    : busy === "write"
                      ? t.writing
                      : t.exporting
              }
            />
          )}
        </section>

        {error && <ErrorBar error={error.value} t={t} onDismiss={() => setError(undefined)} />}
        {notice && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}

        <div role="status" aria-live="polite" className={styles.visuallyHidden}>
          {announce}
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
          <>
            <section aria-labelledby="results-heading" className={styles.stack}>
              <h2 id="results-heading" className={styles.h2}>
                {t.resultsHeading}
              </h2>
              <p>{t.planYearUsed(report.planYear, t.planYearSource[report.planYearSource])}</p>
              <div className={styles.cards}>
                {report.years.map((y) => (
                  <YearCard key={y.year} year={y} lang={lang} t={t} />
                ))}
              </div>
            </section>
            <section aria-labelledby="findings-heading">
              <h2 id="findings-heading" className={styles.h2}>
                {t.findingsHeading}
              </h2>
              <Findings findings={report.findings} lang={lang} t={t} onShow={show} />
            </section>
            <section aria-labelledby="counts-heading">
              <h2 id="counts-heading" className={styles.h2}>
                {t.countsHeading}
              </h2>
              <Counts report={report} t={t} />
            </section>
          </>
        )}

        {grid && renderPreview?.(grid, selectedCell)}

        {dialog && (
          <Suspense fallback={<Spinner size="tiny" label={t.writing} />}>
            <WriteDialog
              open
              takenName={dialog.taken}
              proposal={dialog.proposal}
              t={t}
              onCancel={() => setDialog(undefined)}
              onConfirm={confirmNewName}
            />
          </Suspense>
        )}
      </div>
    </FluentProvider>
  );
}

/**
 * The stored sheet if it still exists; else the active sheet if it holds a budget table; else the
 * first sheet that does (our own overview sheets excluded); else the active or first sheet.
 */
async function chooseSheet(
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

/** Years that can have their own frame: the plan years of the report and any stored override. */
function planYearsOf(report: Report | undefined, settings: PersistedSettings): number[] {
  const years = new Set<number>(Object.keys(settings.framesKr ?? {}).map(Number));
  for (const y of report?.years ?? []) if (!y.compareOnly) years.add(y.year);
  return [...years].sort((a, b) => a - b);
}

function withFrame(
  frames: Record<string, number> | undefined,
  year: number,
  kr: number | undefined
): Record<string, number> | undefined {
  const next = { ...(frames ?? {}) };
  if (kr === undefined) delete next[String(year)];
  else next[String(year)] = kr;
  return Object.keys(next).length > 0 ? next : undefined;
}
