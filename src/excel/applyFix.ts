// Fixes the user clicked, written to the cells they name: a number with its neighbours' number
// format, else the kroner format (Range.values + Range.numberFormat; the neighbours' formats read
// in one sync first), or a SUM formula (Range.formulas). One fix, or a whole group at once ("Ret
// alle N af denne slags"): one Excel.run either way.
// Where ExcelApi 1.20 exists the run has `mergeUndoGroup: true`, so Ctrl+Z takes back the whole
// run at once: "When true, all context.sync() calls within a single Excel.run are merged into one
// undo group" (learn.microsoft.com/javascript/api/excel/excel.runoptions, mergeUndoGroup, ExcelApi
// 1.20). Range.values, numberFormat and formulas are not on the "unsupported APIs" list of
// Microsoft's "Undo capabilities in Excel add-ins" page
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), on the web,
// Windows or Mac; but office-js #6170 reports Range.formulas writes clearing the undo stack on
// Windows, and the local office.js marks the formulas setter as not undoable. So, as the overview
// write does, UndoNotSupported is retried once without the group (Microsoft: "Your add-in should
// gracefully handle this error"), and the pane then says that Ctrl+Z may not take the fix back.
import { columnLetter } from "../core/sheet";
import type { CellFix } from "../core/findings";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { neighbourFormats } from "./fixFormats";

/**
 * Cells written per sync. Excel on the web refuses a request over 5 MB ("Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins: payload size for requests and
 * responses); a thousand single-cell writes stay far below it, and the syncs of one run stay one
 * undo group.
 */
export const FIXES_PER_SYNC = 1000;

/** `mayNotUndo`: written outside an undo group after Excel refused the group for it. */
export async function applyFixInExcel(
  rt: OfficeRuntime,
  fix: CellFix
): Promise<{ mayNotUndo: boolean }> {
  return applyFixesInExcel(rt, [fix]);
}

/** All the fixes in one Excel.run: one undo step where ExcelApi 1.20 allows. */
export async function applyFixesInExcel(
  rt: OfficeRuntime,
  fixes: CellFix[]
): Promise<{ mayNotUndo: boolean }> {
  if (!rt.supports("1.20")) {
    await writeFixes(rt, fixes, false);
    return { mayNotUndo: false };
  }
  try {
    await writeFixes(rt, fixes, true);
    return { mayNotUndo: false };
  } catch (e) {
    if (officeErrorCode(e) !== "UndoNotSupported") throw e;
    await writeFixes(rt, fixes, false);
    return { mayNotUndo: true };
  }
}

const cellAddress = (fix: CellFix): string => `${columnLetter(fix.at.col)}${fix.at.row + 1}`;

async function writeFixes(rt: OfficeRuntime, fixes: CellFix[], grouped: boolean): Promise<void> {
  await rt.run(
    async (context) => {
      const sheets = new Map<string, Excel.Worksheet>();
      const sheetOf = (name: string): Excel.Worksheet => {
        let sheet = sheets.get(name);
        if (!sheet) {
          sheet = context.workbook.worksheets.getItem(name);
          sheets.set(name, sheet);
        }
        return sheet;
      };
      const formats = await neighbourFormats(context, sheetOf, fixes);
      for (let i = 0; i < fixes.length; i += FIXES_PER_SYNC) {
        for (const fix of fixes.slice(i, i + FIXES_PER_SYNC)) {
          const cell = sheetOf(fix.at.sheet).getRange(cellAddress(fix));
          if (fix.write.kind === "number") {
            cell.numberFormat = [[formats(fix) ?? fix.write.numberFormat]];
            cell.values = [[fix.write.value]];
          } else {
            cell.formulas = [[fix.write.formula]];
          }
        }
        // One sync per thousand cells (the request limit above); one undo group all the same.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    },
    grouped ? { mergeUndoGroup: true } : undefined
  );
}
