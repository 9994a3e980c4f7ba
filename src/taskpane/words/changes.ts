// The words of changes since the approved plan in the pane: the section's (no baseline yet, approve,
// compare with a file) and what approving or comparing reports. Read only by the changes section
// and, after the user approves or picks a file, by useBaseline, so they load with the changes
// chunk, not at start-up; the concepts (Ændringer siden godkendt, Godkendt, Nu, …) are labels
// (core/words). Danish first; the English table is typed by it.
import type { Lang, PackageProblem } from "../../core";
import { outputLabelsFor, packageProblemText } from "../../core/words";
import { withPaneWords } from "../strings";

const da = {
  /** The concepts of changes since approval, worded once for every output (core/words/output). */
  changes: outputLabelsFor("da").changes,
  noBaseline: "Der er ikke gemt noget godkendt grundlag i projektmappen endnu.",
  baselineUnread:
    "Excel kunne ikke læse et godkendt grundlag i projektmappen her (det sker fx på iPad, før projektmappen er gemt). Gem den, og tjek igen, eller sammenlign med en fil.",
  approveButton: "Godkend som grundlag",
  approvedAs: (d: string) =>
    `Planen er gemt som godkendt grundlag ${d}. Godkendelsen kan ikke fortrydes med Ctrl+Z, og i ` +
    `Excel til Windows rydder den listen over det, der kan fortrydes.`,
  approvedFile: (d: string, f: string) =>
    `Planen er gemt som godkendt grundlag ${d} i kopien ${f}, som er hentet. Den åbnede fil er ` +
    `uændret: brug kopien fremover.`,
  compareFileButton: "Sammenlign med en anden fil …",
  backToStored: "Sammenlign med grundlaget igen",
  storedSource: "Grundlaget er gemt i projektmappen.",
  storedInCopy: (f: string) =>
    `Grundlaget er gemt i den hentede kopi ${f}; den åbnede fil er uændret.`,
  fileSource: (f: string) => `Sammenlignet med ${f}.`,
  /** With the reader's problem, its sentence (naming the file); else a general one. */
  fileUnreadable: (f: string, p?: PackageProblem) =>
    p
      ? `${packageProblemText(p, f, "da")}.`
      : `${f} kan ikke læses som en Excel-projektmappe (.xlsx).`,
  fileNoTable: (f: string) => `Fandt ingen budgettabel i ${f}.`,
};

const en: ChangesWords = {
  changes: outputLabelsFor("en").changes,
  noBaseline: "No approved baseline is stored in the workbook yet.",
  baselineUnread:
    "Excel could not read an approved baseline in the workbook here (this happens on an iPad before the workbook is saved). Save it and check again, or compare with a file.",
  approveButton: "Approve as baseline",
  approvedAs: (d) =>
    `The plan is stored as the approved baseline ${d}. Approving cannot be undone with Ctrl+Z, and ` +
    `in Excel for Windows it clears the list of what can be undone.`,
  approvedFile: (d, f) =>
    `The plan is stored as the approved baseline ${d} in the copy ${f}, which was downloaded. The ` +
    `file you opened is unchanged: use the copy from now on.`,
  compareFileButton: "Compare with another file …",
  backToStored: "Compare with the baseline again",
  storedSource: "The baseline is stored in the workbook.",
  storedInCopy: (f) =>
    `The baseline is stored in the downloaded copy ${f}; the file you opened is unchanged.`,
  fileSource: (f) => `Compared with ${f}.`,
  fileUnreadable: (f, p) =>
    p ? `${packageProblemText(p, f, "en")}.` : `${f} cannot be read as an Excel workbook (.xlsx).`,
  fileNoTable: (f) => `No budget table found in ${f}.`,
};

type ChangesWords = typeof da;

export const changesStrings = withPaneWords<ChangesWords>({ da, en });
export type ChangesStrings = (typeof changesStrings)[Lang];
