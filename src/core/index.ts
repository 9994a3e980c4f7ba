// The engine's front door: shells import the engine from here and from its rooms' doors
// (core/sheet, core/findings, core/overview, core/compare, core/words), never a room's insides.
export * from "./check";
export { activityCounts } from "./derived";
export * from "./spendingBounds";
export * from "./types";
export * from "./money";
export * from "./settings";
export * from "./fileProblems";
export * from "./xmlEscape";
