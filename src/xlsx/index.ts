// .xlsx in and out through ExcelJS, shared by the command (Node) and file mode (browser).
export { loadWorkbook, newWorkbook, sniff } from "./load";
export type { LoadFailure, LoadResult } from "./load";
export { gridFromWorksheet, toCellValue } from "./grid";
export { writeOverviewSheet, isOverviewSheet } from "./writeOverview";
export type { OverviewSheetWriteOptions, OverviewSheetWritten } from "./writeOverview";
export { findBudgetSheet } from "./findBudgetSheet";
export type { SheetChoice } from "./findBudgetSheet";
