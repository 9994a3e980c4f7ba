// One-click mends, decided here so every shell writes the same thing: a fix is one cell and what
// to write in it (a number with the kroner format, or a SUM formula), computed from a finding.
// Shells only apply it, and only when the user clicks.
import { columnLetter } from "../sheet/address";
import { oreToKr } from "../money";
import { KRONER_FORMAT } from "../overview/overviewNames";
import type { Activity, CellPos, Finding, FindingOf, Ore, Report } from "../types";

export type FixWrite =
  | {
      kind: "number";
      value: number;
      /** The format when none of `formatFrom` has a number format of its own. */
      numberFormat: string;
      /**
       * The amount cells nearest above and below in the same column (nearest first): the shell
       * gives the fixed cell the first one's number format that is a number format (not General
       * or text), so it looks like its neighbours.
       */
      formatFrom: CellPos[];
    }
  /** `value`: the total the core computed, what the formula gives (for hosts that cannot calculate). */
  | { kind: "formula"; formula: string; value: number };

/** What the button says: the pane words it (e.g. "Ret til tal", "Læs som 250 kr."). */
export type FixLabel =
  | { kind: "toNumber"; amount: Ore }
  | { kind: "readAs"; amount: Ore }
  | { kind: "sum"; formula: string };

export interface CellFix {
  code: Finding["code"];
  at: CellPos;
  write: FixWrite;
  label: FixLabel;
}

/** Each report's activity rows, unique and sorted: worked out once, not once per fix. */
const ACTIVITY_ROWS = new WeakMap<Report, number[]>();

function activityRows(report: Report): number[] {
  let rows = ACTIVITY_ROWS.get(report);
  if (!rows) {
    rows = [...new Set(report.activities.map((a) => a.row))].sort((a, b) => a - b);
    ACTIVITY_ROWS.set(report, rows);
  }
  return rows;
}

/** The first index in sorted `rows` whose row is at least `row`. */
function firstAtLeast(rows: number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The four activity rows nearest the cell (never its own), same column, nearest first, the upper
 * one first at equal distance. A walk outwards from the cell's place in the sorted rows, so a
 * group of a thousand fixes ("Ret alle") costs a thousand short walks, not a thousand sorts.
 */
function neighbours(at: CellPos, report: Report): CellPos[] {
  const rows = activityRows(report);
  let up = firstAtLeast(rows, at.row) - 1;
  let down = firstAtLeast(rows, at.row + 1);
  const out: CellPos[] = [];
  while (out.length < 4 && (up >= 0 || down < rows.length)) {
    const above = up >= 0 ? at.row - rows[up] : Infinity;
    const below = down < rows.length ? rows[down] - at.row : Infinity;
    const row = above <= below ? rows[up--] : rows[down++];
    out.push({ sheet: at.sheet, row, col: at.col });
  }
  return out;
}

const number = (
  at: CellPos,
  code: Finding["code"],
  ore: Ore,
  label: FixLabel,
  report: Report
): CellFix => ({
  code,
  at,
  write: {
    kind: "number",
    value: oreToKr(ore),
    numberFormat: KRONER_FORMAT,
    formatFrom: neighbours(at, report),
  },
  label,
});

/** The fixes the user may choose between for one finding (none for most codes). */
export function fixesFor(f: Finding, report: Report): CellFix[] {
  switch (f.code) {
    case "TEXT_AMOUNT":
      return [number(f.at, f.code, f.amount, { kind: "toNumber", amount: f.amount }, report)];
    case "AMBIGUOUS_NUMBER": {
      const readings = f.other === undefined ? [f.used] : [f.used, f.other];
      return readings.map((ore) =>
        number(f.at, f.code, ore, { kind: "readAs", amount: ore }, report)
      );
    }
    case "TOTAL_MISMATCH": {
      const rows = sumRows(f, report);
      if (!rows) return [];
      const col = columnLetter(f.at.col);
      const formula = `=SUM(${col}${rows.first + 1}:${col}${rows.last + 1})`;
      return [
        {
          code: f.code,
          at: f.at,
          write: { kind: "formula", formula, value: oreToKr(f.computed) },
          label: { kind: "sum", formula },
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * The rows a total should sum (0-based, inclusive): an activity's "I alt" line sums its budget
 * lines above it; a block total sums the block's activity rows above it, and only where the
 * block has no budget lines (their "I alt" lines would be counted twice) and those rows add up
 * to what the engine computed (so the formula gives the figure the finding names).
 */
function sumRows(
  f: FindingOf<"TOTAL_MISMATCH">,
  report: Report
): { first: number; last: number } | undefined {
  const row = f.at.row;
  // A long list holds every year (and activity) in one column: no range sums one year's rows.
  if (report.blocks.some((b) => b.list)) return undefined;
  if (f.activityId !== undefined) {
    const a = report.activities[f.activityId];
    return a && a.row < row ? { first: a.row, last: row - 1 } : undefined;
  }
  const bi = report.blocks.findIndex((b) => b.headerRow < row && row <= b.endRow);
  const block = report.blocks[bi];
  if (!block || block.columns.budgetLine !== undefined) return undefined;
  const yi = report.years.findIndex((y) => y.year === f.year);
  const above = report.activities.filter((a: Activity) => a.block === bi && a.row < row);
  if (above.length === 0 || yi < 0) return undefined;
  const sum = above.reduce((s, a) => s + (a.amounts[yi] ?? 0), 0);
  if (sum !== f.computed) return undefined;
  return { first: above[0].row, last: row - 1 };
}
