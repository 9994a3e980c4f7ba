// The sheet preview's look: one style table for the table, its pinned column and the marked cell.
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

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

/** The pinned activity column's widest (the sheet scrolls the cell clear of it). */
export const PINNED_MAX_WIDTH = "9em";

export const usePreviewStyles = makeStyles({
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
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-3px",
    fontWeight: tokens.fontWeightSemibold,
  },
  empty: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  marker: { marginRight: "2px" },
  // The activity's name column, kept beside the cell while the sheet scrolls sideways.
  pinned: {
    position: "sticky",
    // Narrow enough to leave the cell room on a 360 px screen; the line above gives the full name.
    maxWidth: PINNED_MAX_WIDTH,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `2px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  pinnedSelected: { backgroundColor: tokens.colorBrandBackground2 },
  pinnedHead: { zIndex: 3 },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});
