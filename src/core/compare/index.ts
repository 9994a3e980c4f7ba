// Changes since the approved plan: the baseline snapshot, its XML part, and the comparison.
// (The `--json` shape is in overview/jsonChanges.ts, not here: it uses classic zod, which the pane must not load.)
export * from "./baseline";
export * from "./baselineXml";
export * from "./compare";
export { matchActivities, nameSimilarity, SIMILAR_MIN, SIMILAR_MARGIN } from "./match";
export type { MatchItem, Matching, MatchHow } from "./match";
export { anchoringChange, signedKr, deltaText, activityChangeText, changesTitle } from "./words";
export { pickStoredBaseline, type StoredBaseline } from "./stored";
