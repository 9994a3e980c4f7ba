// One fix the user clicked, written to the one cell it names: a number with the kroner format
// (Range.values + Range.numberFormat) or a SUM formula (Range.formulas), in one batch and one sync.
// Where ExcelApi 1.20 exists the batch runs with `mergeUndoGroup: true`, so Ctrl+Z takes back the
// whole fix at once (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20). Range.values, numberFormat
// and formulas are not on the "unsupported APIs" list of Microsoft's "Undo capabilities in Excel
// add-ins" page, on the web, Windows or Mac, so the group never meets UndoNotSupported for them.
import { columnLetter } from "../core/sheet";
import type { CellFix } from "../core/findings";
import type { OfficeRuntime } from "./officeRuntime";

export async function applyFixInExcel(rt: OfficeRuntime, fix: CellFix): Promise<void> {
  const grouped = rt.supports("1.20");
  await rt.run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(fix.at.sheet);
      const cell = sheet.getRange(`${columnLetter(fix.at.col)}${fix.at.row + 1}`);
      if (fix.write.kind === "number") {
        cell.numberFormat = [[fix.write.numberFormat]];
        cell.values = [[fix.write.value]];
      } else {
        cell.formulas = [[fix.write.formula]];
      }
      await context.sync();
    },
    grouped ? { mergeUndoGroup: true } : undefined
  );
}
