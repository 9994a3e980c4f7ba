// Codes in the core, words at the edge: every writer turns findings into text here.
import type { AnchoringStatus, Finding, Lang, Severity } from "../types";
import { da } from "./da";
import { en } from "./en";
import type { MessageTable } from "./values";

const tables: Record<Lang, MessageTable> = { da, en };

export function findingMessage(f: Finding, lang: Lang): string {
  // The table's entry for f.code takes exactly f's member; TypeScript cannot relate the two here.
  const message = tables[lang][f.code] as (f: Finding) => string;
  return message(f);
}

const severityLabels: Record<Lang, Record<Severity, string>> = {
  da: { error: "Fejl", warning: "Advarsel", info: "Oplysning" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

export function severityLabel(s: Severity, lang: Lang): string {
  return severityLabels[lang][s];
}

const anchoringLabels: Record<Lang, Record<AnchoringStatus, string>> = {
  da: {
    present: "Har forankringsplan",
    missing: "Mangler",
    fixed: "Fast bevilling",
    notNeeded: "Ikke nødvendig",
  },
  en: { present: "Present", missing: "Missing", fixed: "Fixed grant", notNeeded: "Not needed" },
};

export function anchoringLabel(a: AnchoringStatus, lang: Lang): string {
  return anchoringLabels[lang][a];
}

export type { MessageTable };
export { settingsProblemText } from "./settingsProblems";
export { cellEditProblemText, packageProblemText } from "./fileProblems";
