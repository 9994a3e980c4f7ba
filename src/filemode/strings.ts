// File mode's own words (the pane's live in src/taskpane/strings.ts, the plan's labels such as the
// app's name in core/words/labels.ts, spread in). One table per language; the Danish table's shape is
// the contract, so a missing English (or Danish) string is a compile error.
import type { PackageProblem } from "../core";
import { packageProblemText, packageProblemTitle } from "../core/words";
import { labelsFor, type Labels } from "../core/words";
import type { Lang } from "../core";
import { formatCount } from "../core";
import { MAX_FILE_BYTES, type FileOpenErrorCode } from "./openFile";

const MAX_MB = Math.round(MAX_FILE_BYTES / (1024 * 1024));

const da = {
  outsideExcel:
    "Budgettjek kører her uden for Excel. Åbn tryghedsplanens budgetark (.xlsx), så tjekker " +
    "vi det på samme måde som tilføjelsesprogrammet i Excel.",
  privacy: "Filen bliver i din browser: den sendes ikke nogen steder hen.",
  openButton: "Åbn regneark…",
  openAnother: "Åbn et andet regneark…",
  dropHint: "eller træk en .xlsx-fil herind",
  dropActive: "Slip filen for at åbne den",
  loading: (f: string) => `Åbner ${f} …`,
  opened: (f: string) => `Åbnet: ${f}`,
  languageLabel: "Sprog",
  darkLabel: "Mørkt tema",
  errorTitle: "Filen kunne ikke bruges",
  errors: {
    // A file the reader refuses is worded by the reader's reason (core/words fileProblems).
    UNREADABLE: (f: string) => `${f} kunne ikke læses.`,
    UNEXPECTED: (f: string) =>
      `${f} kunne ikke læses på grund af en uventet fejl i budgettjek. Prøv igen; sker det igen, ` +
      `så send filen til den, der vedligeholder budgettjek.`,
    TOO_LARGE: (f: string) =>
      `${f} er for stor til at blive tjekket i browseren (mere end ${MAX_MB} MB eller over en ` +
      `million celler på et ark). Brug tilføjelsesprogrammet i Excel eller kommandoen budgettjek.`,
    NO_BUDGET_TABLE: (f: string) =>
      `Der er ingen budgettabel i ${f}. Budgettjek leder efter ${labelsFor("da").budgetTableWanted}.`,
    READ_FAILED: (f: string) =>
      `${f} kunne ikke åbnes, fordi en del af siden ikke kunne indlæses. Genindlæs siden og prøv igen.`,
  } satisfies Record<FileOpenErrorCode, (file: string) => string>,
  details: "Detaljer",
  problem: (p: PackageProblem, file: string) => `${packageProblemText(p, file, "da")}.`,
  problemTitle: (p: PackageProblem) => packageProblemTitle(p, "da"),
  previewScrollLabel: (sheet: string) => `Visning af arket ${sheet} (kun læsning)`,
  previewCaption: (sheet: string) => `Arket «${sheet}» (kun visning)`,
  previewTruncated: (rows: number, total: number, cols: number, width: number) =>
    `Viser ${formatCount(rows, "da")} af ${formatCount(total, "da")} rækker og ${formatCount(cols, "da")} af ${formatCount(width, "da")} kolonner.`,
  rowHeader: "Række",
  previewTarget: (cell: string, column?: string) =>
    column ? `Fundets celle: ${cell} (${column})` : `Fundets celle: ${cell}`,
  previewActivity: (nr: string | undefined, name: string) =>
    nr ? `Aktivitet: Nr. ${nr} ${name}` : `Aktivitet: ${name}`,
  /** Shown in the pointed-at cell when it is empty (an empty cell is often the finding). */
  previewEmpty: "(tom)",
  backToFinding: "Tilbage til fundet",
  bool: (v: boolean): string => (v ? "SAND" : "FALSK"),
};

const en: typeof da = {
  outsideExcel:
    "Budget check is running outside Excel. Open the safety plan's budget sheet (.xlsx) and it " +
    "is checked the same way as by the add-in in Excel.",
  privacy: "The file stays in your browser: it is not sent anywhere.",
  openButton: "Open workbook…",
  openAnother: "Open another workbook…",
  dropHint: "or drag an .xlsx file here",
  dropActive: "Drop the file to open it",
  loading: (f) => `Opening ${f} …`,
  opened: (f) => `Opened: ${f}`,
  languageLabel: "Language",
  darkLabel: "Dark theme",
  errorTitle: "The file could not be used",
  errors: {
    UNREADABLE: (f) => `${f} could not be read.`,
    UNEXPECTED: (f) =>
      `${f} could not be read because of an unexpected error in budget check. Try again; if it ` +
      `happens again, send the file to whoever maintains budget check.`,
    TOO_LARGE: (f) =>
      `${f} is too large to check in the browser (more than ${MAX_MB} MB or over a million cells ` +
      `on a sheet). Use the Excel add-in or the budgettjek command.`,
    NO_BUDGET_TABLE: (f) =>
      `There is no budget table in ${f}. Budget check looks for ${labelsFor("en").budgetTableWanted}.`,
    READ_FAILED: (f) =>
      `${f} could not be opened because part of the page failed to load. Reload the page and try again.`,
  },
  details: "Details",
  problem: (p, file) => `${packageProblemText(p, file, "en")}.`,
  problemTitle: (p) => packageProblemTitle(p, "en"),
  previewScrollLabel: (sheet) => `View of sheet ${sheet} (read-only)`,
  previewCaption: (sheet) => `Sheet “${sheet}” (view only)`,
  previewTruncated: (rows, total, cols, width) =>
    `Showing ${formatCount(rows, "en")} of ${formatCount(total, "en")} rows and ${formatCount(cols, "en")} of ${formatCount(width, "en")} columns.`,
  rowHeader: "Row",
  previewTarget: (cell, column) =>
    column ? `The finding's cell: ${cell} (${column})` : `The finding's cell: ${cell}`,
  previewActivity: (nr, name) => (nr ? `Activity: No. ${nr} ${name}` : `Activity: ${name}`),
  previewEmpty: "(empty)",
  backToFinding: "Back to the finding",
  bool: (v) => (v ? "TRUE" : "FALSE"),
};

export type FileStrings = Labels & typeof da;

export const fileStrings: { readonly [L in Lang]: FileStrings } = {
  da: { ...labelsFor("da"), ...da },
  en: { ...labelsFor("en"), ...en },
};
