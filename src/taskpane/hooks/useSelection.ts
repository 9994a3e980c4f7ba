// The cell "Vis" selected, and the way back: in Excel the host selects the cell; in file mode the
// preview scrolls to it, and "Tilbage til fundet" returns focus to the "Vis" that was clicked.
import { useCallback, useRef, useState } from "react";
import type { Grid } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";

interface Origin {
  cell: string;
  from?: HTMLElement;
}

export function useSelection(
  host: WorkbookHost,
  grid: Grid | undefined,
  onError: (e: unknown) => void
) {
  // A selection belongs to the grid it was made on: a re-read clears it.
  const [selection, setSelection] = useState<{ cell: string; grid: Grid | undefined }>();
  const origin = useRef<Origin>();
  // One function for the pane's life, so the file-mode preview (memo) is not redrawn for it.
  const backToFinding = useCallback(() => backTo(origin.current), []);
  return {
    selectedCell: selection?.grid === grid ? selection?.cell : undefined,
    show: (cell: string, from?: HTMLElement) => {
      origin.current = { cell, from };
      setSelection({ cell, grid });
      host.selectCell(cell).catch(onError);
    },
    backToFinding,
  };
}

/**
 * Focus and scroll back to the "Vis" that was clicked; if a re-check replaced it, to the "Vis" of
 * the same cell.
 */
function backTo(origin: Origin | undefined): void {
  if (!origin) return;
  const target =
    origin.from?.isConnected === true
      ? origin.from
      : document.querySelector<HTMLElement>(`[data-show-cell="${CSS.escape(origin.cell)}"]`);
  target?.scrollIntoView?.({ block: "center" });
  target?.focus();
}
