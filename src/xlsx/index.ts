// The consolidated table as a new workbook through ExcelJS ("Som ny projektmappe" and file mode's
// export). Reading workbooks is src/ooxml's.
export { newWorkbook, writeOverviewSheet, isOverviewSheet } from "./writeOverview";
export type { OverviewSheetWriteOptions, OverviewSheetWritten } from "./writeOverview";
