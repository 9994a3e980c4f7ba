// Reads the detected blocks row by row into activities, their amount cells and the sheet's totals.
import { addressMaker } from "./address";
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
  isTotalLabel,
} from "./text";
import type { Activity, Block, CellValue, ColumnRole, Grid, Ore, Settings } from "./types";

const LABEL_MAX = 40;
const COL_KEY = 20000; // > Excel's 16,384 columns

/** An amount cell as read in the current row. */
interface ReadCell {
  year: number;
  col: number;
  raw: CellValue;
  p: ParsedAmount;
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

function rawText(v: CellValue): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function buildModel(grid: Grid, settings: Settings): Model | undefined {
  const blocks = detectBlocks(grid, settings);
  if (blocks.length === 0) return undefined;
  const sheet = grid.sheetName;
  const addr = addressMaker(sheet);
  const get = (row: number, col: number): CellValue =>
    grid.rows[row - grid.originRow]?.[col - grid.originCol] ?? null;

  const labelCols = new Set<number>();
  for (const b of blocks) {
    for (const role of ["activity", "area", "nr", "budgetLine"] as ColumnRole[]) {
      const c = b.columns[role];
      if (c !== undefined) labelCols.add(c);
    }
  }
  const merged = mergeLookup(grid, labelCols);
  const labelAt = (
    row: number,
    col: number | undefined
  ): { text: string; continuation: boolean } => {
    if (col === undefined) return { text: "", continuation: false };
    const own = get(row, col);
    const m = merged.get(row * COL_KEY + col);
    if (m && (own === null || own === ""))
      return { text: cellLabel(m.value), continuation: m.continuation };
    return { text: cellLabel(own), continuation: false };
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
  const totalLineCells = new Map<number, Record<number, string>>();

  /**
   * Per activity, sums per year position of its block, kept in plain arrays while reading: writing
   * year-keyed records cell by cell is what made big sheets slow. Records are built once at the end.
   */
  const sums: number[][] = [];
  /** 0 no cell read, 1 only blanks, 2 an amount. */
  const seen: Uint8Array[] = [];

  blocks.forEach((block, bi) => {
    blockActivities.push(walkBlock(block, bi));
  });

  function walkBlock(block: Block, bi: number): number[] {
    const ids: number[] = [];
    const cols = block.columns;
    const yearCols = new Set(block.years.map((y) => y.col));
    const hasLines = cols.budgetLine !== undefined;
    let sectionArea =
      block.title && namesArea(block.title) ? areaFromTitle(block.title) : undefined;
    let lastAreaValue: string | undefined;
    let current: Activity | undefined;
    // One slot per year column, reused row after row (big sheets: no per-cell allocations).
    const parsed: ReadCell[] = block.years.map((y) => ({
      year: y.year,
      col: y.col,
      raw: null,
      p: { kind: "blank" },
    }));

    for (let row = block.headerRow + 1; row <= block.endRow; row++) {
      const raw = grid.rows[row - grid.originRow];
      if (!raw) continue;
      const texts: string[] = [];
      const folded: string[] = [];
      let nonEmpty = 0;
      for (let i = 0; i < raw.length; i++) {
        const v = raw[i];
        if (v === null || v === undefined || v === "") continue;
        nonEmpty++;
        const col = grid.originCol + i;
        if (typeof v === "string" && !yearCols.has(col) && v.trim() !== "") {
          texts.push(v);
          // Only short texts can be row labels ("I alt", "Ramme", "Restbeløb"): fold just those.
          if (v.length <= LABEL_MAX) folded.push(fold(v));
        }
      }
      let anyAmount = false;
      for (let yi = 0; yi < parsed.length; yi++) {
        const slot = parsed[yi];
        slot.raw = get(row, slot.col);
        slot.p = parseAmount(slot.raw);
        if (slot.p.kind !== "blank") anyAmount = true;
      }
      if (nonEmpty === 0) continue;

      const act = labelAt(row, cols.activity);
      const line = hasLines ? cellText(get(row, cols.budgetLine!)) : "";

      if (folded.some(isTotalFolded)) {
        const isLineTotal =
          hasLines &&
          current !== undefined &&
          isTotalLabel(line) &&
          (act.text === "" || act.continuation || act.text === current.name);
        for (const c of parsed) {
          if (c.p.kind !== "amount") continue;
          const cell = addr(row, c.col);
          statedTotals.push({
            row,
            cell,
            year: c.year,
            block: bi,
            stated: c.p.ore,
            ...(isLineTotal ? { activityId: current!.id } : {}),
          });
          if (isLineTotal) {
            const rec = totalLineCells.get(current!.id) ?? {};
            rec[c.year] = cell;
            totalLineCells.set(current!.id, rec);
          }
        }
        if (!isLineTotal) current = undefined;
        continue;
      }
      if (folded.some(isFrameFolded)) {
        for (const c of parsed) {
          if (c.p.kind === "amount" && sheetFrames[c.year] === undefined)
            sheetFrames[c.year] = c.p.ore;
        }
        continue;
      }
      if (folded.some(isLeftoverFolded)) continue;

      const continues =
        current !== undefined && (act.continuation || (hasLines && act.text === ""));
      if (continues) {
        for (let yi = 0; yi < parsed.length; yi++) pushCell(current!, row, yi, parsed[yi], "line");
        continue;
      }
      if (!anyAmount && nonEmpty === 1 && texts.length === 1) {
        // A title or section row: names the focus area of the rows under it.
        if (cols.area === undefined) sectionArea = areaFromTitle(cellText(texts[0]));
        current = undefined;
        continue;
      }
      if (act.text === "" && !anyAmount) continue;

      let nr = labelAt(row, cols.nr).text;
      let name = act.text;
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
      const areaCell = labelAt(row, cols.area).text;
      if (areaCell !== "") lastAreaValue = areaCell;
      else if (cols.nr !== undefined && nr !== "") lastAreaValue = undefined;
      const area = cols.area !== undefined ? lastAreaValue : sectionArea;
      const textAt = (role: ColumnRole): string | undefined => {
        const c = cols[role];
        return c === undefined ? undefined : cellText(get(row, c)) || undefined;
      };
      const anchoringText = textAt("anchoring");
      const grantType = textAt("grantType");
      const responsible = textAt("responsible");
      const remarks = textAt("remarks");
      const activityCol = cols.activity ?? block.years[0].col;
      const a: Activity = {
        id: activities.length,
        name: name || nr || `Række ${row + 1}`,
        // Raw text: line breaks separate partners, so they must survive until the split.
        partners: splitPartners(
          cols.partners === undefined ? undefined : rawText(get(row, cols.partners))
        ),
        row,
        cell: addr(row, activityCol),
        amounts: {},
        amountCells: {},
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
        fixedCells[a.id] = { cell: addr(row, cols.grantType!), text: grantType };
      } else if (anchoringText && isFixedGrantText(anchoringText)) {
        fixedCells[a.id] = { cell: addr(row, cols.anchoring!), text: anchoringText };
      }
      activities.push(a);
      ids.push(a.id);
      current = a;
      sums.push(new Array<number>(block.years.length).fill(0));
      seen.push(new Uint8Array(block.years.length));
      const kind = hasLines && line !== "" ? "line" : "activity";
      for (let yi = 0; yi < parsed.length; yi++) pushCell(a, row, yi, parsed[yi], kind);
    }
    return ids;
  }

  function pushCell(
    a: Activity,
    row: number,
    yi: number,
    c: ReadCell,
    kind: AmountCell["kind"]
  ): void {
    const p = c.p;
    const seenA = seen[a.id];
    if (p.kind === "amount") {
      sums[a.id][yi] += p.ore;
      seenA[yi] = 2;
    } else if (p.kind === "blank") {
      if (seenA[yi] === 0) seenA[yi] = 1;
      return;
    }
    // Only cells a rule can say something about are kept: big sheets stay cheap.
    const notable =
      p.kind === "text" ||
      p.kind === "error" ||
      (p.kind === "amount" && (p.ore < 0 || p.ambiguous));
    if (notable) {
      const cell = addr(row, c.col);
      amountCells.push({
        row,
        col: c.col,
        year: c.year,
        cell,
        raw: c.raw,
        parsed: p,
        activityId: a.id,
        kind,
      });
    }
  }

  for (const a of activities) {
    const block = blocks[a.block];
    const sum = sums[a.id];
    const seenA = seen[a.id];
    const lineTotals = totalLineCells.get(a.id);
    const amounts: Record<number, Ore> = {};
    const cells: Record<number, string> = {};
    let yearsWithMoney = 0;
    for (let yi = 0; yi < block.years.length; yi++) {
      const { year, col } = block.years[yi];
      // The activity's own row holds its first cell for every year; an I alt line overrides it.
      cells[year] = lineTotals?.[year] ?? addr(a.row, col);
      if (seenA[yi] === 0) continue;
      const ore = (sum[yi] === 0 ? 0 : sum[yi]) as Ore;
      amounts[year] = ore;
      if (year >= plan.year && ore !== 0) yearsWithMoney++;
    }
    a.amounts = amounts;
    a.amountCells = cells;
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
