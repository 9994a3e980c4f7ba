// Codes in the core, words at the edge: every writer turns findings into text here.
import { labelsFor } from "../labels";
import type { AnchoringStatus, Finding, Lang } from "../../types";
import { da } from "./da";
import { en } from "./en";
import type { MessageTable } from "./values";

const tables: Record<Lang, MessageTable> = { da, en };

export function findingMessage(f: Finding, lang: Lang): string {
  // The table's entry for f.code takes exactly f's member; TypeScript cannot relate the two here.
  const message = tables[lang][f.code] as (f: Finding) => string;
  return message(f);
}

/** The anchoring status in the words of the one label table. */
export function anchoringLabel(a: AnchoringStatus, lang: Lang): string {
  return labelsFor(lang).anchoringStatus[a];
}

export type { MessageTable };
export { settingsProblemText } from "./settingsProblems";
export { cellEditProblemText, packageProblemText } from "./fileProblems";
export { packageProblemTitle } from "./fileProblemTitles";
