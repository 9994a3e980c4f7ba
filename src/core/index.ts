// The engine's public API: everything a shell (Office, CLI, browser) needs from the core.
export * from "./types";
export * from "./settings";
export { check } from "./check";
export { amountCell } from "./build";
export { hasBudgetTable } from "./hasBudgetTable";
export { parseAmount, parseKroner } from "./parseAmount";
export type { ParsedAmount, Ambiguity } from "./parseAmount";
export { formatPercent } from "./format";
export { formatKr, formatAmount, oreToKr, krToOre, ore, plus, minus, ZERO_ORE } from "./money";
export { findingMessage, severityLabel, anchoringLabel } from "./messages";
export { a1, cellAddress, columnIndex, columnLetter, parseAddress, quoteSheet } from "./address";
export type { ParsedAddress } from "./address";
export { yearTotals, frameFor, leftover, yearSummaries, areaSubtotals } from "./derived";
export { detectBlocks } from "./detect";
export { splitPartners } from "./partners";
export { isRealAnchoring, isFixedGrantText } from "./anchoring";
export { sortFindings } from "./sortFindings";
