// The pane: the answer first (years, counts), then what to do with it, the findings explained,
// and the settings folded away below. It lays out; state lives in usePane's hooks, markup in
// sections. It talks only to the WorkbookHost it is given (Office, a file in the browser, or a
// fake in tests). The theme provider belongs to the entry point (App in Excel, FileModeApp).
import { Suspense, lazy, useRef, type ComponentProps, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Wrench16Regular } from "@fluentui/react-icons";
import type { Grid, Lang, Report } from "../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import { fixAllFor, fixesFor } from "../core/findings";
import { BusyRing } from "./components/BusyRing";
import { Counts } from "./components/Counts";
import { FixButtons } from "./components/FixButtons";
import { usePane } from "./hooks/usePane";
import { usePaneWidth } from "./hooks/usePaneWidth";
import { useReportPdf, type PdfRenderer } from "./hooks/useReportPdf";
import { ActionsSection } from "./sections/ActionsSection";
import { AnswerSection, WIDE_PANE_PX } from "./sections/AnswerSection";
import { FindingsSection } from "./sections/FindingsSection";
import { Messages } from "./sections/Messages";
import { SettingsSection } from "./sections/SettingsSection";
import type { UiStrings } from "./strings";

// Needed only when a foreign "Budgetoversigt" exists: Fluent's Dialog stays out of start-up.
const WriteDialog = lazy(() =>
  import(/* webpackChunkName: "write-dialog" */ "./components/WriteDialog").then((m) => ({
    default: m.WriteDialog,
  }))
);

// Shown only once an approved plan is stored: the changes list and its compare view load then.
const ChangesLazy = lazy(() =>
  import(/* webpackChunkName: "changes" */ "./sections/ChangesSection").then((m) => ({
    default: m.ChangesSection,
  }))
);
const ChangesSection = (props: ComponentProps<typeof ChangesLazy>) => (
  <Suspense fallback={null}>
    <ChangesLazy {...props} />
  </Suspense>
);

export interface PreviewMore {
  report?: Report;
  /** "Tilbage til fundet": focus back on the "Vis" that selected the cell. */
  onBack: () => void;
}

export interface PaneProps {
  host: WorkbookHost;
  lang: Lang;
  currentYear?: number;
  /**
   * File mode only: a read-only preview of the checked sheet, scrolled to the selected cell, with
   * the report (to name the cell's activity) and the way back to the finding.
   */
  renderPreview?: (grid: Grid, selectedCell: string | undefined, more: PreviewMore) => ReactNode;
  /** Renders the PDF report (handed in by the entry point; without it there is no PDF button). */
  renderPdf?: PdfRenderer;
  /** False where the page already shows the name as its heading (file mode's header). */
  showTitle?: boolean;
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
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Pane(props: PaneProps) {
  const { host, lang, currentYear, renderPreview, renderPdf, showTitle = true } = props;
  const styles = useStyles();
  const p = usePane(host, lang, currentYear);
  const { t, report, session, writer, busy } = p;
  const { settings, update } = p.settingsState;
  const paneRef = useRef<HTMLDivElement>(null);
  const wide = usePaneWidth(paneRef) > WIDE_PANE_PX;
  const noTable = !session.starting && (!session.sheet || !report);
  const pdfDeps = { host, lang, tasks: p.tasks, report, changes: p.baseline.changes };
  const downloadPdf = useReportPdf({ ...pdfDeps, sheet: session.sheet, render: renderPdf });
  const pane = (
    // A plain div: the page around it supplies the landmark (index.tsx, or file mode's main).
    <div ref={paneRef} className={styles.root}>
      {showTitle && <h1 className={styles.h1}>{t.appName}</h1>}
      {!report && <p className={styles.intro}>{t.intro}</p>}
      <Messages
        t={t}
        tasks={p.tasks}
        problems={p.settingsState.problems}
        result={p.checked.result}
        announcement={p.checked.announcement}
      />
      {report && (
        <AnswerSection
          report={report}
          lang={lang}
          t={t}
          wide={wide}
          resolved={p.checked.resolved}
        />
      )}
      {/* Under the year cards: changes since the approved plan ("Ændringer siden godkendt"). */}
      {report && p.baseline.available && (
        <ChangesSection
          state={p.baseline}
          lang={lang}
          disabled={busy !== undefined}
          onShow={p.show}
        />
      )}
      <ActionsSection
        t={t}
        busy={busy}
        disabled={busy !== undefined || !session.sheet}
        onCheck={() => void p.runCheck()}
        onWrite={() => void writer.write()}
        onExport={(what) => void writer.exportAs(what)}
        moreExports={
          downloadPdf && (
            <PdfButton t={t} disabled={busy !== undefined || !report} onClick={downloadPdf} />
          )
        }
      />
      {report && <FindingsAndCounts p={p} report={report} lang={lang} />}
      <SettingsSection
        t={t}
        lang={lang}
        settings={settings}
        update={update}
        sheets={session.sheets}
        sheet={session.sheet}
        starting={session.starting}
        report={report}
        needed={noTable || (report !== undefined && settings.planYear === undefined)}
        onChooseSheet={p.chooseSheet}
      />
      <NameDialog writer={writer} t={t} lang={lang} />
    </div>
  );

  if (!renderPreview) return pane;
  const preview = session.grid && renderPreview(session.grid, p.selectedCell, p.previewMore);
  return (
    <div className={styles.split}>
      {pane}
      {preview && <div className={styles.preview}>{preview}</div>}
    </div>
  );
}

/** "Hent rapport (PDF)": disabled while no report exists. */
function PdfButton(props: { t: UiStrings; disabled: boolean; onClick: () => Promise<void> }) {
  return (
    <Button size="small" disabled={props.disabled} onClick={() => void props.onClick()}>
      {props.t.pdfButton}
    </Button>
  );
}

/** Asks for another sheet name when a sheet we did not make has the overview's name. */
function NameDialog(props: {
  writer: ReturnType<typeof usePane>["writer"];
  t: UiStrings;
  lang: Lang;
}) {
  const { writer, t, lang } = props;
  if (!writer.dialog) return null;
  return (
    <Suspense fallback={<BusyRing label={t.writing} />}>
      <WriteDialog
        open
        takenName={writer.dialog.taken}
        proposal={writer.dialog.proposal}
        lang={lang}
        onCancel={writer.cancelDialog}
        onConfirm={writer.confirmName}
      />
    </Suspense>
  );
}

/** The findings grouped by kind with their fix buttons, then the counts. */
function FindingsAndCounts(props: { p: ReturnType<typeof usePane>; report: Report; lang: Lang }) {
  const { p, report, lang } = props;
  const t = p.t;
  return (
    <>
      <FindingsSection
        findings={report.findings}
        lang={lang}
        t={t}
        onShow={p.show}
        groupActions={(findings, kind) => {
          const fixes = fixAllFor(findings, report);
          return (
            fixes && (
              <Button
                size="small"
                icon={<Wrench16Regular />}
                disabled={p.busy !== undefined}
                aria-label={t.fixAllLabel(fixes.length, kind)}
                onClick={() => void p.applyAll(fixes)}
              >
                {t.fixAll(fixes.length)}
              </Button>
            )
          );
        }}
        actions={(f) => (
          <FixButtons
            fixes={fixesFor(f, report)}
            t={t}
            lang={lang}
            disabled={p.busy !== undefined}
            onFix={(fix) => void p.applyFix(fix)}
          />
        )}
      />
      <Counts report={report} t={t} />
    </>
  );
}
