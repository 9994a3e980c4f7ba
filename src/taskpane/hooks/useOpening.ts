// The workbook as the pane opens it: host.open() once, in one go (one round trip in Excel). The
// settings and the workbook session both start from this one value.
import { useEffect, useState } from "react";
import type { WorkbookHost, WorkbookOpening } from "../../host/WorkbookHost";
import { useLatest } from "./useLatest";

export interface OpeningState {
  /** What the opening read; undefined until it is in, or when it failed (the error is reported). */
  opening: WorkbookOpening | undefined;
  /** True once the opening has answered, either way. */
  done: boolean;
}

export function useOpening(host: WorkbookHost, onError: (e: unknown) => void): OpeningState {
  const [state, setState] = useState<OpeningState>({ opening: undefined, done: false });
  const errorRef = useLatest(onError);

  useEffect(() => {
    let cancelled = false;
    host.open().then(
      (opening) => {
        if (!cancelled) setState({ opening, done: true });
      },
      (e: unknown) => {
        if (cancelled) return;
        errorRef.current(e);
        setState({ opening: undefined, done: true });
      }
    );
    return () => {
      cancelled = true;
    };
  }, [host, errorRef]);

  return state;
}
