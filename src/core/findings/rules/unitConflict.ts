// UNIT_CONFLICT (error): the sheet states two (or more) different units, e.g. "Beløb i 1.000 kr." in
// the title and "2026 (kr.)" over a column, and no setting decides. One of them is wrong for some
// amounts by a factor of 1.000 or more, so no year's answer is certain (check.ts makes them
// uncertain, and none is reported over or within the frame). An error, not a warning: unlike
// UNIT_IN_DOUBT's guess, the contradiction is in the sheet itself, a figure is surely wrong until it
// is settled, and the command's exit code must not pass the sheet. A column header with its own
// unit is a conflict too, not a column-specific unit: the frame row and the title speak for the
// whole sheet, and a plan with years in different units is far likelier a slip than intended.
// One finding per unit stated, at its first cell, naming every other unit and its cells.
import * as z from "zod/mini";
import type { UnitStatement } from "../../sheet/sheetUnit";
import { cellPos, finding } from "./finding";
import { rule, type FindingFrom } from "./rule";

const unit = z.enum(["kr", "1000", "mio"]);
const source = z.enum(["header", "note", "title", "frameLabel"]);
/** One unit the sheet states: which, where the first cell stating it is, and every such cell. */
const statedFields = { unit, source, cells: z.array(cellPos) };
const statedUnit = z.object(statedFields);

export const unitConflictFinding = finding("UNIT_CONFLICT", "error", {
  at: cellPos,
  ...statedFields,
  /** The other units the sheet states, in the order they are weighed. */
  others: z.array(statedUnit),
  /** The unit the amounts were read in meanwhile (the first stated). */
  used: unit,
});

type Stated = FindingFrom<typeof statedUnit>;

/** The statements grouped by unit, in order of first appearance. */
function byUnit(sheet: string, statements: readonly UnitStatement[]): Stated[] {
  const groups = new Map<string, Stated>();
  for (const s of statements) {
    const at = { sheet, row: s.row, col: s.col };
    const g = groups.get(s.unit);
    if (g) g.cells.push(at);
    else groups.set(s.unit, { unit: s.unit, source: s.source, cells: [at] });
  }
  return [...groups.values()];
}

export const unitConflict = rule([unitConflictFinding], ({ model }) => {
  const conflict = model.unit.conflict;
  if (!conflict) return [];
  const groups = byUnit(model.sheet, conflict);
  return groups.map((g) => ({
    code: "UNIT_CONFLICT",
    severity: "error",
    at: g.cells[0],
    ...g,
    others: groups.filter((o) => o !== g),
    used: model.unit.unit,
  }));
});
