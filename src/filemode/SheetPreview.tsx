// A read-only view of the checked sheet, so "Vis" has somewhere to point in file mode.
import { useEffect, useId, useMemo, useRef, type RefObject } from "react";
import { makeStyles, mergeClasses, tokens, type GriffelStyle } from "@fluentui/react-components";
import { columnLetter, parseAddress } from "../core/sheet";
import { NOT_CALCULATED, type CellValue, type Grid, type Lang } from "../core";
import { fileStrings } from "./strings";

/** Rows rendered at once: enough for any budget sheet, few enough to keep the DOM light. */
export const PREVIEW_MAX_ROWS = 400;
const PREVIEW_MAX_COLS = 40;

/** Column letters and row numbers: one look for both, pinned while the sheet scrolls. */
const headerCell: GriffelStyle = {
  position: "sticky",
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground2,
  fontWeight: tokens.fontWeightRegular,
  padding: `2px ${tokens.spacingHorizontalS}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
};

const useStyles = makeStyles({
  wrap: {
    maxHeight: "60vh",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  head: { ...headerCell, top: 0, zIndex: 2, textAlign: "center" },
  rowHead: { ...headerCell, left: 0, zIndex: 1, textAlign: "end" },
  corner: { left: 0, zIndex: 3 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  cell: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    maxWidth: "18em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  selectedRow: { backgroundColor: tokens.colorBrandBackground2 },
  selectedRowHead: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  selectedCell: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

const daNumber = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** What a cell shows: numbers in the page's language, errors as Excel writes them. */
export function previewCellText(v: CellValue, lang: Lang): string {
  if (v === null || v === undefined) return "";
  // Year headers (2026) read as years, not as "2.026": the grid carries no number formats.
  if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) return String(v);
  if (typeof v === "number") return (lang === "da" ? daNumber : enNumber).format(v);
  if (typeof v === "boolean") return fileStrings[lang].bool(v);
  // A formula saved without its result shows as a formula whose value is unknown.
  if (typeof v === "object") return v.error === NOT_CALCULATED ? "=?" : v.error;
  return v;
}

export interface SheetPreviewProps {
  grid: Grid;
  /** Sheet-qualified address ('Tryghedsplan 2026'!B7) to scroll to and highlight. */
  selectedCell?: string;
  lang: Lang;
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

export function SheetPreview({ grid, selectedCell, lang }: SheetPreviewProps) {
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

  useEffect(() => {
    // jsdom has no layout, hence no scrollIntoView; browsers all do.
    // The cell when it is in the window of columns shown, else its row.
    const el = selectedCellRef.current ?? selectedRef.current;
    el?.scrollIntoView?.({ block: "center", inline: "nearest" });
    // Keyboard focus follows "Vis", so a keyboard or screen-reader user lands on the cell.
    el?.focus({ preventScroll: true });
  }, [target?.row, target?.col, grid]);

  const colIndexes = Array.from({ length: cols }, (_, i) => i);
  return (
    <section aria-labelledby={titleId}>
      {/* Outside the scrolling box, so it stays in view when the sheet scrolls sideways. */}
      <h2 id={titleId} className={styles.caption}>
        {s.previewCaption(grid.sheetName)}
      </h2>
      <div
        className={styles.wrap}
        tabIndex={0}
        role="region"
        aria-label={s.previewScrollLabel(grid.sheetName)}
        data-testid="sheet-preview"
      >
        <table className={styles.table} aria-labelledby={titleId}>
          <PreviewHead cols={cols} originCol={grid.originCol} rowHeader={s.rowHeader} />
          <tbody>
            {grid.rows.slice(start, end).map((row, i) => {
              const sheetRow = grid.originRow + start + i;
              const isRow = target?.row === sheetRow;
              return (
                <tr
                  key={sheetRow}
                  ref={isRow ? selectedRef : undefined}
                  className={isRow ? styles.selectedRow : undefined}
                  data-row={sheetRow + 1}
                  aria-current={isRow ? "true" : undefined}
                  tabIndex={isRow ? -1 : undefined}
                >
                  <th
                    scope="row"
                    className={mergeClasses(styles.rowHead, isRow && styles.selectedRowHead)}
                  >
                    {sheetRow + 1}
                  </th>
                  {colIndexes.map((c) => (
                    <PreviewCell
                      key={c}
                      v={row[c] ?? null}
                      lang={lang}
                      selected={isRow && target?.col === grid.originCol + c}
                      cellRef={selectedCellRef}
                    />
                  ))}
                </tr>
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

function PreviewCell(props: {
  v: CellValue;
  lang: Lang;
  selected: boolean;
  cellRef: RefObject<HTMLTableCellElement>;
}) {
  const { v, selected } = props;
  const styles = useStyles();
  return (
    <td
      ref={selected ? props.cellRef : undefined}
      className={mergeClasses(
        styles.cell,
        typeof v === "number" && styles.number,
        v !== null && typeof v === "object" && styles.error,
        selected && styles.selectedCell
      )}
      data-selected={selected ? "true" : undefined}
      tabIndex={selected ? -1 : undefined}
      title={typeof v === "string" && v.length > 30 ? v : undefined}
    >
      {previewCellText(v, props.lang)}
    </td>
  );
}

function PreviewHead(props: { cols: number; originCol: number; rowHeader: string }) {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <th scope="col" className={mergeClasses(styles.head, styles.corner)}>
          <span className={styles.srOnly}>{props.rowHeader}</span>
        </th>
        {Array.from({ length: props.cols }, (_, c) => (
          <th key={c} scope="col" className={styles.head}>
            {columnLetter(props.originCol + c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
