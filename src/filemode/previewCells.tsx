// The sheet preview's cells and column heads: values as Excel shows them, the marked cell, and
// the pinned activity column (its left edge where the row numbers end, measured once laid out).
import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { columnLetter } from "../core/sheet";
import { NOT_CALCULATED, type CellValue, type Lang } from "../core";
import { fileStrings } from "./strings";
import { usePreviewStyles as useStyles } from "./previewStyles";

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

/** One sheet row: its number (with an arrow when it holds the selected cell), then its cells. */
export function PreviewRow(props: {
  row: CellValue[];
  sheetRow: number;
  cols: number;
  lang: Lang;
  /** The selected cell's column within the window, when this row holds it. */
  selectedCol?: number;
  rowRef?: RefObject<HTMLTableRowElement>;
  cellRef: RefObject<HTMLTableCellElement>;
  pin?: { col: number; left: number };
}) {
  const { row, sheetRow, selectedCol, pin } = props;
  const styles = useStyles();
  const isRow = selectedCol !== undefined;
  return (
    <tr
      ref={props.rowRef}
      className={isRow ? styles.selectedRow : undefined}
      data-row={sheetRow + 1}
      aria-current={isRow ? "true" : undefined}
      tabIndex={isRow ? -1 : undefined}
    >
      <th scope="row" className={mergeClasses(styles.rowHead, isRow && styles.selectedRowHead)}>
        {isRow && (
          <span className={styles.marker} aria-hidden>
            ▶
          </span>
        )}
        {sheetRow + 1}
      </th>
      {Array.from({ length: props.cols }, (_, c) => (
        <PreviewCell
          key={c}
          v={row[c] ?? null}
          lang={props.lang}
          selected={selectedCol === c}
          cellRef={props.cellRef}
          pin={c === pin?.col ? { left: pin.left, inRow: isRow } : undefined}
        />
      ))}
    </tr>
  );
}

function PreviewCell(props: {
  v: CellValue;
  lang: Lang;
  selected: boolean;
  cellRef: RefObject<HTMLTableCellElement>;
  /** Pinned beside the sheet's row numbers (the activity's name column). */
  pin?: { left: number; inRow: boolean };
}) {
  const { v, selected, pin } = props;
  const styles = useStyles();
  const text = previewCellText(v, props.lang);
  const empty = selected && text === "";
  return (
    <td
      ref={selected ? props.cellRef : undefined}
      className={mergeClasses(
        styles.cell,
        typeof v === "number" && styles.number,
        v !== null && typeof v === "object" && styles.error,
        pin && styles.pinned,
        pin?.inRow && styles.pinnedSelected,
        selected && styles.selectedCell,
        empty && styles.empty
      )}
      style={pin ? { left: pin.left } : undefined}
      data-selected={selected ? "true" : undefined}
      data-pinned={pin ? "true" : undefined}
      tabIndex={selected ? -1 : undefined}
      title={typeof v === "string" && v.length > 30 ? v : undefined}
    >
      {empty ? fileStrings[props.lang].previewEmpty : text}
    </td>
  );
}

/** The shown column (index within the window) to pin: the activity's, left of the selected cell. */
export function pinnedColumn(
  activityCol: number | undefined,
  originCol: number,
  cols: number,
  targetCol: number | undefined
): number | undefined {
  if (activityCol === undefined || targetCol === undefined || targetCol <= activityCol) {
    return undefined;
  }
  const c = activityCol - originCol;
  return c >= 0 && c < cols ? c : undefined;
}

/** The row numbers' width, where a pinned column must start (measured once laid out). */
export function useRowHeadWidth(active: boolean) {
  const ref = useRef<HTMLTableCellElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (active) setWidth(ref.current?.offsetWidth ?? 0);
  }, [active]);
  return { ref, width };
}

export function PreviewHead(props: {
  cols: number;
  originCol: number;
  rowHeader: string;
  pinned?: number;
  pinLeft: number;
  cornerRef: RefObject<HTMLTableCellElement>;
}) {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <th ref={props.cornerRef} scope="col" className={mergeClasses(styles.head, styles.corner)}>
          <span className={styles.srOnly}>{props.rowHeader}</span>
        </th>
        {Array.from({ length: props.cols }, (_, c) => (
          <th
            key={c}
            scope="col"
            className={mergeClasses(styles.head, c === props.pinned && styles.pinnedHead)}
            style={c === props.pinned ? { left: props.pinLeft } : undefined}
          >
            {columnLetter(props.originCol + c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
