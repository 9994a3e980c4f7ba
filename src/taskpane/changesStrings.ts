// The pane's words for changes since approval (da, en). Kept beside strings.ts: the section is its
// own, and the shared words (titles, status, per-year changes) come from core/compare/words.ts.
import type { Lang } from "../core/types";

export interface ChangesStrings {
  noBaseline: string;
  approveButton: string;
  approved: (date: string) => string;
  approvedFile: (date: string, fileName: string) => string;
  compareFileButton: string;
  backToStored: string;
  storedSource: string;
  fileSource: (fileName: string) => string;
  damaged: (detail: string) => string;
  yearLine: (
    year: number,
    approved: string,
    now: string,
    change: string,
    leftover: string
  ) => string;
  fileUnreadable: (fileName: string) => string;
  fileNoTable: (fileName: string) => string;
}

const da: ChangesStrings = {
  noBaseline: "Der er ikke gemt noget godkendt grundlag i projektmappen endnu.",
  approveButton: "Godkend som grundlag",
  approved: (d) => `Planen er gemt som godkendt grundlag ${d}.`,
  approvedFile: (d, f) => `Planen er gemt som godkendt grundlag ${d} i kopien ${f}.`,
  compareFileButton: "Sammenlign med en anden fil …",
  backToStored: "Sammenlign med grundlaget igen",
  storedSource: "Grundlaget er gemt i projektmappen.",
  fileSource: (f) => `Sammenlignet med ${f}.`,
  damaged: (d) => `Grundlaget gemt i projektmappen er beskadiget og bruges ikke (${d}).`,
  yearLine: (y, a, n, c, l) => `${y}: ${a} → ${n} (${c}); restbeløb nu ${l}`,
  fileUnreadable: (f) => `${f} kan ikke læses som en Excel-projektmappe (.xlsx).`,
  fileNoTable: (f) => `Fandt ingen budgettabel i ${f}.`,
};

const en: ChangesStrings = {
  noBaseline: "No approved baseline is stored in the workbook yet.",
  approveButton: "Approve as baseline",
  approved: (d) => `The plan is stored as the approved baseline ${d}.`,
  approvedFile: (d, f) => `The plan is stored as the approved baseline ${d} in the copy ${f}.`,
  compareFileButton: "Compare with another file …",
  backToStored: "Compare with the baseline again",
  storedSource: "The baseline is stored in the workbook.",
  fileSource: (f) => `Compared with ${f}.`,
  damaged: (d) => `The baseline stored in the workbook is damaged and not used (${d}).`,
  yearLine: (y, a, n, c, l) => `${y}: ${a} → ${n} (${c}); leftover now ${l}`,
  fileUnreadable: (f) => `${f} cannot be read as an Excel workbook (.xlsx).`,
  fileNoTable: (f) => `No budget table found in ${f}.`,
};

export const changesStrings: Record<Lang, ChangesStrings> = { da, en };
