// The overview's table, drawing and chart parts. The chart is what the add-in draws: clustered
// columns, total and frame per year, over the year headers of the table. Each reference carries
// a cache of its values, so a reader shows the chart before recalculating.
import { columnIndex } from "../../core/sheet";
import type { OverviewSheetPlan } from "../../core/overview";
import { MAIN_NS, REL } from "./opc";
import { cellPos } from "./sheetPart";
import { escapeXml } from "./xml";

export function tableXml(plan: OverviewSheetPlan, id: number): string {
  const t = plan.table;
  const cols = t.columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(tableColumnName(c.header))}"/>`)
    .join("");
  const name = escapeXml(t.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** A table column's name is its header cell's text; line breaks are not allowed in it. */
const tableColumnName = (header: string): string => header.replace(/[\r\n]+/g, " ");

const DML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

export function drawingXml(plan: OverviewSheetPlan, chartRelId: string): string {
  const from = cellPos(plan.chart.topLeft);
  const to = cellPos(plan.chart.bottomRight);
  const anchor = (tag: string, p: { row: number; col: number }): string =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${DML}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${anchor("from", from)}${anchor("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Budgettjek diagram" descr="${escapeXml(plan.chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" xmlns:r="${REL}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** The cells of a one-row range "'Budgetoversigt'!$F$5:$H$5" → [row, col] pairs. */
function rangeCells(ref: string): { row: number; col: number }[] {
  const m = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return [];
  const row = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return Array.from({ length: c2 - c1 + 1 }, (_, i) => ({ row, col: c1 + i }));
}

const strCache = (values: string[]): string =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;

const numCache = (values: number[]): string =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)
    .join("")}</c:numCache>`;

function seriesXml(plan: OverviewSheetPlan, k: number, years: string[]): string {
  const s = plan.chart.series[k];
  const values = rangeCells(s.valuesRef).map((_, i) => {
    const y = plan.years[i];
    return y ? (k === 0 ? y.total : y.frame) : 0;
  });
  return (
    `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
    // An explicit fill: without it the bars take the theme's accent colours, and a reader of a
    // workbook without a theme part (LibreOffice) draws none.
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(plan.chart.categoriesRef)}</c:f>${strCache(years)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(values)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

export function chartXml(plan: OverviewSheetPlan): string {
  const years = plan.years.map((y) => String(y.year));
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(plan.chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const series = plan.chart.series.map((_, k) => seriesXml(plan, k, years)).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART}" xmlns:a="${DML}" xmlns:r="${REL}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>` +
    `</c:chartSpace>`
  );
}
