// Print setup of the overview sheet (the plan's pageSetup, src/core/overview/overviewPageSetup.ts) through
// worksheet.pageLayout, queued in the overview write's own batch (no extra sync).
// Microsoft Learn, Excel.PageLayout / PageLayoutZoomOptions / HeaderFooterGroup / HeaderFooter:
// all ExcelApi 1.9, so callers check `supports("1.9")` first and skip this without it.
// setPrintTitleRows: "The range must span the entire row to be valid" (hence "$11:$11").
// Undo: none of these is in the "Unsupported APIs" table of "Undo support with the Excel
// JavaScript API" (excel-add-ins-undo-capabilities), so the mergeUndoGroup write stays one step.
import { pageFooter, type PlanPageSetup } from "../core/overview";

/** ExcelApi version that has worksheet.pageLayout. */
export const PAGE_LAYOUT_API = "1.9";

export function writePageLayout(sheet: Excel.Worksheet, setup: PlanPageSetup, today: Date): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = setup.paperSize;
  // One page wide; verticalFitToPages 0 = as many pages tall as needed (OOXML fitToHeight="0").
  layout.zoom = {
    horizontalFitToPages: setup.fitToWidth,
    verticalFitToPages: setup.fitToHeight,
  };
  layout.setPrintTitleRows(setup.titleRowsRef);
  const footer = pageFooter(setup, today);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftFooter = footer.left;
  all.centerFooter = footer.center;
  all.rightFooter = footer.right;
}
