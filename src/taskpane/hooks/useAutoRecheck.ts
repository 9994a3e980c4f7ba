// Re-checks when the checked sheet changes: Excel fires onChanged per edit, so a burst of edits
// (a paste, a fill) is debounced into one re-check. Unsubscribes on sheet change and unmount.
import { useEffect } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { useLatest } from "./useLatest";

export const RECHECK_DELAY_MS = 800;

export function useAutoRecheck(
  host: WorkbookHost,
  sheet: string | undefined,
  enabled: boolean,
  recheck: () => void,
  onError: (error: unknown) => void
): void {
  // Latest callbacks without re-subscribing on every render.
  const recheckRef = useLatest(recheck);
  const errorRef = useLatest(onError);

  useEffect(() => {
    if (!sheet || !enabled) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    const release = (off: () => Promise<void>) => off().catch((e: unknown) => errorRef.current(e));

    host
      .onSheetChanged(sheet, () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          if (!cancelled) recheckRef.current();
        }, RECHECK_DELAY_MS);
      })
      .then(
        (off) => {
          // The effect may have been cleaned up while subscribing: drop the handler at once.
          if (cancelled) void release(off);
          else unsubscribe = off;
        },
        (e: unknown) => errorRef.current(e)
      );

    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) void release(unsubscribe);
    };
  }, [host, sheet, enabled, recheckRef, errorRef]);
}
