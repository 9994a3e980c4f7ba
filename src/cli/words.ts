// The command's own lines (da, en): files it cannot read or write, what it saved. Labels shared with
// the pane and the sheet come from the core's tables (labelsFor).
import { labelsFor } from "../core/words";
import { DEFAULT_OVERVIEW_SHEET } from "../core/overview";

export const FAIL = {
  da: {
    missing: (f: string) => `Filen findes ikke: ${f}`,
    approvedMissing: (f: string) => `Den godkendte version findes ikke: ${f}`,
    folder: (f: string) => `${f} er en mappe, ikke en projektmappe (.xlsx)`,
    access: (f: string) => `Ingen adgang til at læse ${f}`,
    unreadable: (f: string, d: string) => `${f} kan ikke læses (${d})`,
    noSheet: (s: string, f: string, all: string[]) =>
      `Arket «${s}» findes ikke i ${f}; arkene hedder: ${all.map((a) => `«${a}»`).join(", ")}`,
    noTable: (f: string, option: string) =>
      `Fandt ingen budgettabel i ${f}: intet ark har ${labelsFor("da").budgetTableWanted}; vælg arket med ${option}`,
    noTableOn: (s: string) =>
      `Fandt ingen budgettabel på arket «${s}»: der skal være ${labelsFor("da").budgetTableWanted}`,
    sameAsInput: (o: string) =>
      `${o} er inputfilen; vælg et andet navn, så originalen ikke overskrives`,
    noFolder: (o: string) => `Mappen til ${o} findes ikke`,
    isFolder: (o: string) => `${o} er en mappe; angiv et filnavn`,
    writeFailed: (o: string, d: string) => `Kunne ikke gemme ${o} (${d})`,
    unexpected: (d: string) => `Uventet fejl: ${d}`,
    reading: (f: string) => `Læser ${f} …`,
    wrote: (o: string, s: string) => `Gemte ${o} med arket «${s}».`,
    macroAsXlsx: (o: string) =>
      `${o}: projektmappen har makroer (.xlsm); kald kopien .xlsm, ellers kan Excel ikke åbne den`,
    plainAsXlsm: (o: string) => `${o}: projektmappen har ingen makroer; kald kopien .xlsx`,
    notWorkbookName: (o: string, ext: string) =>
      `${o}: --write gemmer en Excel-projektmappe, så kopien skal hedde .${ext}; en CSV-fil får du med --csv`,
    archived: (a: string, s: string) =>
      `Arket «${a}» var budgettjeks oversigt, men er omdøbt; det er nu jeres og er ikke ændret. Den nye oversigt står i «${s}».`,
    savedFile: (o: string) => `Gemte ${o}.`,
    skippedNames: (n: string[]) =>
      `Navnene ${n.join(", ")} findes allerede i projektmappen og peger andre steder hen; de er ikke ændret.`,
    renamed: (s: string) =>
      `Arket «${DEFAULT_OVERVIEW_SHEET}» findes allerede og er ikke lavet af budgettjek; oversigten står i «${s}».`,
  },
  en: {
    missing: (f: string) => `File not found: ${f}`,
    approvedMissing: (f: string) => `The approved version was not found: ${f}`,
    folder: (f: string) => `${f} is a folder, not a workbook (.xlsx)`,
    access: (f: string) => `No permission to read ${f}`,
    unreadable: (f: string, d: string) => `${f} cannot be read (${d})`,
    noSheet: (s: string, f: string, all: string[]) =>
      `There is no sheet "${s}" in ${f}; the sheets are: ${all.map((a) => `"${a}"`).join(", ")}`,
    noTable: (f: string, option: string) =>
      `No budget table found in ${f}: no sheet has ${labelsFor("en").budgetTableWanted}; choose one with ${option}`,
    noTableOn: (s: string) =>
      `No budget table found on sheet "${s}": it needs ${labelsFor("en").budgetTableWanted}`,
    sameAsInput: (o: string) =>
      `${o} is the input file; choose another name so the original is kept`,
    noFolder: (o: string) => `The folder for ${o} does not exist`,
    isFolder: (o: string) => `${o} is a folder; give a file name`,
    writeFailed: (o: string, d: string) => `Could not save ${o} (${d})`,
    unexpected: (d: string) => `Unexpected error: ${d}`,
    reading: (f: string) => `Reading ${f} …`,
    wrote: (o: string, s: string) => `Saved ${o} with the sheet "${s}".`,
    macroAsXlsx: (o: string) =>
      `${o}: the workbook has macros (.xlsm); name the copy .xlsm, or Excel cannot open it`,
    plainAsXlsm: (o: string) => `${o}: the workbook has no macros; name the copy .xlsx`,
    notWorkbookName: (o: string, ext: string) =>
      `${o}: --write saves an Excel workbook, so the copy must be named .${ext}; for a CSV file use --csv`,
    archived: (a: string, s: string) =>
      `The sheet "${a}" was budgettjek's overview but has been renamed; it is yours now and was not changed. The new overview is in "${s}".`,
    savedFile: (o: string) => `Saved ${o}.`,
    skippedNames: (n: string[]) =>
      `The names ${n.join(", ")} already exist in the workbook and point elsewhere; they were left alone.`,
    renamed: (s: string) =>
      `A sheet "${DEFAULT_OVERVIEW_SHEET}" exists that budgettjek did not make; the overview is in "${s}".`,
  },
};
