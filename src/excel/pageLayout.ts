// Print setup of the overview sheet (the plan's pageSetup, src/core/overview/overviewPageSetup.ts) through
// worksheet.pageLayout, in its own sync after the sheet is written, so a refusal never costs the
// written sheet: it is then kept "uden udskriftsopsætning" and the pane says so.
// Microsoft Learn, Excel.PageLayout / PageLayoutZoomOptions / HeaderFooterGroup / HeaderFooter:
// all ExcelApi 1.9, so callers check `supports("1.9")` first and skip this without it.
// - setPrintTitleRows(Range | string): "The range must span the entire row to be valid"; it gets
//   a Range (Range.getEntireRow, ExcelApi 1.1), never address text.
// - zoom: only horizontalFitToPages (1 page wide). PageLayoutZoomOptions documents a number of
//   pages, not what 0 means, so verticalFitToPages is left unset (Excel's "automatic" height).
// Undo: none of these is in the "Unsupported APIs" table of "Undo support with the Excel
// JavaScript API" (excel-add-ins-undo-capabilities); a merged undo group spans every sync of its
// Excel.run (Excel.RunOptions' mergeUndoGroup sample syncs three times), so the write plus its
// print setup stay one undo step with ExcelApi 1.20.
import { pageFooter, type PlanPageSetup } from "../core/overview";

/** ExcelApi version that has worksheet.pageLayout. */
export const PAGE_LAYOUT_API = "1.9";

/** Queues the print setup (no sync): landscape/portrait, paper, one page wide, titles, footer. */
export function writePageLayout(sheet: Excel.Worksheet, setup: PlanPageSetup, today: Date): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = setup.paperSize;
  layout.zoom = { horizontalFitToPages: setup.fitToWidth };
  const titleRow = titleRowNumber(setup.titleRowsRef);
  // Worksheet.getRangeByIndexes (ExcelApi 1.7) is 0-based.
  if (titleRow > 0)
    layout.setPrintTitleRows(sheet.getRangeByIndexes(titleRow - 1, 0, 1, 1).getEntireRow());
  const footer = pageFooter(setup, today);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftFooter = footer.left;
  all.centerFooter = footer.center;
  all.rightFooter = footer.right;
}

/** "$11:$11" → 11 (the plan's one title row). */
function titleRowNumber(ref: string): number {
  return Number(/\d+/.exec(ref)?.[0] ?? 0);
}

/**
 * The print setup in a sync of its own. True when Excel took it; false when it refused (any
 * error): the sheet written before stays as it is.
 */
export async function applyPageLayout(
  context: Excel.RequestContext,
  sheetName: string,
  setup: PlanPageSetup,
  today: Date
): Promise<boolean> {
  try {
    writePageLayout(context.workbook.worksheets.getItem(sheetName), setup, today);
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
