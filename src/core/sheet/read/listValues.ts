// The optional columns of an activity in a long list, read from all of its rows: the first value
// counts (people often fill in only the first row, so a blank later cell says nothing), and a
// later row naming a different value is a conflict, kept with both cells for LIST_CONFLICT.
import type { ListCellText, ListConflict, ListValueRole } from "../model";
import { fold, tidyCellText } from "../text";
import type { Activity, Block, CellValue } from "../../types";
import type { LabelReader } from "./labels";

const ROLES: readonly ListValueRole[] = [
  "area",
  "responsible",
  "partners",
  "anchoring",
  "grantType",
];

/** A value first named on this row: the role, its cell and the cell's raw text (partners split it). */
export interface NewValue extends ListCellText {
  role: ListValueRole;
  raw: string;
}

export class ListValues {
  readonly conflicts: ListConflict[] = [];
  private readonly firsts: Partial<Record<ListValueRole, ListCellText>>[] = [];
  private readonly conflicted = new Set<string>();

  constructor(
    private readonly block: Block,
    private readonly originCol: number,
    private readonly labels: LabelReader
  ) {}

  private textAt(role: ListValueRole, row: number, cells: readonly CellValue[], col: number) {
    // The area may be a merged cell over several rows, as in wide tables.
    if (role === "area") return this.labels.at(row, cells, col);
    return tidyCellText(cells[col - this.originCol] ?? null);
  }

  /** Reads the row's optional cells for `a`: the values it is the first to name are returned. */
  add(a: Activity, row: number, cells: readonly CellValue[]): NewValue[] {
    const firsts = (this.firsts[a.id] ??= {});
    const out: NewValue[] = [];
    for (const role of ROLES) {
      const col = this.block.columns[role];
      if (col === undefined) continue;
      const text = this.textAt(role, row, cells, col);
      if (text === "") continue;
      const first = firsts[role];
      if (first === undefined) {
        firsts[role] = { row, col, text };
        const raw = cells[col - this.originCol];
        out.push({ role, row, col, text, raw: typeof raw === "string" ? raw : text });
        continue;
      }
      const key = `${a.id}:${role}`;
      if (fold(first.text) === fold(text) || this.conflicted.has(key)) continue;
      this.conflicted.add(key);
      this.conflicts.push({ activityId: a.id, role, first, other: { row, col, text } });
    }
    return out;
  }
}
