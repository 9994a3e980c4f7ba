// Reading the sheet as people keep it: what shells need of it (addresses, whether a sheet holds a
// budget table, amounts as typed). Detection, the row reader and the model stay inside.
export * from "./address";
export * from "./hasBudgetTable";
export * from "./parseAmount";
export * from "./amountScale";
export * from "./sheetUnit";
export * from "./sheetChoice";
