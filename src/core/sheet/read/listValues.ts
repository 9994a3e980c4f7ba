// The optional columns of an activity in a long list, read from all of its rows: the first value
// counts (people often fill in only the first row, so a blank later cell says nothing), and a
// later row naming a different value is a conflict, kept with both cells for LIST_CONFLICT. The
// Ramme column is compared by meaning (inside or outside the frame), not by its words.
import type { ListCellText, ListConflict, ListValueRole } from "../model";
import { frameAnswer } from "../outsideFrame";
import { fold, tidyCellText } from "../text";
import type { Activity, Block, CellValue } from "../../types";
import type { LabelReader } from "./labels";

const ROLES: readonly Exclude<ListValueRole, "frame">[] = [
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
  private readonly frameFirsts: (ListCellText & { answer: "in" | "out" })[] = [];

  constructor(
    private readonly block: Block,
    private readonly originCol: number,
    private readonly labels: LabelReader
  ) {}

  private textAt(
    role: Exclude<ListValueRole, "frame">,
    row: number,
    cells: readonly CellValue[],
    col: number
  ) {
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

  /**
   * The row's answer in the Ramme column (`col`) for `a`: true when it is the first to disagree
   * with an earlier row's (one inside the frame, the other outside), kept as a conflict.
   */
  addFrame(a: Activity, row: number, cells: readonly CellValue[], col: number): boolean {
    const text = tidyCellText(cells[col - this.originCol] ?? null);
    const answer = frameAnswer(text);
    if (answer === undefined) return false;
    const first = this.frameFirsts[a.id];
    if (first === undefined) {
      this.frameFirsts[a.id] = { row, col, text, answer };
      return false;
    }
    const key = `${a.id}:frame`;
    if (first.answer === answer || this.conflicted.has(key)) return false;
    this.conflicted.add(key);
    const was = { row: first.row, col: first.col, text: first.text };
    this.conflicts.push({ activityId: a.id, role: "frame", first: was, other: { row, col, text } });
    return true;
  }
}
