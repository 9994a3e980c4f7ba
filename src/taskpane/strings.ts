// The pane's own words (buttons, hints, dialogs, its messages), one table per language; the words
// of the plan's concepts (total, frame, leftover, anchoring, …) come from the core's one label table
// (core/words/labels.ts) and are spread in, so `t` holds both. The Danish table's shape is the contract:
// a key missing from the English table is a compile error, and no pane key may shadow a label.
import { labelsFor, type Labels } from "../core/words";
import { cellEditProblemText, packageProblemText, settingsProblemText } from "../core/words";
import type { CellEditProblem, PackageProblem } from "../core";
import type { SettingsProblem } from "../core";
import type { Lang } from "../core";
import { formatCount } from "../core";
import type { HostErrorCode } from "../host/HostError";

const da = {
  count: (n: number) => formatCount(n, "da"),
  intro: "Tjekker tryghedsplanens budget mod rammen pr. år.",
  loading: "Læser projektmappen …",
  settingsHeading: "Indstillinger",
  actionsHeading: "Handlinger",
  checkButton: "Tjek budget",
  checking: "Tjekker budgettet …",
  writeButton: "Skriv oversigt",
  writing: "Skriver oversigten …",
  exportHeading: "Eksportér",
  exportWorkbookButton: "Som ny projektmappe",
  exportCsvButton: "Som CSV-fil",
  exporting: "Eksporterer …",
  exportWorkbookDone: "Oversigten er eksporteret til en ny projektmappe.",
  exportCsvDone: (fileName: string) => `CSV-filen ${fileName} er klar.`,
  exportCsvAsWorkbook:
    "Tabellen er åbnet som en ny projektmappe (Excel til Mac og iPad kan ikke hente filer fra ruden). Gem den som CSV med Filer → Gem som.",
  pdfButton: "Hent rapport (PDF)",
  pdfDone: (fileName: string) => `Rapporten ${fileName} er klar.`,
  pdfNoDownload:
    "Excel til Mac og iPad kan ikke hente filer fra ruden. Åbn regnearket i browseren (filtilstand) eller brug budgettjek --pdf for at få rapporten som PDF.",
  resultsHeading: "Resultat",
  yearsHeading: "År",
  yearCardTitle: (year: number) => `${year}`,
  /** Beside a year's title when the sheet has spending for it but no budget column. */
  spendingOnly: "kun forbrug",
  usedOfFrame: "Brugt af rammen",
  usedPercent: (percent: string) => `${percent} af rammen brugt`,
  withinFrameLeft: (amount: string) => `Inden for rammen: ${amount} tilbage`,
  noFindings: "Ingen fund: budgettet holder sig inden for reglerne.",
  showCell: "Vis",
  showCellLabel: (cell: string) => `Vis cellen ${cell}`,
  countsHeading: "Optælling",
  announceDone: (errors: number, warnings: number) =>
    `Tjek færdigt: ${formatCount(errors, "da")} fejl, ${
      warnings === 0
        ? "ingen advarsler"
        : `${formatCount(warnings, "da")} ${warnings === 1 ? "advarsel" : "advarsler"}`
    }.`,
  noBudgetTableTitle: "Ingen budgettabel fundet",
  noBudgetTableAnnounce: (sheet: string) => `Tjek færdigt: ingen budgettabel i arket ‘${sheet}’.`,
  noBudgetTableBody: (sheet: string) =>
    `Arket ‘${sheet}’ har ingen tabel, som budgettjekket kan læse. Det leder efter ${labelsFor("da").budgetTableWanted}. Vælg et andet ark, eller tilføj overskrifterne.`,
  settingsProblemsTitle: "De gemte indstillinger kunne ikke læses",
  settingsProblemsBody: "Standardværdierne bruges i stedet. Det, der var galt:",
  /** One refused setting, named as in the form. */
  settingsProblem: (p: SettingsProblem) => settingsProblemText(p, "da"),
  /** A file (file mode) that could not be read or copied, naming it and the part. */
  packageProblem: (p: PackageProblem, file: string) => packageProblemText(p, file, "da"),
  /** A fix the copy could not take, naming the file, sheet and cell. */
  cellEditProblem: (p: CellEditProblem, file: string) => cellEditProblemText(p, file, "da"),
  /** A sheet over the browser's cell limit. */
  tooManyCells: (sheet: string, count: number, max: number) =>
    `Arket «${sheet}» har ${count.toLocaleString("da-DK")} udfyldte celler; i browseren læses højst ${max.toLocaleString("da-DK")}.`,
  errorTitle: "Det lykkedes ikke",
  hostErrors: {
    PROTECTED:
      "Arket er beskyttet. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse), og prøv igen.",
    TOO_LARGE:
      "Arket er for stort til at blive læst på én gang. Gør det brugte område mindre, og prøv igen.",
    WRITE_TOO_LARGE:
      "Excel afviste at få så meget skrevet på én gang (Excel på nettet tager højst 5 MB ad gangen). Dine egne ark er ikke ændret. Prøv igen; sker det igen, så brug Excel til Windows eller Mac.",
    BASELINE_TOO_LARGE:
      "Planen er for stor til at blive gemt som godkendt grundlag i Excel på nettet (højst 5 MB ad gangen). Intet er gemt, og et tidligere grundlag er uændret. Godkend planen i Excel til Windows eller Mac.",
    NOT_SUPPORTED:
      "Denne version af Excel understøtter ikke funktionen. Opdatér Excel, eller brug Excel på nettet.",
    EDIT_MODE:
      "Excel er i redigeringstilstand. Afslut redigeringen af cellen (tryk Enter eller Esc), og prøv igen.",
    SHEET_MISSING: "Arket findes ikke længere. Vælg et ark på listen igen.",
    NAME_TAKEN: "Navnet er allerede brugt af et andet ark. Vælg et andet navn.",
    NAME_IN_USE:
      "Excel afviste oversigten, fordi et navn, den skal bruge, allerede findes i projektmappen (en tabel eller et defineret navn). Omdøb det under Formler › Navnestyring, og prøv igen.",
    FILE_UNREADABLE:
      "Filen kunne ikke læses. Den kan være beskadiget; prøv at gemme den igen fra Excel.",
    SETTINGS_INVALID: "Indstillingerne kunne ikke gemmes, fordi en af dem ikke er gyldig.",
    FIX_NOT_WRITTEN:
      "En rettelse kunne ikke skrives i kopien, så der er ikke hentet nogen kopi. Ret cellen i Excel, og prøv igen.",
    UNKNOWN:
      "Der skete en uventet fejl. Prøv igen; sker det igen, så send detaljerne nedenfor videre.",
  } satisfies Record<HostErrorCode, string>,
  /** NAME_IN_USE where Excel said what clashed. */
  nameInUse: {
    table:
      "Excel afviste oversigten, fordi en tabel i projektmappen allerede har det navn, oversigtens tabel skal have. Omdøb tabellen (Tabeldesign › Tabelnavn), og prøv igen.",
    name: "Excel afviste oversigten, fordi et defineret navn i projektmappen allerede har et af de navne, oversigten skal bruge. Omdøb det under Formler › Navnestyring, og prøv igen.",
  },
  errorDetail: (detail: string) => `Detaljer: ${detail}`,
  writeDone: (sheet: string) => `Oversigten er skrevet i arket ‘${sheet}’.`,
  writeDoneFile: (sheet: string, fileName: string) =>
    `Oversigten er skrevet i arket ‘${sheet}’ i projektmappen ${fileName}.`,
  writeSkippedNames: (names: string) =>
    `Navnene ${names} findes allerede i projektmappen og peger på noget andet; de er ikke ændret.`,
  writeNoPageSetup:
    "Denne version af Excel kan ikke sætte udskriftsopsætning fra et tilføjelsesprogram, så arket er skrevet uden (liggende A4, én side bred, gentagen overskrift og sidefod). Sæt det under Sidelayout, eller brug Hent rapport (PDF).",
  writeRefusedPageSetup:
    "Arket er skrevet uden udskriftsopsætning: Excel afviste den (liggende A4, én side bred, gentagen overskrift og sidefod). Sæt den under Sidelayout, eller brug Hent rapport (PDF).",
  dismiss: "Luk",
  resolvedCount: (n: number) => `${n} fund er løst siden sidste tjek.`,
  kindHeading: (severity: string, title: string, n: number) =>
    `${severity}: ${title} (${formatCount(n, "da")})`,
  showAll: (n: number) => `Vis alle ${formatCount(n, "da")}`,
  showAllLabel: (n: number, kind: string) => `Vis alle ${formatCount(n, "da")} fund: ${kind}`,
  showFewer: "Vis færre",
  fixAll: (n: number) => `Ret alle ${formatCount(n, "da")} af denne slags`,
  fixAllLabel: (n: number, kind: string) =>
    `Ret alle ${formatCount(n, "da")} af denne slags: ${kind}`,
  fixAllWritten: (n: number) =>
    `${formatCount(n, "da")} celler er rettet på én gang, og budgettet er tjekket igen. Fortryd ` +
    `dem alle med ét Ctrl+Z (Cmd+Z på Mac).`,
  fixAllWrittenMayNotUndo: (n: number) =>
    `${formatCount(n, "da")} celler er rettet, og budgettet er tjekket igen. Excel kunne ikke gøre ` +
    `rettelserne til ét fortryd-trin, så Ctrl+Z (Cmd+Z på Mac) fortryder dem måske ikke.`,
  fixAllInCopy: (n: number, pending: number) =>
    `${formatCount(n, "da")} rettelser er vist her og kommer med i den kopi, du henter med ` +
    `«Skriv oversigt» (${formatCount(pending, "da")} i alt). Den oprindelige fil ændres ikke.`,
  why: "Hvorfor",
  how: "Sådan retter du det",
  fixing: "Retter …",
  fixToNumber: (amount: string) => `Ret til tal: ${amount}`,
  fixReadAs: (amount: string) => `Læs som ${amount}`,
  fixSum: (formula: string) => `Erstat med ${formula}`,
  fixAria: (label: string, cell: string) => `${label} i cellen ${cell}`,
  fixWritten: (cell: string) =>
    `Cellen ${cell} er rettet, og budgettet er tjekket igen. Fortryd med Ctrl+Z (Cmd+Z på Mac).`,
  fixWrittenMayNotUndo: (cell: string) =>
    `Cellen ${cell} er rettet, og budgettet er tjekket igen. Excel kunne ikke gøre rettelsen til ét ` +
    `fortryd-trin, så Ctrl+Z (Cmd+Z på Mac) fortryder den måske ikke; ret cellen selv, hvis den skal tilbage.`,
  fixInCopy: (cell: string, n: number) =>
    `Rettelsen af ${cell} er vist her og kommer med i den kopi, du henter med «Skriv oversigt» ` +
    `(${n} ${n === 1 ? "rettelse" : "rettelser"} i alt). Den oprindelige fil ændres ikke.`,
};

const en: PaneStrings = {
  count: (n) => formatCount(n, "en"),
  intro: "Checks the safety plan's budget against the yearly frame.",
  loading: "Reading the workbook …",
  settingsHeading: "Settings",
  actionsHeading: "Actions",
  checkButton: "Check budget",
  checking: "Checking the budget …",
  writeButton: "Write overview",
  writing: "Writing the overview …",
  exportHeading: "Export",
  exportWorkbookButton: "As a new workbook",
  exportCsvButton: "As a CSV file",
  exporting: "Exporting …",
  exportWorkbookDone: "The overview was exported to a new workbook.",
  exportCsvDone: (fileName) => `The CSV file ${fileName} is ready.`,
  exportCsvAsWorkbook:
    "The table opened as a new workbook (Excel for Mac and iPad cannot download files from the pane). Save it as CSV with File → Save As.",
  pdfButton: "Download report (PDF)",
  pdfDone: (fileName) => `The report ${fileName} is ready.`,
  pdfNoDownload:
    "Excel for Mac and iPad cannot download files from the pane. Open the workbook in the browser (file mode) or use budgettjek --pdf to get the report as a PDF.",
  resultsHeading: "Result",
  yearsHeading: "Years",
  yearCardTitle: (year) => `${year}`,
  spendingOnly: "spending only",
  usedOfFrame: "Used of the frame",
  usedPercent: (percent) => `${percent} of the frame used`,
  withinFrameLeft: (amount) => `Within the frame: ${amount} left`,
  noFindings: "No findings: the budget keeps to the rules.",
  showCell: "Show",
  showCellLabel: (cell) => `Show cell ${cell}`,
  countsHeading: "Counts",
  announceDone: (errors, warnings) =>
    `Check done: ${formatCount(errors, "en")} ${errors === 1 ? "error" : "errors"}, ${
      warnings === 0
        ? "no warnings"
        : `${formatCount(warnings, "en")} ${warnings === 1 ? "warning" : "warnings"}`
    }.`,
  noBudgetTableTitle: "No budget table found",
  noBudgetTableAnnounce: (sheet) => `Check done: no budget table on the sheet ‘${sheet}’.`,
  noBudgetTableBody: (sheet) =>
    `The sheet ‘${sheet}’ has no table the budget check can read. It looks for ${labelsFor("en").budgetTableWanted}. Choose another sheet, or add those headers.`,
  settingsProblemsTitle: "The stored settings could not be read",
  settingsProblemsBody: "The defaults are used instead. What was wrong:",
  settingsProblem: (p) => settingsProblemText(p, "en"),
  packageProblem: (p, file) => packageProblemText(p, file, "en"),
  cellEditProblem: (p, file) => cellEditProblemText(p, file, "en"),
  tooManyCells: (sheet, count, max) =>
    `The sheet "${sheet}" has ${count.toLocaleString("en-GB")} cells holding values; a browser reads at most ${max.toLocaleString("en-GB")}.`,
  errorTitle: "That did not work",
  hostErrors: {
    PROTECTED: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    TOO_LARGE: "The sheet is too large to read at once. Make its used range smaller and try again.",
    WRITE_TOO_LARGE:
      "Excel refused to take that much at once (Excel on the web takes at most 5 MB at a time). Your own sheets are unchanged. Try again; if it happens again, use Excel for Windows or Mac.",
    BASELINE_TOO_LARGE:
      "The plan is too large to store as the approved baseline in Excel on the web (at most 5 MB at a time). Nothing was stored, and an earlier baseline is unchanged. Approve the plan in Excel for Windows or Mac.",
    NOT_SUPPORTED:
      "This version of Excel does not support this feature. Update Excel or use Excel on the web.",
    EDIT_MODE:
      "Excel is in cell-edit mode. Finish editing the cell (press Enter or Esc) and try again.",
    SHEET_MISSING: "The sheet no longer exists. Choose a sheet from the list again.",
    NAME_TAKEN: "That name is already used by another sheet. Choose another name.",
    NAME_IN_USE:
      "Excel refused the overview because a name it needs is already used in the workbook (by a table or a defined name). Rename it under Formulas › Name Manager and try again.",
    FILE_UNREADABLE:
      "The file could not be read. It may be damaged; try saving it again from Excel.",
    SETTINGS_INVALID: "The settings could not be saved because one of them is not valid.",
    FIX_NOT_WRITTEN:
      "A fix could not be written into the copy, so no copy was downloaded. Fix the cell in Excel and try again.",
    UNKNOWN:
      "Something unexpected went wrong. Try again; if it happens again, pass on the details below.",
  },
  nameInUse: {
    table:
      "Excel refused the overview because a table in the workbook already has the name the overview's table needs. Rename that table (Table Design › Table Name) and try again.",
    name: "Excel refused the overview because a defined name in the workbook already has one of the names the overview needs. Rename it under Formulas › Name Manager and try again.",
  },
  errorDetail: (detail) => `Details: ${detail}`,
  writeDone: (sheet) => `The overview was written to the sheet ‘${sheet}’.`,
  writeDoneFile: (sheet, fileName) =>
    `The overview was written to the sheet ‘${sheet}’ in the workbook ${fileName}.`,
  writeSkippedNames: (names) =>
    `The names ${names} already exist in the workbook and refer to something else; they were left unchanged.`,
  writeNoPageSetup:
    "This version of Excel cannot set print options from an add-in, so the sheet was written without them (landscape A4, one page wide, repeated header, footer). Set them under Page Layout, or use Download report (PDF).",
  writeRefusedPageSetup:
    "The sheet was written without print options: Excel refused them (landscape A4, one page wide, repeated header, footer). Set them under Page Layout, or use Download report (PDF).",
  dismiss: "Dismiss",
  resolvedCount: (n) => `${n} ${n === 1 ? "finding" : "findings"} resolved since the last check.`,
  kindHeading: (severity, title, n) => `${severity}: ${title} (${formatCount(n, "en")})`,
  showAll: (n) => `Show all ${formatCount(n, "en")}`,
  showAllLabel: (n, kind) => `Show all ${formatCount(n, "en")} findings: ${kind}`,
  showFewer: "Show fewer",
  fixAll: (n) => `Fix all ${formatCount(n, "en")} of this kind`,
  fixAllLabel: (n, kind) => `Fix all ${formatCount(n, "en")} of this kind: ${kind}`,
  fixAllWritten: (n) =>
    `${formatCount(n, "en")} cells were fixed at once and the budget checked again. Undo them ` +
    `all with one Ctrl+Z (Cmd+Z on a Mac).`,
  fixAllWrittenMayNotUndo: (n) =>
    `${formatCount(n, "en")} cells were fixed and the budget checked again. Excel could not make ` +
    `the fixes one undo step, so Ctrl+Z (Cmd+Z on a Mac) may not undo them.`,
  fixAllInCopy: (n, pending) =>
    `${formatCount(n, "en")} fixes are shown here and go into the copy you download with “Write ` +
    `overview” (${formatCount(pending, "en")} in all). The original file is not changed.`,
  why: "Why",
  how: "How to fix",
  fixing: "Fixing …",
  fixToNumber: (amount) => `Convert to number: ${amount}`,
  fixReadAs: (amount) => `Read as ${amount}`,
  fixSum: (formula) => `Replace with ${formula}`,
  fixAria: (label, cell) => `${label} in cell ${cell}`,
  fixWritten: (cell) =>
    `Cell ${cell} was fixed and the budget checked again. Undo with Ctrl+Z (Cmd+Z on a Mac).`,
  fixWrittenMayNotUndo: (cell) =>
    `Cell ${cell} was fixed and the budget checked again. Excel could not make the fix one undo ` +
    `step, so Ctrl+Z (Cmd+Z on a Mac) may not undo it; change the cell back yourself if needed.`,
  fixInCopy: (cell, n) =>
    `The fix of ${cell} is shown here and goes into the copy you download with “Write overview” ` +
    `(${n} ${n === 1 ? "fix" : "fixes"} in all). The original file is not changed.`,
};

type PaneStrings = typeof da;
export type UiStrings = Labels & PaneStrings;

/** A pane key that is also a label would silently hide the shared wording. */
type Shadowed = keyof Labels & keyof PaneStrings;
const noShadowing: [Shadowed] extends [never] ? true : false = true;
void noShadowing;

export const strings: { readonly [L in Lang]: UiStrings } = {
  da: { ...labelsFor("da"), ...da },
  en: { ...labelsFor("en"), ...en },
};

/** A part's words may not reuse a key of the pane's or of a label: one wording per key. */
type Apart<W> = [keyof W & keyof UiStrings] extends [never] ? unknown : never;

/**
 * The words of a part that loads later (the settings form, the changes section, the write dialog,
 * what an action reports), in their own table in the same shape as this one (Danish first, English
 * typed by it), kept in that part's module so they arrive with its chunk. Joined to the pane's
 * words, so the part's components read one `t`.
 */
export function withPaneWords<W extends object>(
  part: { readonly [L in Lang]: W } & Apart<W>
): { readonly [L in Lang]: UiStrings & W } {
  return { da: { ...strings.da, ...part.da }, en: { ...strings.en, ...part.en } };
}
