// File mode's own words (the pane's live in src/taskpane/strings.ts, the plan's labels such as the
// app's name in core/words/labels.ts, spread in). One table per language; the Danish table's shape is
// the contract, so a missing English (or Danish) string is a compile error.
import type { PackageProblem } from "../core";
import { packageProblemText } from "../core/words";
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
    NOT_XLSX: (f: string) =>
      `${f} er ikke et Excel-regneark (.xlsx). Gem arket som Excel-projektmappe (.xlsx) og åbn det igen.`,
    CORRUPT: (f: string) =>
      `${f} kunne ikke læses: filen ser ud til at være beskadiget. Åbn den i Excel, gem den igen ` +
      `som .xlsx, og prøv så her.`,
    ENCRYPTED: (f: string) =>
      `${f} er beskyttet med adgangskode (eller i det gamle .xls-format). Fjern adgangskoden i ` +
      `Excel (Filer › Info › Beskyt projektmappe) og gem som .xlsx, så kan den åbnes her.`,
    TOO_LARGE: (f: string) =>
      `${f} er for stor til at blive tjekket i browseren (mere end ${MAX_MB} MB eller over en ` +
      `million celler på et ark). Brug tilføjelsesprogrammet i Excel eller kommandoen budgettjek.`,
    UNSAFE: (f: string) =>
      `${f} åbnes ikke af sikkerhedshensyn: den indeholder XML-konstruktioner, som Excel aldrig ` +
      `skriver. Åbn den i Excel, gem den igen som .xlsx, og prøv så her.`,
    NO_BUDGET_TABLE: (f: string) =>
      `Der er ingen budgettabel i ${f}. Budgettjek leder efter ${labelsFor("da").budgetTableWanted}.`,
    READ_FAILED: (f: string) =>
      `${f} kunne ikke åbnes, fordi en del af siden ikke kunne indlæses. Genindlæs siden og prøv igen.`,
  } satisfies Record<FileOpenErrorCode, (file: string) => string>,
  details: "Detaljer",
  problem: (p: PackageProblem, file: string) => packageProblemText(p, file, "da"),
  previewScrollLabel: (sheet: string) => `Visning af arket ${sheet} (kun læsning)`,
  previewCaption: (sheet: string) => `Arket «${sheet}» (kun visning)`,
  previewTruncated: (rows: number, total: number, cols: number, width: number) =>
    `Viser ${formatCount(rows, "da")} af ${formatCount(total, "da")} rækker og ${formatCount(cols, "da")} af ${formatCount(width, "da")} kolonner.`,
  rowHeader: "Række",
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
    NOT_XLSX: (f) =>
      `${f} is not an Excel workbook (.xlsx). Save the sheet as an Excel workbook (.xlsx) and open it again.`,
    CORRUPT: (f) =>
      `${f} could not be read: the file looks damaged. Open it in Excel, save it again as .xlsx, ` +
      `then try here.`,
    ENCRYPTED: (f) =>
      `${f} is password-protected (or in the old .xls format). Remove the password in Excel ` +
      `(File › Info › Protect Workbook) and save as .xlsx to open it here.`,
    TOO_LARGE: (f) =>
      `${f} is too large to check in the browser (more than ${MAX_MB} MB or over a million cells ` +
      `on a sheet). Use the Excel add-in or the budgettjek command.`,
    UNSAFE: (f) =>
      `${f} is not opened, for safety: it holds XML constructs Excel never writes. Open it in ` +
      `Excel, save it again as .xlsx, then try here.`,
    NO_BUDGET_TABLE: (f) =>
      `There is no budget table in ${f}. Budget check looks for ${labelsFor("en").budgetTableWanted}.`,
    READ_FAILED: (f) =>
      `${f} could not be opened because part of the page failed to load. Reload the page and try again.`,
  },
  details: "Details",
  problem: (p, file) => packageProblemText(p, file, "en"),
  previewScrollLabel: (sheet) => `View of sheet ${sheet} (read-only)`,
  previewCaption: (sheet) => `Sheet “${sheet}” (view only)`,
  previewTruncated: (rows, total, cols, width) =>
    `Showing ${formatCount(rows, "en")} of ${formatCount(total, "en")} rows and ${formatCount(cols, "en")} of ${formatCount(width, "en")} columns.`,
  rowHeader: "Row",
  bool: (v) => (v ? "TRUE" : "FALSE"),
};

export type FileStrings = Labels & typeof da;

export const fileStrings: { readonly [L in Lang]: FileStrings } = {
  da: { ...labelsFor("da"), ...da },
  en: { ...labelsFor("en"), ...en },
};
