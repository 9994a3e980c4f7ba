// What the pane is doing (one thing at a time), the last success notice and the last error. Every
// user action runs through `run`: busy while it runs, old messages cleared, a failure shown.
import { useCallback, useState } from "react";

export type Busy = "start" | "check" | "write" | "export" | "fix" | undefined;
export type TaskKind = Exclude<Busy, "start" | undefined>;

export interface Tasks {
  busy: TaskKind | undefined;
  /** Kept boxed so a thrown undefined still counts as "an error happened". */
  error: { value: unknown } | undefined;
  notice: string | undefined;
  reportError: (e: unknown) => void;
  clearError: () => void;
  setNotice: (text: string | undefined) => void;
  run: (kind: TaskKind, task: () => Promise<void>) => Promise<void>;
}

export function useTasks(): Tasks {
  const [busy, setBusy] = useState<TaskKind>();
  const [error, setError] = useState<{ value: unknown }>();
  const [notice, setNotice] = useState<string>();
  const reportError = useCallback((e: unknown) => setError({ value: e }), []);
  const clearError = useCallback(() => setError(undefined), []);

  const run = useCallback(async (kind: TaskKind, task: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    setNotice(undefined);
    try {
      await task();
    } catch (e) {
      setError({ value: e });
    } finally {
      setBusy(undefined);
    }
  }, []);

  return { busy, error, notice, reportError, clearError, setNotice, run };
}
