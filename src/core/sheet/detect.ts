// Finds the budget table(s) on a sheet as people keep it: no template, header anywhere near the top.
import { presentValues } from "./rowCells";
import { columnIndex, columnLetter } from "./address";
import { detectList } from "./detectList";
import { namesSpending, SpendingColumns } from "./spendingHeader";
import { grantRank, withoutNote } from "./headerWords";
import { cellLabel, fold, yearOf } from "./text";
import type { Block, CellValue, ColumnRole, Grid, Settings, SpendingColumn } from "../types";

/** Header rows are looked for in the grid's first rows only (issue: "first 30 rows"). */
export const HEADER_SCAN_ROWS = 30;

/** Folded header names per role; checked in this order, first match wins. */
export const ROLE_NAMES: [ColumnRole, RegExp][] = [
  ["nr", /^(?:nr|nummer|no|number|lbnr|loebenr|loebenummer|aktivitetsnr|id)$/],
  ["area", /^(?:indsatsomraade(?:r|nr)?|fokusomraade(?:r)?|focusareas?|omraade|area|tema)$/],
  ["responsible", /^(?:aktivitets)?ansvarlige?$|^(?:responsible|ansvar|owner|ejer)$/],
  ["partners", /^(?:samarbejds)?partnere?$|^partners$|^samarbejdspartnere/],
  ["anchoring", /^(?:forankring(?:splan|splaner)?|anchoring(?:plan)?)$/],
  ["grantType", /^(?:bevillingstype|bevillingsform|bevilling|granttype|grant)$/],
  ["budgetLine", /^(?:budgetpost(?:er)?|post(?:er)?|budgetline|udgiftstype|type)$/],
  ["remarks", /^(?:bemaerkning(?:er)?|kommentar(?:er)?|remarks?|comments?|notes?|note)$/],
];

/** Activity column names, most specific first ("Aktivitet" beats "Indsats" beats "Projekt"). */
export const ACTIVITY_NAMES: RegExp[] = [
  /^(?:aktivitet(?:er|en|ens(?:navn)?)?|aktivitetsnavn|activit(?:y|ies)(?:name)?)$/,
  /^(?:indsats(?:er|en)?|tiltag)$/,
  /^(?:projekt(?:er|navn)?|projects?)$/,
];

export interface HeaderMatch {
  columns: Partial<Record<ColumnRole, number>>;
  years: { year: number; col: number }[];
  /** Spending columns ("Forbrug 2026"): never budget years; the first per year counts. Absent when none. */
  spending?: SpendingColumn[];
}

/** Reads one row as a header; undefined unless it has an activity column and a year column. */
export function matchHeader(
  row: readonly CellValue[],
  originCol: number,
  yearsRow?: readonly CellValue[]
): HeaderMatch | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const years: { year: number; col: number }[] = [];
  /** Each year's column so far, with its grantRank: a later column of the year wins if higher. */
  const seenYears = new Map<number, number>();
  const spending = new SpendingColumns(originCol, yearsRow);
  let activityCol = -1;
  let activityRank = ACTIVITY_NAMES.length;
  const width = Math.max(row.length, yearsRow?.length ?? 0);
  for (let c = 0; c < width; c++) {
    if (spending.take(row[c], c)) continue;
    // A two-row header ("Budget" over 2026 | 2027): years may sit in the row below.
    const v =
      yearsRow && yearOf(row[c]) === undefined && yearOf(yearsRow[c]) !== undefined
        ? yearsRow[c]
        : row[c];
    const label = cellLabel(v);
    if (label === "") continue;
    const f = fold(withoutNote(label));
    const col = originCol + c;
    const rank = ACTIVITY_NAMES.findIndex((re) => re.test(f));
    if (rank >= 0) {
      if (rank < activityRank) {
        activityRank = rank;
        activityCol = col;
      }
      continue;
    }
    const role = ROLE_NAMES.find(([, re]) => re.test(f));
    if (role) {
      if (columns[role[0]] === undefined) columns[role[0]] = col;
      continue;
    }
    const year = yearOf(v);
    if (year === undefined) continue;
    const standing = grantRank(fold(label));
    const kept = seenYears.get(year);
    if (kept === undefined) {
      seenYears.set(year, standing);
      years.push({ year, col });
    } else if (standing > kept) {
      seenYears.set(year, standing);
      years.find((y) => y.year === year)!.col = col;
    }
  }
  if (activityCol < 0 || years.length === 0) return undefined;
  columns.activity = activityCol;
  return { columns, years, ...(spending.found.length > 0 ? { spending: spending.found } : {}) };
}

function applyMapping(match: HeaderMatch, settings: Settings): HeaderMatch {
  const mapping = settings.columns;
  if (!mapping) return match;
  if (match.spending) {
    const { spending, ...budget } = match;
    return withoutMappedSpending(applyMapping(budget, settings), spending);
  }
  const columns = { ...match.columns };
  for (const [role, letters] of Object.entries(mapping.roles ?? {})) {
    const col = letters ? columnIndex(letters) : -1;
    if (col < 0) continue;
    // The user's word wins: no detected role keeps a column the user gave to another role.
    for (const [other, c] of Object.entries(columns)) {
      if (c === col) delete columns[other as ColumnRole];
    }
    columns[role as ColumnRole] = col;
  }
  let years = match.years;
  const mappedYears = Object.entries(mapping.years ?? {})
    .map(([y, letters]) => ({ year: Number(y), col: columnIndex(letters) }))
    .filter((y) => y.col >= 0 && Number.isInteger(y.year));
  if (mappedYears.length > 0) years = mappedYears;
  // A role column cannot also be a year column.
  const roleCols = new Set(Object.values(columns));
  years = years.filter((y) => !roleCols.has(y.col)).sort((a, b) => a.col - b.col);
  return { columns, years };
}

/** The user's mapping wins: a column mapped to a role or a year is not spending. */
function withoutMappedSpending(match: HeaderMatch, spending: SpendingColumn[]): HeaderMatch {
  const taken = new Set([...Object.values(match.columns), ...match.years.map((y) => y.col)]);
  const kept = spending.filter((s) => !taken.has(s.col));
  return kept.length > 0 ? { ...match, spending: kept } : match;
}

/**
 * The header starting at grid row `r`: one row, or (when the years sit in the row below a row of
 * labels) two rows. `last` is the header's last row: data starts below it.
 */
function headerAt(
  grid: Grid,
  r: number,
  settings: Settings
): { match: HeaderMatch; top: number; last: number } | undefined {
  const row = grid.rows[r];
  if (!row) return undefined;
  const one = matchWithMapping(row, grid, settings, false);
  if (one) return { match: one, top: r, last: r };
  const next = grid.rows[r + 1];
  // The row below must hold years only (and blanks): a data row ("A", 2026) is no header.
  if (!next || !next.every((v) => v === null || v === "" || yearOf(v) !== undefined)) {
    return undefined;
  }
  const two = matchHeader(row, grid.originCol, next);
  return two ? { match: applyMapping(two, settings), top: r, last: r + 1 } : undefined;
}

function matchWithMapping(
  row: readonly CellValue[],
  grid: Grid,
  settings: Settings,
  forced: boolean
): HeaderMatch | undefined {
  const m = matchHeader(row, grid.originCol);
  if (m) return applyMapping(m, settings);
  if (!forced) return undefined;
  // The user said this is the header row: take what the mapping gives.
  const partial = applyMapping(
    { columns: {}, years: [] },
    {
      ...settings,
      columns: settings.columns && {
        ...settings.columns,
        years: settings.columns.years ?? yearsInRow(row, grid.originCol),
      },
    }
  );
  if (partial.columns.activity === undefined || partial.years.length === 0) return undefined;
  return partial;
}

function yearsInRow(row: readonly CellValue[], originCol: number): Record<string, string> {
  const out: Record<string, string> = {};
  row.forEach((v, c) => {
    const y = yearOf(v);
    if (typeof v === "string" && namesSpending(v)) return;
    if (y !== undefined && out[y] === undefined) out[y] = columnLetter(originCol + c);
  });
  return out;
}

/**
 * A cell that may name the activity column ("Aktivitet", "Indsats", "Projekter" …): a looser,
 * unfolded test than ACTIVITY_NAMES, which the detect spec checks it never misses.
 */
export const ACTIVITY_HINT =
  /^\s*(?:aktivitet|activit|indsats|projekt|project|tiltag)\D{0,12}(?:\s*\([^()]*\))?$/i;

/**
 * Pre-check before matchHeader (which folds every cell): a header row holds an activity-like
 * word. Kept, as the bench shows: 26.6 ms per check with it, 89.5 ms without (engine bench,
 * 10,000 activities × 10 years, CPU per check, median of 5 alternating runs on 2026-11-30).
 */
export function mayBeHeader(row: readonly CellValue[]): boolean {
  for (const v of presentValues(row)) {
    if (typeof v === "string" && ACTIVITY_HINT.test(v)) return true;
  }
  return false;
}

function rowIsTextOnly(row: readonly CellValue[] | undefined): string | undefined {
  if (!row) return undefined;
  let text: string | undefined;
  for (const v of presentValues(row)) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return undefined;
    const t = v.trim();
    if (t === "") continue;
    if (text !== undefined) return undefined;
    text = t.replace(/\s+/g, " ");
  }
  return text;
}

/** A title row just above a header (blank rows between allowed), not inside the previous block's data. */
function titleAbove(grid: Grid, headerIdx: number, floorIdx: number): string | undefined {
  for (let r = headerIdx - 1; r >= Math.max(floorIdx, headerIdx - 3); r--) {
    const row = grid.rows[r];
    if (!row || presentValues(row).every((v) => v === null || v === "")) continue;
    return rowIsTextOnly(row);
  }
  return undefined;
}

/**
 * Every block on the sheet: the first header in the first 30 rows (or the mapped header row),
 * then each later row that repeats a header starts a new block.
 */
export function detectBlocks(grid: Grid, settings: Settings): Block[] {
  const rows = grid.rows;
  const mappedHeader = settings.columns?.headerRow;
  const found: { idx: number; top: number; match: HeaderMatch }[] = [];
  if (mappedHeader !== undefined) {
    // A mapping naming the row that heads the sheet's long list (Aktivitet | År | Beløb) reads the
    // list, never a table whose mapped "year" column would sum every year's amounts into one year.
    const list = detectList(grid);
    if (list[0]?.headerRow === mappedHeader - 1) return list;
    const idx = mappedHeader - 1 - grid.originRow;
    const row = rows[idx];
    const m = row ? matchWithMapping(row, grid, settings, true) : undefined;
    if (!m) return list;
    found.push({ idx, top: idx, match: m });
  } else {
    const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
    for (let r = 0; r < limit; r++) {
      const h = headerAt(grid, r, settings);
      if (h) {
        found.push({ idx: h.last, top: h.top, match: h.match });
        break;
      }
    }
  }
  // No wide table: the sheet may keep the plan as a long list (one row per activity and year).
  if (found.length === 0) return detectList(grid);

  for (let r = found[0].idx + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row || !mayBeHeader(row)) continue;
    const h = headerAt(grid, r, settings);
    if (h) {
      found.push({ idx: h.last, top: h.top, match: h.match });
      r = h.last;
    }
  }

  const blocks: Block[] = [];
  for (let i = 0; i < found.length; i++) {
    const { idx, top, match } = found[i];
    const floor = i === 0 ? 0 : found[i - 1].idx + 1;
    const title = titleAbove(grid, top, floor);
    let endIdx = i + 1 < found.length ? found[i + 1].top - 1 : rows.length - 1;
    // The next block's title row belongs to it, not to this block.
    if (i + 1 < found.length && titleAbove(grid, found[i + 1].top, idx + 1) !== undefined) {
      let t = found[i + 1].top - 1;
      while (t > idx && (!rows[t] || presentValues(rows[t]).every((v) => v === null || v === "")))
        t--;
      endIdx = t - 1;
    }
    blocks.push({
      headerRow: grid.originRow + idx,
      endRow: grid.originRow + Math.max(idx, endIdx),
      columns: match.columns,
      years: match.years,
      ...(match.spending ? { spending: match.spending } : {}),
      ...(title !== undefined ? { title } : {}),
    });
  }
  return blocks;
}
