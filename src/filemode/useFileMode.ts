// File mode's state: the page's language and theme, the workbook file opened (a bad file keeps
// the one already open), and dragging a file onto the page.
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../core";
import { themeFor } from "../taskpane/theme";
import type { FileHost, FileHostDeps } from "./fileHost";
import { MAX_FILE_BYTES, openWorkbookFile, type FileOpenError } from "./openFile";
import { fileStrings } from "./strings";

export type Loaded = { host: FileHost; serial: number };

export type Phase =
  | { kind: "idle" }
  | { kind: "loading"; fileName: string; previous?: Loaded }
  | ({ kind: "ready" } & Loaded);

/** Language and theme, kept on the page around the provider too (no white edges in dark mode). */
export function usePagePrefs(
  initialLang: Lang,
  initialDark: boolean,
  onPrefsChange: ((lang: Lang, dark: boolean) => void) | undefined
) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [dark, setDark] = useState(initialDark);
  const s = fileStrings[lang];
  const theme = themeFor(dark);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.appName;
    document.body.style.backgroundColor = theme.colorNeutralBackground2;
    document.body.style.margin = "0";
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [lang, dark, theme, s.appName]);

  const chooseLang = (next: Lang) => {
    setLang(next);
    onPrefsChange?.(next, dark);
  };
  const chooseDark = (next: boolean) => {
    setDark(next);
    onPrefsChange?.(lang, next);
  };
  return { lang, dark, theme, s, chooseLang, chooseDark };
}

/** The workbook file: open one, and what is open (also while another one loads). */
export function useWorkbookFile(deps: FileHostDeps | undefined, currentYear: number | undefined) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<FileOpenError | undefined>();
  const serial = useRef(0);

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

  // While another file loads, the open one stays on screen.
  const loaded: Loaded | undefined =
    phase.kind === "ready" ? phase : phase.kind === "loading" ? phase.previous : undefined;
  return { phase, error, openFile, loaded };
}

/** A file dragged onto the page opens like a picked one. */
export function useFileDrop(openFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
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
    if (file) openFile(file);
  };
  return {
    dragging,
    handlers: { onDragOver, onDragEnter: onDragOver, onDragLeave, onDrop },
  };
}
