// Reads the detected blocks row by row into activities, their amount cells and the sheet's totals.
import { addressMaker, cellAddress } from "./address";
import { anchoringStatus, isFixedGrantText } from "./anchoring";
import { detectBlocks } from "./detect";
import type { AmountCell, Model, StatedTotal } from "./model";
import { parseAmount, type ParsedAmount } from "./parseAmount";
import { splitPartners } from "./partners";
import { resolvePlanYear } from "./planYear";
import {
  cellLabel,
  cellText,
  fold,
  isFrameFolded,
  isLeftoverFolded,
  isTotalFolded,
  mayBeMarker,
  isTotalLabel,
} from "./text";
import type { Activity, Block, CellValue, ColumnRole, Grid, Ore, Settings } from "./types";

const LABEL_MAX = 40;
const COL_KEY = 20000; // > Excel's 16,384 columns

/** What an amount cell holds, as far as the sums care. */
const BLANK = 0;
const AMOUNT = 1;
const OTHER = 2;

/** An amount cell as read in the current row. */
interface ReadCell {
  year: number;
  col: number;
  /** Index of the year in the sheet's years (`Model.years`), where the activity's amounts keep it. */
  yearIndex: number;
  raw: CellValue;
  kind: typeof BLANK | typeof AMOUNT | typeof OTHER;
  /** øre, when kind is AMOUNT. */
  ore: number;
  /** The parse, except for plain number cells (most cells): those need none unless reported. */
  p: ParsedAmount | undefined;
}

interface MergedCell {
  value: CellValue;
  /** Below the merge's first row: the row continues the one above. */
  continuation: boolean;
}

/** Cells inside merges (not their top-left), for the label columns only: stays linear in rows. */
function mergeLookup(grid: Grid, cols: Set<number>): Map<number, MergedCell> {
  const out = new Map<number, MergedCell>();
  const lastRow = grid.originRow + grid.rows.length - 1;
  for (const m of grid.merges ?? []) {
    const top = Math.max(m.top, grid.originRow);
    const bottom = Math.min(m.bottom, lastRow);
    const value = grid.rows[m.top - grid.originRow]?.[m.left - grid.originCol] ?? null;
    for (const c of cols) {
      if (c < m.left || c > m.right) continue;
      for (let r = top; r <= bottom; r++) {
        if (r === m.top && c === m.left) continue;
        out.set(r * COL_KEY + c, { value, continuation: r > m.top });
      }
    }
  }
  return out;
}

/** "Aktiviteter under indsatsområde 1 – økonomisk ramme" → "Indsatsområde 1". */
export function areaFromTitle(text: string): string {
  const m = /(indsats|fokus)omr(?:å|aa)de\s*(\d+)/i.exec(text);
  if (m) return `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}område ${m[2]}`;
  return text;
}

function namesArea(text: string): boolean {
  return /(indsats|fokus)omr(?:å|aa)de|focus area/i.test(text);
}

/** Only whitespace; a printable first character answers without trimming. */
function isBlankText(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return v.trim() === "";
}

function rawText(v: CellValue): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function buildModel(grid: Grid, settings: Settings): Model | undefined {
  const blocks = detectBlocks(grid, settings);
  if (blocks.length === 0) return undefined;
  const sheet = grid.sheetName;
  const addr = addressMaker(sheet);

  const labelCols = new Set<number>();
  for (const b of blocks) {
    for (const role of ["activity", "area", "nr", "budgetLine"] as ColumnRole[]) {
      const c = b.columns[role];
      if (c !== undefined) labelCols.add(c);
    }
  }
  const merged = mergeLookup(grid, labelCols);
  const hasMerges = merged.size > 0;
  const originCol = grid.originCol;
  /** Set by labelAt: the label came from a merge and the row continues the one above. */
  let labelContinues = false;
  const labelAt = (row: number, cells: CellValue[], col: number | undefined): string => {
    labelContinues = false;
    if (col === undefined) return "";
    const own = cells[col - originCol] ?? null;
    if (hasMerges && (own === null || own === "")) {
      const m = merged.get(row * COL_KEY + col);
      if (m) {
        labelContinues = m.continuation;
        return cellLabel(m.value);
      }
    }
    return cellLabel(own);
  };

  // Plan year: title rows above the first header and block titles may name it.
  const titleTexts: string[] = [];
  const firstHeaderIdx = blocks[0].headerRow - grid.originRow;
  for (let r = 0; r < firstHeaderIdx; r++) {
    for (const v of grid.rows[r] ?? []) {
      const t = cellText(v);
      if (t) titleTexts.push(t);
    }
  }
  for (const b of blocks) if (b.title) titleTexts.push(b.title);
  const yearSet = new Set<number>();
  for (const b of blocks) for (const y of b.years) yearSet.add(y.year);
  const years = [...yearSet].sort((a, b) => a - b);
  const plan = resolvePlanYear({
    settings,
    workbookTitle: grid.workbookTitle,
    sheetName: sheet,
    titleTexts,
    yearColumns: years,
  });

  const activities: Activity[] = [];
  const amountCells: AmountCell[] = [];
  const statedTotals: StatedTotal[] = [];
  const sheetFrames: Record<number, Ore> = {};
  const blockActivities: number[][] = [];
  const fixedCells: Model["fixedCells"] = {};
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  // Rows tend to name the same partners ("fsb; SAB"): split each text once, copy per activity.
  const partnerLists = new Map<string, string[]>();
  const partnersOf = (text: string | undefined): string[] => {
    if (!text) return [];
    let list = partnerLists.get(text);
    if (list === undefined) {
      list = splitPartners(text);
      partnerLists.set(text, list);
    }
    return list.slice();
  };

  blocks.forEach((block, bi) => {
    blockActivities.push(walkBlock(block, bi));
  });

  function walkBlock(block: Block, bi: number): number[] {
    const ids: number[] = [];
    const cols = block.columns;
    // Which row positions are year columns: a typed array, read for every cell.
    const isYearCol = new Uint8Array(Math.max(0, ...block.years.map((y) => y.col - originCol + 1)));
    for (const y of block.years) if (y.col >= originCol) isYearCol[y.col - originCol] = 1;
    const hasLines = cols.budgetLine !== undefined;
    let sectionArea =
      block.title && namesArea(block.title) ? areaFromTitle(block.title) : undefined;
    let lastAreaValue: string | undefined;
    let current: Activity | undefined;
    // One slot per year column, reused row after row (big sheets: no per-cell allocations).
    const parsed: ReadCell[] = block.years.map((y) => ({
      year: y.year,
      col: y.col,
      yearIndex: yearIndex.get(y.year)!,
      raw: null,
      kind: BLANK,
      ore: 0,
      p: undefined,
    }));
    const textAt = (cells: CellValue[], col: number | undefined): string | undefined =>
      col === undefined ? undefined : cellText(cells[col - originCol] ?? null) || undefined;

    for (let row = block.headerRow + 1; row <= block.endRow; row++) {
      const raw = grid.rows[row - grid.originRow];
      if (!raw) continue;
      let nonEmpty = 0;
      let textCount = 0;
      let firstText = "";
      let totalRow = false;
      let frameRow = false;
      let leftoverRow = false;
      for (let i = 0; i < raw.length; i++) {
        const v = raw[i];
        if (v === null || v === undefined || v === "") continue;
        nonEmpty++;
        if (typeof v === "string" && isYearCol[i] !== 1 && !isBlankText(v)) {
          if (textCount++ === 0) firstText = v;
          // Only short texts can be row labels ("I alt", "Ramme", "Restbeløb"): fold just those.
          if (v.length <= LABEL_MAX && mayBeMarker(v)) {
            const f = fold(v);
            if (isTotalFolded(f)) totalRow = true;
            if (isFrameFolded(f)) frameRow = true;
            if (isLeftoverFolded(f)) leftoverRow = true;
          }
        }
      }
      let anyAmount = false;
      for (let yi = 0; yi < parsed.length; yi++) {
        const slot = parsed[yi];
        const v = raw[slot.col - originCol] ?? null;
        slot.raw = v;
        const ore = typeof v === "number" ? Math.round(v * 100) : NaN;
        if (Number.isSafeInteger(ore)) {
          // A number cell (most cells): what parseAmount would say, without building its object.
          slot.kind = AMOUNT;
          slot.ore = ore === 0 ? 0 : ore;
          slot.p = undefined;
        } else {
          const p = parseAmount(v);
          slot.p = p;
          slot.kind = p.kind === "blank" ? BLANK : p.kind === "amount" ? AMOUNT : OTHER;
          slot.ore = p.kind === "amount" ? p.ore : 0;
        }
        if (slot.kind !== BLANK) anyAmount = true;
      }
      if (nonEmpty === 0) continue;

      const actText = labelAt(row, raw, cols.activity);
      const actContinues = labelContinues;
      const line = hasLines ? cellText(raw[cols.budgetLine! - originCol] ?? null) : "";

      if (totalRow) {
        const isLineTotal =
          hasLines &&
          current !== undefined &&
          isTotalLabel(line) &&
          (actText === "" || actContinues || actText === current.name);
        for (const c of parsed) {
          if (c.kind !== AMOUNT) continue;
          const cell = addr(row, c.col);
          statedTotals.push({
            row,
            col: c.col,
            cell,
            year: c.year,
            block: bi,
            stated: c.ore as Ore,
            ...(isLineTotal ? { activityId: current!.id } : {}),
          });
          if (isLineTotal) (current!.totalLineCells ??= {})[c.year] = cell;
        }
        if (!isLineTotal) current = undefined;
        continue;
      }
      if (frameRow) {
        for (const c of parsed) {
          if (c.kind === AMOUNT && sheetFrames[c.year] === undefined)
            sheetFrames[c.year] = c.ore as Ore;
        }
        continue;
      }
      if (leftoverRow) continue;

      const continues = current !== undefined && (actContinues || (hasLines && actText === ""));
      if (continues) {
        for (let yi = 0; yi < parsed.length; yi++) pushCell(current!, row, parsed[yi], "line");
        continue;
      }
      if (!anyAmount && nonEmpty === 1 && textCount === 1) {
        // A title or section row: names the focus area of the rows under it.
        if (cols.area === undefined) sectionArea = areaFromTitle(cellText(firstText));
        current = undefined;
        continue;
      }
      if (actText === "" && !anyAmount) continue;

      let nr = labelAt(row, raw, cols.nr);
      let name = actText;
      if (cols.nr === undefined) {
        // Without a Nr. column, a leading "9." / "9 " in the name is the activity's number.
        const m = /^(\d{1,3})\.?\s+(\D.*)$/.exec(name);
        if (m) {
          nr = m[1];
          name = m[2];
        }
      }
      // A blank area cell continues the one above (areas written once per group), but with a Nr.
      // column a numbered activity stands alone: its blank area is none, and only its unnumbered
      // sub-activities inherit it. Guessing across numbered activities would misfile subtotals.
      const areaCell = labelAt(row, raw, cols.area);
      if (areaCell !== "") lastAreaValue = areaCell;
      else if (cols.nr !== undefined && nr !== "") lastAreaValue = undefined;
      const area = cols.area !== undefined ? lastAreaValue : sectionArea;
      const anchoringText = textAt(raw, cols.anchoring);
      const grantType = textAt(raw, cols.grantType);
      const responsible = textAt(raw, cols.responsible);
      const remarks = textAt(raw, cols.remarks);
      const activityCol = cols.activity ?? block.years[0].col;
      const amounts = new Array<Ore | null>(years.length);
      for (let i = 0; i < years.length; i++) amounts[i] = null;
      const a: Activity = {
        id: activities.length,
        name: name || nr || `Række ${row + 1}`,
        // Raw text: line breaks separate partners, so they must survive until the split.
        partners: partnersOf(
          cols.partners === undefined ? undefined : rawText(raw[cols.partners - originCol] ?? null)
        ),
        row,
        cell: addr(row, activityCol),
        amounts,
        block: bi,
        multiYear: false,
        anchoring: "notNeeded",
      };
      // Optional fields only when present, so reports and JSON carry no empty keys.
      if (nr) a.nr = nr;
      if (area) a.area = area;
      if (responsible) a.responsible = responsible;
      if (anchoringText) a.anchoringText = anchoringText;
      if (grantType) a.grantType = grantType;
      if (remarks) a.remarks = remarks;
      if (grantType && isFixedGrantText(grantType)) {
        fixedCells[a.id] = { col: cols.grantType!, text: grantType };
      } else if (anchoringText && isFixedGrantText(anchoringText)) {
        fixedCells[a.id] = { col: cols.anchoring!, text: anchoringText };
      }
      activities.push(a);
      ids.push(a.id);
      current = a;
      const kind = hasLines && line !== "" ? "line" : "activity";
      for (let yi = 0; yi < parsed.length; yi++) pushCell(a, row, parsed[yi], kind);
    }
    return ids;
  }

  /** Adds one cell to the activity's sums: null (no cell yet) → 0 on a blank, += on an amount. */
  function pushCell(a: Activity, row: number, c: ReadCell, kind: AmountCell["kind"]): void {
    const amounts = a.amounts;
    const i = c.yearIndex;
    if (c.kind === AMOUNT) {
      const before = amounts[i];
      amounts[i] = ((before === null ? 0 : before) + c.ore) as Ore;
    } else if (c.kind === BLANK) {
      if (amounts[i] === null) amounts[i] = 0 as Ore;
      return;
    }
    // Only cells a rule can say something about are kept: big sheets stay cheap.
    // Text read as an amount is notable too: the sheet's own SUM skips it (TEXT_AMOUNT).
    const notable =
      c.kind === OTHER ||
      (c.kind === AMOUNT &&
        (c.ore < 0 ||
          typeof c.raw === "string" ||
          (c.p?.kind === "amount" && c.p.ambiguous !== undefined)));
    if (notable) {
      amountCells.push({
        row,
        col: c.col,
        year: c.year,
        raw: c.raw,
        parsed: c.p ?? { kind: "amount", ore: c.ore as Ore },
        activityId: a.id,
        kind,
      });
    }
  }

  for (const a of activities) {
    let yearsWithMoney = 0;
    for (let i = 0; i < years.length; i++) {
      const ore = a.amounts[i];
      if (years[i] >= plan.year && ore !== null && ore !== 0) yearsWithMoney++;
    }
    a.multiYear = yearsWithMoney >= 2;
    a.anchoring = anchoringStatus({
      multiYear: a.multiYear,
      fixed: fixedCells[a.id] !== undefined,
      anchoringText: a.anchoringText,
    });
  }

  return {
    grid,
    settings,
    sheet,
    planYear: plan.year,
    planYearSource: plan.source,
    blocks,
    activities,
    amountCells,
    statedTotals,
    sheetFrames,
    years,
    blockActivities,
    fixedCells,
  };
}

/**
 * Sheet-qualified address of an activity's amount cell for a year: its "I alt" line's when it has
 * one, else the activity row's. Undefined when the activity's block has no column for that year.
 */
export function amountCell(
  where: { sheet: string; blocks: readonly Block[] },
  a: Activity,
  year: number
): string | undefined {
  const onLine = a.totalLineCells?.[year];
  if (onLine !== undefined) return onLine;
  const y = where.blocks[a.block]?.years.find((b) => b.year === year);
  return y === undefined ? undefined : cellAddress(where.sheet, a.row, y.col);
}
