// Words, once per language: the labels of the plan's concepts, shares, and the typed message
// tables for findings, settings problems and file problems.
export * from "./labels";
export * from "./outputLabels";
export * from "./format";
export * from "./messages/index";
export * from "./messages/kinds";
export * from "./messages/howToMend";
export * from "./messages/fileProblems";
export * from "./spendingText";
