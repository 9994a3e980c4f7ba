// The pane outside Excel: open a workbook file (picker or drag-and-drop), then run the same Pane
// on it, beside a read-only preview of the sheet. The entry point's one FluentProvider is here.
import { useCallback, useRef, type ReactNode } from "react";
import { Button, FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { BusyRing } from "../taskpane/components/BusyRing";
import { Pane, type PaneProps, type PreviewMore } from "../taskpane/Pane";
import type { Grid, Lang } from "../core";
import type { FileHostDeps } from "./fileHost";
import { FileError, FileIntro, FileModeHeader } from "./FileModeParts";
import { SheetPreview } from "./SheetPreview";
import { useFileDrop, usePagePrefs, useWorkbookFile } from "./useFileMode";

const XLSX_ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    position: "relative",
  },
  main: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  overlay: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundStaticInverted,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: "none",
  },
  hiddenInput: { display: "none" },
});

export interface FileModeAppProps {
  initialLang: Lang;
  initialDark: boolean;
  /** Injected downloads/storage (tests); the browser's otherwise. */
  deps?: FileHostDeps;
  currentYear?: number;
  /** Told when the user switches language or theme (startFileMode keeps the URL in step). */
  onPrefsChange?: (lang: Lang, dark: boolean) => void;
  /** Renders the PDF report (from the entry point, which loads it lazily). */
  renderPdf?: PaneProps["renderPdf"];
}

export function FileModeApp({ deps, currentYear, renderPdf, ...props }: FileModeAppProps) {
  const styles = useStyles();
  const prefs = usePagePrefs(props.initialLang, props.initialDark, props.onPrefsChange);
  const { lang, s } = prefs;
  const file = useWorkbookFile(deps, currentYear);
  const drop = useFileDrop((f) => void file.openFile(f));
  const inputRef = useRef<HTMLInputElement>(null);

  const renderPreview = useCallback(
    (grid: Grid, selectedCell: string | undefined, more: PreviewMore): ReactNode => (
      <SheetPreview
        grid={grid}
        selectedCell={selectedCell}
        lang={lang}
        report={more.report}
        onBack={selectedCell ? more.onBack : undefined}
      />
    ),
    [lang]
  );

  const host = file.loaded?.host;
  const openButton = (
    <Button appearance={host ? "secondary" : "primary"} onClick={() => inputRef.current?.click()}>
      {host ? s.openAnother : s.openButton}
    </Button>
  );
  const input = (
    <input
      ref={inputRef}
      type="file"
      accept={XLSX_ACCEPT}
      className={styles.hiddenInput}
      aria-label={s.openButton}
      data-testid="file-input"
      onChange={(e) => {
        const picked = e.currentTarget.files?.[0];
        if (picked) void file.openFile(picked);
        // Let the same file be picked again (after fixing it in Excel, say).
        e.currentTarget.value = "";
      }}
    />
  );

  return (
    <FluentProvider theme={prefs.theme}>
      <div className={styles.root} {...drop.handlers} data-testid="filemode-root">
        <FileModeHeader
          {...prefs}
          fileName={host?.fileName}
          openButton={openButton}
          input={input}
        />
        <main className={styles.main}>
          {file.error && <FileError s={s} error={file.error} />}
          {file.phase.kind === "loading" && (
            <BusyRing size="small" label={s.loading(file.phase.fileName)} />
          )}
          {!host && file.phase.kind !== "loading" && (
            <FileIntro s={s} dragging={drop.dragging} openButton={openButton} />
          )}
          {file.loaded && (
            <Pane
              key={file.loaded.serial}
              host={file.loaded.host}
              lang={lang}
              {...(currentYear !== undefined ? { currentYear } : {})}
              renderPreview={renderPreview}
              {...(renderPdf ? { renderPdf } : {})}
              // The page header already says "Budgettjek" as the page's heading.
              showTitle={false}
            />
          )}
        </main>
        {drop.dragging && host && <div className={styles.overlay}>{s.dropActive}</div>}
      </div>
    </FluentProvider>
  );
}
