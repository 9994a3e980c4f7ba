// The pane outside Excel: open a workbook file (picker or drag-and-drop), then run the same App on it.
import { useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Pane } from "../taskpane/Pane";
import type { Grid, Lang } from "../core/types";
import {
  MAX_FILE_BYTES,
  loadXlsx,
  openWorkbookFile,
  type FileHost,
  type FileHostDeps,
  type FileOpenError,
} from "./fileHost";
import { SheetPreview } from "./SheetPreview";
import { fileStrings } from "./strings";

const XLSX_ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    position: "relative",
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0 },
  fileName: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  prefs: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  langField: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  main: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  intro: {
    maxWidth: "40em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
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
  privacy: { color: tokens.colorNeutralForeground3 },
});

export interface FileModeAppProps {
  initialLang: Lang;
  initialDark: boolean;
  /** Injected downloads/storage (tests); the browser's otherwise. */
  deps?: FileHostDeps;
  currentYear?: number;
  /** Told when the user switches language or theme (startFileMode keeps the URL in step). */
  onPrefsChange?: (lang: Lang, dark: boolean) => void;
}

type Loaded = { host: FileHost; serial: number };

type Phase =
  | { kind: "idle" }
  | { kind: "loading"; fileName: string; previous?: Loaded }
  | ({ kind: "ready" } & Loaded);

export function FileModeApp({
  initialLang,
  initialDark,
  deps,
  currentYear,
  onPrefsChange,
}: FileModeAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [dark, setDark] = useState(initialDark);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<FileOpenError | undefined>();
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const serial = useRef(0);
  const styles = useStyles();
  const s = fileStrings[lang];
  const theme = dark ? webDarkTheme : webLightTheme;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.title;
    // The page around the provider follows the theme too (no white edges in dark mode).
    document.body.style.backgroundColor = theme.colorNeutralBackground2;
    document.body.style.margin = "0";
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [lang, dark, theme, s.title]);

  const chooseLang = (next: Lang) => {
    setLang(next);
    onPrefsChange?.(next, dark);
  };
  const chooseDark = (next: boolean) => {
    setDark(next);
    onPrefsChange?.(lang, next);
  };

  useEffect(() => {
    // Fetch the .xlsx code (ExcelJS, our own asset) while the user looks for the file. A failure
    // here is not reported: opening loads it again and says so if it still fails.
    const id = window.setTimeout(() => loadXlsx().catch(() => undefined), 1500);
    return () => window.clearTimeout(id);
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      const previous: Loaded | undefined =
        phase.kind === "ready" ? { host: phase.host, serial: phase.serial } : undefined;
      setError(undefined);
      if (file.size > MAX_FILE_BYTES) {
        setError({ code: "TOO_LARGE", fileName: file.name });
        return;
      }
      setPhase({ kind: "loading", fileName: file.name, previous });
      const result = await openWorkbookFile(file.name, await file.arrayBuffer(), {
        ...deps,
        ...(currentYear !== undefined ? { currentYear } : {}),
      });
      if (result.ok) {
        serial.current += 1;
        setPhase({ kind: "ready", host: result.host, serial: serial.current });
      } else {
        setError(result.error);
        // A bad file leaves the workbook that was open (if any) in place and usable.
        setPhase(previous ? { kind: "ready", ...previous } : { kind: "idle" });
      }
    },
    [phase, deps, currentYear]
  );

  const onInputChange = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void openFile(file);
    // Let the same file be picked again (after fixing it in Excel, say).
    if (inputRef.current) inputRef.current.value = "";
  };

  const onDragOver = (e: DragEvent) => {
    if (!Array.from(e.dataTransfer.types).includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    // Leaving for a child element is not leaving the page.
    if (e.relatedTarget && e.currentTarget.contains(e.relatedTarget as Node)) return;
    setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) void openFile(file);
  };

  const renderPreview = useCallback(
    (grid: Grid, selectedCell: string | undefined): ReactNode => (
      <SheetPreview grid={grid} selectedCell={selectedCell} lang={lang} />
    ),
    [lang]
  );

  // While another file loads, the open one stays on screen.
  const loaded: Loaded | undefined =
    phase.kind === "ready" ? phase : phase.kind === "loading" ? phase.previous : undefined;
  const host = loaded?.host;
  const openButton = (
    <Button appearance={host ? "secondary" : "primary"} onClick={() => inputRef.current?.click()}>
      {host ? s.openAnother : s.openButton}
    </Button>
  );

  return (
    <FluentProvider theme={theme}>
      <div
        className={styles.root}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        data-testid="filemode-root"
      >
        <header className={styles.bar}>
          <div className={styles.brand}>
            <Text as="h1" weight="semibold" size={500} style={{ margin: 0 }}>
              {s.title}
            </Text>
            {host && (
              <Text className={styles.fileName} size={200} data-testid="open-file-name">
                {s.opened(host.fileName)}
              </Text>
            )}
          </div>
          <div className={styles.prefs}>
            <div className={styles.langField}>
              <label htmlFor="filemode-lang">{s.languageLabel}</label>
              <Select
                id="filemode-lang"
                value={lang}
                onChange={(_, d) => chooseLang(d.value === "en" ? "en" : "da")}
              >
                <option value="da">Dansk</option>
                <option value="en">English</option>
              </Select>
            </div>
            <Switch checked={dark} onChange={(_, d) => chooseDark(d.checked)} label={s.darkLabel} />
            {host && openButton}
          </div>
          <input
            ref={inputRef}
            type="file"
            accept={XLSX_ACCEPT}
            className={styles.hiddenInput}
            aria-label={s.openButton}
            data-testid="file-input"
            onChange={(e) => onInputChange(e.currentTarget.files)}
          />
        </header>
        <main className={styles.main}>
          {error && (
            <MessageBar intent="error" role="alert" data-testid="file-error">
              <MessageBarBody>
                <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
                {s.errors[error.code](error.fileName)}
                {error.detail && (
                  <div>
                    {s.details}: {error.detail}
                  </div>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {phase.kind === "loading" && (
            <Spinner size="small" label={s.loading(phase.fileName)} labelPosition="after" />
          )}
          {!host && phase.kind !== "loading" && (
            <section className={styles.intro} aria-labelledby="filemode-intro">
              <Text id="filemode-intro" as="p" size={400}>
                {s.outsideExcel}
              </Text>
              <div className={mergeClasses(styles.drop, dragging && styles.dropActive)}>
                {openButton}
                <Text>{dragging ? s.dropActive : s.dropHint}</Text>
              </div>
              <Text className={styles.privacy} size={200}>
                {s.privacy}
              </Text>
            </section>
          )}
          {loaded && (
            <Pane
              key={loaded.serial}
              host={loaded.host}
              lang={lang}
              {...(currentYear !== undefined ? { currentYear } : {})}
              renderPreview={renderPreview}
            />
          )}
        </main>
        {dragging && host && <div className={styles.overlay}>{s.dropActive}</div>}
      </div>
    </FluentProvider>
  );
}
