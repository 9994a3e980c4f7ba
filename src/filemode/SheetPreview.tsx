// A read-only view of the checked sheet, so "Vis" has somewhere to point in file mode. The cell
// pointed at is marked by more than colour (an outline, an arrow by its row number, «(tom)» when
// empty); a line above the sheet names it, its column and its row's activity, and offers the way
// back to the finding; the activity's name column stays pinned beside the cell while the sheet
// scrolls sideways, so a narrow screen shows whose row it is.
import { memo, useEffect, useId, useMemo, useRef } from "react";
import { parseAddress } from "../core/sheet";
import type { Grid, Lang, Report } from "../core";
import { fileStrings } from "./strings";
import { PreviewTargetBar, previewTargetOf } from "./previewTarget";
import { PINNED_MAX_WIDTH, usePreviewStyles as useStyles } from "./previewStyles";
import { PreviewHead, PreviewRow, pinnedColumn, useRowHeadWidth } from "./previewCells";

export { previewCellText } from "./previewCells";

/** Rows rendered at once: enough for any budget sheet, few enough to keep the DOM light. */
export const PREVIEW_MAX_ROWS = 400;
const PREVIEW_MAX_COLS = 40;

export interface SheetPreviewProps {
  grid: Grid;
  /** Sheet-qualified address ('Tryghedsplan 2026'!B7) to scroll to and highlight. */
  selectedCell?: string;
  lang: Lang;
  /** The check's report, to name the selected cell's column and activity. */
  report?: Report;
  /** "Tilbage til fundet": back to the "Vis" that pointed here. */
  onBack?: () => void;
}

/** Rows and columns shown: a window of rows that always holds the selected row, so "Vis" works
 *  on long sheets too. */
function previewWindow(grid: Grid, targetRow: number | undefined) {
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const cols = Math.min(width, PREVIEW_MAX_COLS);
  const total = grid.rows.length;
  let start = 0;
  if (targetRow !== undefined && total > PREVIEW_MAX_ROWS) {
    const r = targetRow - grid.originRow;
    start = Math.max(0, Math.min(total - PREVIEW_MAX_ROWS, r - Math.floor(PREVIEW_MAX_ROWS / 2)));
  }
  return { width, cols, total, start, end: Math.min(total, start + PREVIEW_MAX_ROWS) };
}

/**
 * Up to 400 × 40 cells: drawn again only when its sheet, selected cell, language, report or way back
 * change, not on every render of the pane beside it (busy, notices, settings typed).
 */
export const SheetPreview = memo(SheetPreviewTable);

function SheetPreviewTable({ grid, selectedCell, lang, report, onBack }: SheetPreviewProps) {
  const s = fileStrings[lang];
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableRowElement>(null);
  const selectedCellRef = useRef<HTMLTableCellElement>(null);
  const titleId = useId();

  const target = useMemo(() => {
    const a = selectedCell ? parseAddress(selectedCell) : undefined;
    if (!a || (a.sheet !== undefined && a.sheet !== grid.sheetName)) return undefined;
    return { row: a.row, col: a.col };
  }, [selectedCell, grid.sheetName]);

  const { width, cols, total, start, end } = previewWindow(grid, target?.row);
  const info = target && previewTargetOf(report, grid, target);
  const pinned = pinnedColumn(info?.activityCol, grid.originCol, cols, target?.col);
  const pinLeft = useRowHeadWidth(pinned !== undefined);

  useEffect(() => {
    // jsdom has no layout, hence no scrollIntoView; browsers all do.
    // The cell when it is in the window of columns shown, else its row.
    const el = selectedCellRef.current ?? selectedRef.current;
    // Beside a pinned column the cell starts right after it (scroll padding), however wide it is.
    el?.scrollIntoView?.({ block: "center", inline: pinned === undefined ? "nearest" : "start" });
    // Keyboard focus follows "Vis", so a keyboard or screen-reader user lands on the cell.
    el?.focus({ preventScroll: true });
    // Again once the pinned column's place is measured (its scroll padding depends on it).
  }, [target?.row, target?.col, grid, pinLeft.width, pinned]);

  return (
    <section aria-labelledby={titleId}>
      {/* Outside the scrolling box, so it stays in view when the sheet scrolls sideways. */}
      <h2 id={titleId} className={styles.caption}>
        {s.previewCaption(grid.sheetName)}
      </h2>
      {info && <PreviewTargetBar s={s} target={info} onBack={onBack} />}
      <div
        className={styles.wrap}
        tabIndex={0}
        role="region"
        aria-label={s.previewScrollLabel(grid.sheetName)}
        data-testid="sheet-preview"
        style={scrollPadding(pinned, pinLeft.width)}
      >
        <table className={styles.table} aria-labelledby={titleId}>
          <PreviewHead
            cols={cols}
            originCol={grid.originCol}
            rowHeader={s.rowHeader}
            pinned={pinned}
            pinLeft={pinLeft.width}
            cornerRef={pinLeft.ref}
          />
          <tbody>
            {grid.rows.slice(start, end).map((row, i) => {
              const sheetRow = grid.originRow + start + i;
              const isRow = target?.row === sheetRow;
              return (
                <PreviewRow
                  key={sheetRow}
                  row={row}
                  sheetRow={sheetRow}
                  cols={cols}
                  lang={lang}
                  selectedCol={isRow ? target.col - grid.originCol : undefined}
                  rowRef={isRow ? selectedRef : undefined}
                  cellRef={selectedCellRef}
                  pin={pinned === undefined ? undefined : { col: pinned, left: pinLeft.width }}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {(end - start < total || cols < width) && (
        <p className={styles.note}>{s.previewTruncated(end - start, total, cols, width)}</p>
      )}
    </section>
  );
}

/** Scrolling to the cell leaves it clear of the pinned row numbers and activity column. */
function scrollPadding(pinned: number | undefined, left: number) {
  return pinned === undefined
    ? undefined
    : { scrollPaddingLeft: `calc(${left}px + ${PINNED_MAX_WIDTH} + 1em)` };
}
