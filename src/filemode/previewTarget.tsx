// What the preview says about the cell "Vis" points at, so a narrow screen never shows an empty
// cell alone: the cell and its column's heading, and the activity of its row (Nr. and name), in a
// line above the sheet with "Tilbage til fundet" beside it. Worked out from the check's report:
// the activity on that row, or whose budget lines hold it.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUp16Regular } from "@fluentui/react-icons";
import type { Activity, CellValue, Grid, Report } from "../core";
import { columnLetter } from "../core/sheet";
import type { FileStrings } from "./strings";

export interface PreviewTarget {
  /** B7: the cell as the name box shows it. */
  cell: string;
  /** The heading of the cell's column in its block ("Forankringsplan", "2026"), when there is one. */
  column?: string;
  activity?: Pick<Activity, "nr" | "name">;
  /** The activity's name column, to keep in view beside the cell (0-based sheet column). */
  activityCol?: number;
}

const text = (v: CellValue | undefined): string | undefined =>
  v === null || v === undefined || typeof v === "object"
    ? undefined
    : String(v).trim() || undefined;

/** The activity a row belongs to: on it, or (with budget lines) the one whose lines hold it. */
function activityOf(report: Report, row: number): Activity | undefined {
  const on = report.activities.find((a) => a.row === row);
  if (on) return on;
  const above = report.activities.filter((a) => a.row < row).at(-1);
  if (!above) return undefined;
  const block = report.blocks[above.block];
  const next = report.activities.find((a) => a.row > above.row);
  const inLines =
    block?.columns.budgetLine !== undefined &&
    row <= block.endRow &&
    (next === undefined || row < next.row);
  return inLines ? above : undefined;
}

export function previewTargetOf(
  report: Report | undefined,
  grid: Grid,
  at: { row: number; col: number }
): PreviewTarget {
  const cell = `${columnLetter(at.col)}${at.row + 1}`;
  if (!report || report.sheet !== grid.sheetName) return { cell };
  const block = report.blocks.find((b) => b.headerRow <= at.row && at.row <= b.endRow);
  const header = block ? grid.rows[block.headerRow - grid.originRow] : undefined;
  const column = text(header?.[at.col - grid.originCol]);
  const activity = activityOf(report, at.row);
  const activityCol = activity ? report.blocks[activity.block]?.columns.activity : undefined;
  return {
    cell,
    ...(column ? { column } : {}),
    ...(activity ? { activity: { nr: activity.nr, name: activity.name } } : {}),
    ...(activityCol !== undefined ? { activityCol } : {}),
  };
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  lines: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** The line above the sheet: where "Vis" pointed, whose row it is, and the way back. */
export function PreviewTargetBar(props: {
  s: FileStrings;
  target: PreviewTarget;
  onBack?: () => void;
}) {
  const { s, target, onBack } = props;
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid="preview-target">
      <div className={styles.lines}>
        <span>{s.previewTarget(target.cell, target.column)}</span>
        {target.activity && (
          <span className={styles.name}>
            {s.previewActivity(target.activity.nr, target.activity.name)}
          </span>
        )}
      </div>
      {onBack && (
        <Button size="small" icon={<ArrowUp16Regular />} onClick={onBack}>
          {s.backToFinding}
        </Button>
      )}
    </div>
  );
}
