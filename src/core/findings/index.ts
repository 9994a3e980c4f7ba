// Findings: the rules (rules/), their order and the one-click fixes.
export * from "./fixes";
export * from "./fixAll";
export * from "./sortFindings";
