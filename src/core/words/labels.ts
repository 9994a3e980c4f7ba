// Words in one place per language: the labels of the plan's concepts (total, frame, leftover,
// anchoring, focus area, …) that every writer shows, worded once in words/da.ts and words/en.ts.
// The Danish table's shape is the contract, so a label missing in English fails to compile.
import type { Lang } from "../types";
import { da } from "./da";
import { en } from "./en";

export type Labels = typeof da;

const tables: { readonly [L in Lang]: Labels } = { da, en };

export function labelsFor(lang: Lang): Labels {
  return tables[lang];
}
