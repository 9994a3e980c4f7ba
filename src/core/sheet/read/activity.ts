// One activity from its row: name and Nr., the texts of its optional columns, and where a fixed
// grant was marked. Amounts start as "no cell" (null) and are added by the reader. Called once per
// activity row of a big sheet, so it builds nothing but the activity itself.
import { anchoringStatus, isFixedGrantText } from "../anchoring";
import type { Model } from "../model";
import type { Ore } from "../../money";
import { tidyCellText } from "../text";
import type { Activity, Block, CellValue } from "../../types";

const NUMBERED = /^(\d{1,3})\.?\s+(\D.*)$/;

export class ActivityMaker {
  constructor(
    private readonly originCol: number,
    private readonly yearCount: number,
    private readonly fixedCells: Model["fixedCells"],
    private readonly partnersOf: (text: string | undefined) => string[]
  ) {}

  private textAt(cells: readonly CellValue[], col: number | undefined): string | undefined {
    return col === undefined
      ? undefined
      : tidyCellText(cells[col - this.originCol] ?? null) || undefined;
  }

  /** `label` and `nr`: the activity and Nr. cells' labels; `cell`: the name cell in A1. */
  make(
    id: number,
    row: number,
    cells: readonly CellValue[],
    block: Block,
    blockIndex: number,
    label: string,
    nr: string,
    area: string | undefined,
    cell: string
  ): Activity {
    const cols = block.columns;
    let name = label;
    // Without a Nr. column, a leading "9." / "9 " in the name is the activity's number.
    const numbered = cols.nr === undefined ? NUMBERED.exec(label) : null;
    if (numbered) [, nr, name] = numbered;
    const partnersCell = cols.partners === undefined ? null : cells[cols.partners - this.originCol];
    const a: Activity = {
      id,
      name: name || nr || `Række ${row + 1}`,
      // Raw text: line breaks separate partners, so they must survive until the split.
      partners: this.partnersOf(typeof partnersCell === "string" ? partnersCell : undefined),
      row,
      cell,
      amounts: noAmounts(this.yearCount),
      block: blockIndex,
      multiYear: false,
      anchoring: "notNeeded",
    };
    // Optional fields only when present, so reports and JSON carry no empty keys.
    if (nr) a.nr = nr;
    if (area) a.area = area;
    const responsible = this.textAt(cells, cols.responsible);
    if (responsible) a.responsible = responsible;
    const anchoringText = this.textAt(cells, cols.anchoring);
    if (anchoringText) a.anchoringText = anchoringText;
    const grantType = this.textAt(cells, cols.grantType);
    if (grantType) a.grantType = grantType;
    const remarks = this.textAt(cells, cols.remarks);
    if (remarks) a.remarks = remarks;
    if (grantType && isFixedGrantText(grantType)) {
      this.fixedCells[id] = { col: cols.grantType!, text: grantType };
    } else if (anchoringText && isFixedGrantText(anchoringText)) {
      this.fixedCells[id] = { col: cols.anchoring!, text: anchoringText };
    }
    return a;
  }
}

/** One "no cell yet" per year, filled by index. */
function noAmounts(n: number): (Ore | null)[] {
  const out = new Array<Ore | null>(n);
  for (let i = 0; i < n; i++) out[i] = null;
  return out;
}

/**
 * The rows are done with the activity: its multi-year flag (money in two or more years from the
 * plan year on) and its anchoring status are final.
 */
export function settleActivity(
  a: Activity,
  years: readonly number[],
  planYear: number,
  fixed: boolean
): void {
  let yearsWithMoney = 0;
  for (let i = 0; i < years.length; i++) {
    const amount: Ore | null = a.amounts[i];
    if (years[i] >= planYear && amount !== null && amount !== 0) yearsWithMoney++;
  }
  // A row outside the frame is no grant of the plan: no anchoring plan is asked of it.
  a.multiYear = yearsWithMoney >= 2 && a.outsideFrame === undefined;
  a.anchoring = anchoringStatus({ multiYear: a.multiYear, fixed, anchoringText: a.anchoringText });
}
