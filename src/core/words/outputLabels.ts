// The labels of what is made on request (the overview sheet, the CSV, the PDF, the command's
// report, the changes since approval) are the one label table (labels.ts) and, apart from it, the
// few only those outputs use (output/da.ts, output/en.ts). Writers of those outputs read both
// through outputLabelsFor; the pane's first answer reads labelsFor only, so the output-only labels
// are not in its start-up bundle. A key in both tables fails to compile: one wording per concept.
import type { Lang } from "../types";
import { labelsFor, type Labels } from "./labels";
import { outputDa } from "./output/da";
import { outputEn } from "./output/en";

export type OutputOnlyLabels = typeof outputDa;

/** Never true when a key is in both tables. */
type Apart = [keyof OutputOnlyLabels & keyof Labels] extends [never] ? true : false;
const apart: Apart = true;
void apart;

export type OutputLabels = Labels & OutputOnlyLabels;

const tables: { readonly [L in Lang]: OutputLabels } = {
  da: { ...labelsFor("da"), ...outputDa },
  en: { ...labelsFor("en"), ...outputEn },
};

export function outputLabelsFor(lang: Lang): OutputLabels {
  return tables[lang];
}
