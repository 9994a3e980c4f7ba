// What the pane is doing (one thing at a time), the last success notice and the last error. Every
// user action runs through `run`: busy while it runs, old messages cleared, a failure shown. An
// error only an action meets is shown once its words (words/later.ts) have loaded, never without.
import { useCallback, useState } from "react";
import type { Lang } from "../../core";
import { needsLaterWords, type ErrorWords } from "../errorText";
import { strings } from "../strings";
import { laterWords } from "../words/loadLater";
import { useLatest } from "./useLatest";

export type Busy = "start" | "check" | "write" | "export" | "fix" | undefined;
export type TaskKind = Exclude<Busy, "start" | undefined>;

export interface Tasks {
  busy: TaskKind | undefined;
  /** Kept boxed so a thrown undefined still counts as "an error happened"; with its words. */
  error: { value: unknown; words: ErrorWords } | undefined;
  notice: string | undefined;
  reportError: (e: unknown) => void;
  clearError: () => void;
  setNotice: (text: string | undefined) => void;
  run: (kind: TaskKind, task: () => Promise<void>) => Promise<void>;
}

export function useTasks(lang: Lang): Tasks {
  const [busy, setBusy] = useState<TaskKind>();
  const [error, setError] = useState<Tasks["error"]>();
  const [notice, setNotice] = useState<string>();
  const langRef = useLatest(lang);

  /** Shows the error: at once when the pane's words say it, else once the later words are in. */
  const fail = useCallback(
    (e: unknown): Promise<void> | undefined => {
      const t = strings[langRef.current];
      if (!needsLaterWords(e, t)) {
        setError({ value: e, words: t });
        return undefined;
      }
      // Should the later words not load, the pane's say "unexpected" with the underlying text.
      return laterWords(langRef.current)
        .catch(() => t)
        .then((words) => setError({ value: e, words }));
    },
    [langRef]
  );
  const reportError = useCallback((e: unknown) => void fail(e), [fail]);
  const clearError = useCallback(() => setError(undefined), []);

  const run = useCallback(
    async (kind: TaskKind, task: () => Promise<void>) => {
      setBusy(kind);
      setError(undefined);
      setNotice(undefined);
      try {
        await task();
      } catch (e) {
        await fail(e);
      } finally {
        setBusy(undefined);
      }
    },
    [fail]
  );

  return { busy, error, notice, reportError, clearError, setNotice, run };
}
