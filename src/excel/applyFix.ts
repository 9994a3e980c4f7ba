// One fix the user clicked, written to the one cell it names: a number with its neighbours' number
// format, else the kroner format (Range.values + Range.numberFormat; the neighbours' formats read
// in one sync first), or a SUM formula (Range.formulas).
// Where ExcelApi 1.20 exists the batch runs with `mergeUndoGroup: true`, so Ctrl+Z takes back the
// whole fix at once (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20). Range.values, numberFormat
// and formulas are not on the "unsupported APIs" list of Microsoft's "Undo capabilities in Excel
// add-ins" page, on the web, Windows or Mac; but office-js #6170 reports Range.formulas writes
// clearing the undo stack on Windows, and the local office.js marks the formulas setter as not
// undoable. So, as the overview write does, UndoNotSupported is retried once without the group
// (Microsoft: "Your add-in should gracefully handle this error"), and the pane then says that
// Ctrl+Z may not take the fix back.
import { columnLetter } from "../core/sheet";
import type { CellFix } from "../core/findings";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";

/** `mayNotUndo`: written outside an undo group after Excel refused the group for it. */
export async function applyFixInExcel(
  rt: OfficeRuntime,
  fix: CellFix
): Promise<{ mayNotUndo: boolean }> {
  if (!rt.supports("1.20")) {
    await writeFix(rt, fix, false);
    return { mayNotUndo: false };
  }
  try {
    await writeFix(rt, fix, true);
    return { mayNotUndo: false };
  } catch (e) {
    if (officeErrorCode(e) !== "UndoNotSupported") throw e;
    await writeFix(rt, fix, false);
    return { mayNotUndo: true };
  }
}

/** Formats that say nothing about an amount: the fixed cell then gets the kroner format. */
const PLAIN = new Set(["General", "@"]);

/**
 * The number format of the nearest amount cell above or below that has one (Range.numberFormat,
 * ExcelApi 1.1: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member),
 * so the fixed cell looks like its neighbours; else the fix's own. One sync before the write.
 */
async function neighbourFormat(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  write: Extract<CellFix["write"], { kind: "number" }>
): Promise<string> {
  if (!write.formatFrom.length) return write.numberFormat;
  const ranges = write.formatFrom.map((p) => {
    const r = sheet.getRange(`${columnLetter(p.col)}${p.row + 1}`);
    r.load("numberFormat");
    return r;
  });
  await context.sync();
  const found = ranges.map((r) => r.numberFormat[0]?.[0]).find((f) => f && !PLAIN.has(f));
  return found ?? write.numberFormat;
}

async function writeFix(rt: OfficeRuntime, fix: CellFix, grouped: boolean): Promise<void> {
  await rt.run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(fix.at.sheet);
      const cell = sheet.getRange(`${columnLetter(fix.at.col)}${fix.at.row + 1}`);
      if (fix.write.kind === "number") {
        cell.numberFormat = [[await neighbourFormat(context, sheet, fix.write)]];
        cell.values = [[fix.write.value]];
      } else {
        cell.formulas = [[fix.write.formula]];
      }
      await context.sync();
    },
    grouped ? { mergeUndoGroup: true } : undefined
  );
}
