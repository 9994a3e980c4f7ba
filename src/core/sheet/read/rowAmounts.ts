// A row's amount cells, one per year column of its block, read into what the sums need. Returned
// as parallel arrays (not an object per cell): a big sheet reads 100,000 cells, and one object
// each cost the engine bench about a fifth more time, mostly in garbage collection.
import { numberToOre, type AmountUnit } from "../amountScale";
import { ore, ZERO_ORE, type Ore } from "../../money";
import { parseAmount, type ParsedAmount } from "../parseAmount";
import type { CellValue } from "../../types";

/** A block's year column and where the activity's amounts keep that year. */
export interface YearColumn {
  year: number;
  col: number;
  /** Index of the year in the sheet's years (`Model.years`). */
  yearIndex: number;
}

/** Index i describes the cell in `columns[i]` of the block. */
export interface RowAmounts {
  /** Øre where the cell is an amount; null where it is blank, text or an Excel error. */
  ore: (Ore | null)[];
  /** The parse of cells that are not plain numbers (most cells are, and need none). */
  parsed: (ParsedAmount | undefined)[] | undefined;
  /** Any cell that is not blank (an amount, text or an error). */
  any: boolean;
}

/** The row's amount cells in `unit` (the sheet's), each scaled to øre as parseAmount would. */
export function readAmounts(
  cells: readonly CellValue[],
  columns: readonly YearColumn[],
  originCol: number,
  unit: AmountUnit
): RowAmounts {
  const n = columns.length;
  const out: RowAmounts = {
    ore: new Array<Ore | null>(n),
    parsed: undefined,
    any: false,
  };
  for (let i = 0; i < n; i++) {
    const v = cells[columns[i].col - originCol] ?? null;
    const asOre = typeof v === "number" ? numberToOre(v, unit) : undefined;
    if (asOre !== undefined) {
      // A number cell: what parseAmount would say, without building its object.
      out.ore[i] = ore(asOre);
      out.any = true;
      continue;
    }
    if (v === null || v === "") {
      out.ore[i] = null; // blank: no parse kept
      continue;
    }
    const p = parseAmount(v, unit);
    (out.parsed ??= new Array(n))[i] = p;
    out.ore[i] = p.kind === "amount" ? p.ore : null;
    if (p.kind !== "blank") out.any = true;
  }
  return out;
}

/** The parse of cell i: a plain number cell's is built only here, when a rule is to see it. */
export function parsedAt(r: RowAmounts, i: number): ParsedAmount {
  return r.parsed?.[i] ?? { kind: "amount", ore: r.ore[i] ?? ZERO_ORE };
}

/** Blank (or "-"): counts as 0 but is no amount cell. */
export function isBlank(r: RowAmounts, i: number): boolean {
  if (r.ore[i] !== null) return false;
  const p = r.parsed?.[i];
  return p === undefined || p.kind === "blank";
}

/** A cell a rule can say something about (text, error, negative, text amount): kept in the model. */
export function isNotable(r: RowAmounts, i: number): boolean {
  const amount = r.ore[i];
  const p = r.parsed?.[i];
  if (amount === null) return p !== undefined && p.kind !== "blank";
  // An amount with a parse was text (plain numbers need none): the sheet's own SUM skips it
  // (TEXT_AMOUNT), and ambiguous notation is among those (AMBIGUOUS_NUMBER).
  return amount < 0 || p !== undefined;
}
