// What the engine hands every writer: the overview sheet plan, its names and print setup, whether a
// sheet or name is ours, and the CSV. (The `--json` report is jsonReport.ts: classic zod, command only.)
export * from "./overviewSheet";
export * from "./overviewSheetTypes";
export * from "./overviewNames";
export * from "./overviewPageSetup";
export * from "./ownership";
export * from "./csv";
