// The one structure every writer renders: per-activity rows, area subtotals, per-year totals, and
// apart from them the rows outside the frame.
import { areaSubtotals } from "../derived";
import { listShapeOf } from "../sheet/detectList";
import type { Model } from "../sheet/model";
import type { Finding, Overview, OverviewRow, YearSummary } from "../types";

export function buildOverview(
  model: Model,
  years: YearSummary[],
  findings: readonly Finding[]
): Overview {
  const byActivity = new Map<number, Finding[]>();
  for (const f of findings) {
    const id = f.activityId;
    if (id === undefined) continue;
    const list = byActivity.get(id);
    if (list) list.push(f);
    else byActivity.set(id, [f]);
  }
  const rows: OverviewRow[] = [];
  const outsideFrame: OverviewRow[] = [];
  for (const a of model.activities) {
    const row: OverviewRow = {
      activityId: a.id,
      name: a.name,
      partners: a.partners,
      amounts: a.amounts,
      multiYear: a.multiYear,
      anchoring: a.anchoring,
      findings: byActivity.get(a.id) ?? [],
    };
    // Optional fields only when present (no spread temporaries: this runs per activity).
    if (a.nr !== undefined) row.nr = a.nr;
    if (a.area !== undefined) row.area = a.area;
    if (a.responsible !== undefined) row.responsible = a.responsible;
    if (a.outsideFrame === undefined) rows.push(row);
    else outsideFrame.push({ ...row, outsideFrame: a.outsideFrame });
  }
  return {
    sheet: model.sheet,
    planYear: model.planYear,
    unit: model.unit,
    ...(listShapeOf(model.blocks) ? { listShape: listShapeOf(model.blocks) } : {}),
    years: model.years,
    rows,
    areaSubtotals: areaSubtotals(model.activities, model.years),
    totals: years,
    outsideFrame,
  };
}
