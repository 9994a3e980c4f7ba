// The pane's own words (buttons, hints, dialogs, its messages), one table per language; the words
// of the plan's concepts (total, frame, leftover, anchoring, …) come from the core's one label table
// (core/words/labels.ts) and are spread in, so `t` holds both. The Danish table's shape is the contract:
// a key missing from the English table is a compile error, and no pane key may shadow a label.
import { labelsFor, type Labels } from "../core/words";
import { settingsProblemText } from "../core/words";
import type { SettingsProblem } from "../core";
import type { Lang } from "../core";
import { formatCount } from "../core";
import type { HostErrorCode } from "../host/HostError";

/**
 * The failures opening, reading or checking a sheet can meet: worded here, so such an error never
 * waits for words. What only an action meets (writing, approving, a fix, a refused name or setting)
 * is worded in words/later.ts, loaded with the error.
 */
export type OpeningErrorCode = Extract<
  HostErrorCode,
  "PROTECTED" | "TOO_LARGE" | "NOT_SUPPORTED" | "EDIT_MODE" | "SHEET_MISSING" | "UNKNOWN"
>;

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
  pdfButton: "Hent rapport (PDF)",
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
  errorTitle: "Det lykkedes ikke",
  hostErrors: {
    PROTECTED:
      "Arket er beskyttet. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse), og prøv igen.",
    TOO_LARGE:
      "Arket er for stort til at blive læst på én gang. Gør det brugte område mindre, og prøv igen.",
    NOT_SUPPORTED:
      "Denne version af Excel understøtter ikke funktionen. Opdatér Excel, eller brug Excel på nettet.",
    EDIT_MODE:
      "Excel er i redigeringstilstand. Afslut redigeringen af cellen (tryk Enter eller Esc), og prøv igen.",
    SHEET_MISSING: "Arket findes ikke længere. Vælg et ark på listen igen.",
    UNKNOWN:
      "Der skete en uventet fejl. Prøv igen; sker det igen, så send detaljerne nedenfor videre.",
  } satisfies Record<OpeningErrorCode, string>,
  errorDetail: (detail: string) => `Detaljer: ${detail}`,
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
  why: "Hvorfor",
  how: "Sådan retter du det",
  fixing: "Retter …",
  fixToNumber: (amount: string) => `Ret til tal: ${amount}`,
  fixReadAs: (amount: string) => `Læs som ${amount}`,
  fixSum: (formula: string) => `Erstat med ${formula}`,
  fixAria: (label: string, cell: string) => `${label} i cellen ${cell}`,
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
  pdfButton: "Download report (PDF)",
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
  errorTitle: "That did not work",
  hostErrors: {
    PROTECTED: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    TOO_LARGE: "The sheet is too large to read at once. Make its used range smaller and try again.",
    NOT_SUPPORTED:
      "This version of Excel does not support this feature. Update Excel or use Excel on the web.",
    EDIT_MODE:
      "Excel is in cell-edit mode. Finish editing the cell (press Enter or Esc) and try again.",
    SHEET_MISSING: "The sheet no longer exists. Choose a sheet from the list again.",
    UNKNOWN:
      "Something unexpected went wrong. Try again; if it happens again, pass on the details below.",
  },
  errorDetail: (detail) => `Details: ${detail}`,
  dismiss: "Dismiss",
  resolvedCount: (n) => `${n} ${n === 1 ? "finding" : "findings"} resolved since the last check.`,
  kindHeading: (severity, title, n) => `${severity}: ${title} (${formatCount(n, "en")})`,
  showAll: (n) => `Show all ${formatCount(n, "en")}`,
  showAllLabel: (n, kind) => `Show all ${formatCount(n, "en")} findings: ${kind}`,
  showFewer: "Show fewer",
  fixAll: (n) => `Fix all ${formatCount(n, "en")} of this kind`,
  fixAllLabel: (n, kind) => `Fix all ${formatCount(n, "en")} of this kind: ${kind}`,
  why: "Why",
  how: "How to fix",
  fixing: "Fixing …",
  fixToNumber: (amount) => `Convert to number: ${amount}`,
  fixReadAs: (amount) => `Read as ${amount}`,
  fixSum: (formula) => `Replace with ${formula}`,
  fixAria: (label, cell) => `${label} in cell ${cell}`,
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
