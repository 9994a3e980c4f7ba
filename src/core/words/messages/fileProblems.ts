// One clear sentence per way a workbook file cannot be read, or a fix not written into a copy of
// it, naming the file (and the part, the limit, or the sheet and cell), in Danish and English.
// Keyed by code, so a new code without words fails to compile.
import type {
  CellEditProblem,
  CellEditProblemCode,
  PackageProblem,
  PackageProblemCode,
} from "../../fileProblems";
import type { Lang } from "../../types";

const MB = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

type PackageTexts = Record<PackageProblemCode, (f: string, p: PackageProblem) => string>;
type CellEditTexts = Record<CellEditProblemCode, (f: string, p: CellEditProblem) => string>;

const LIMIT_DA = (f: string, p: PackageProblem): string => {
  const v = p.limit?.value ?? 0;
  if (p.limit?.name === "entries") {
    return `${f} indeholder for mange dele (over ${v}) til at blive læst sikkert`;
  }
  if (p.limit?.name === "total") {
    return `${f} fylder for meget udpakket (over ${MB(v)} MB i alt) til at blive læst sikkert`;
  }
  return `${f} kan ikke læses sikkert: delen ${p.part ?? "?"} fylder over ${MB(v)} MB udpakket (grænsen pr. del)`;
};

const LIMIT_EN = (f: string, p: PackageProblem): string => {
  const v = p.limit?.value ?? 0;
  if (p.limit?.name === "entries") return `${f} holds too many parts (over ${v}) to be read safely`;
  if (p.limit?.name === "total") {
    return `${f} is too large unpacked (over ${MB(v)} MB in all) to be read safely`;
  }
  return `${f} cannot be read safely: the part ${p.part ?? "?"} unpacks to over ${MB(v)} MB (the per-part limit)`;
};

const PACKAGE: Record<Lang, PackageTexts> = {
  da: {
    EMPTY: (f) =>
      `${f} er tom (0 byte): der er intet i den at læse; gem den igen fra Excel, eller hent den igen, hvis den kom fra en download`,
    NOT_ZIP: (f) => `${f} er ikke en Excel-projektmappe (.xlsx)`,
    ENCRYPTED: (f) =>
      `${f} er beskyttet med adgangskode; gem en kopi uden adgangskode (Filer > Info > Beskyt projektmappe)`,
    XLS: (f) =>
      `${f} er i det gamle .xls-format; åbn den i Excel og gem den som .xlsx (Excel-projektmappe)`,
    XLSB: (f) =>
      `${f} er en binær Excel-projektmappe (.xlsb); åbn den i Excel og gem den som .xlsx (Excel-projektmappe)`,
    ODS: (f) =>
      `${f} er et OpenDocument-regneark (.ods); gem det som Excel-projektmappe (.xlsx) og prøv igen`,
    OTHER_OFFICE: (f) =>
      `${f} er et andet Office-dokument (fx Word), ikke en Excel-projektmappe (.xlsx)`,
    NO_WORKBOOK: (f) =>
      `${f} er et zip-arkiv uden projektmappe, ikke en Excel-projektmappe (.xlsx)`,
    TRUNCATED: (f) =>
      `${f} er ufuldstændig: filen slutter for tidligt (fx efter en afbrudt download eller kopiering); hent eller kopiér den igen`,
    BAD_XML: (f, p) =>
      p.part
        ? `${f} er beskadiget: delen ${p.part} er ikke gyldig XML`
        : `${f} er beskadiget: en del af filen er ikke gyldig XML`,
    UNSAFE_XML: (f, p) =>
      `${f} læses ikke af sikkerhedshensyn: delen ${p.part ?? "?"} definerer XML-entiteter (en DOCTYPE), som Excel aldrig skriver`,
    LIMIT: LIMIT_DA,
    CORRUPT: (f, p) => `${f} er beskadiget og kan ikke åbnes${p.part ? ` (delen ${p.part})` : ""}`,
    UNSUPPORTED: (f, p) =>
      `${f} bruger en zip-udgave, som budgettjek ikke kan læse${p.part ? ` (delen ${p.part})` : ""}; gem den igen fra Excel`,
    COPY_INVALID: (f, p) =>
      `Kopien af ${f} blev ikke gemt: delen ${p.part ?? "?"} ville ikke være gyldig, og Excel ville kalde kopien beskadiget. ${f} er ikke ændret; åbn den i Excel, gem den, og prøv igen`,
  },
  en: {
    EMPTY: (f) =>
      `${f} is empty (0 bytes): there is nothing in it to read; save it again from Excel, or download it again if it came from a download`,
    NOT_ZIP: (f) => `${f} is not an Excel workbook (.xlsx)`,
    ENCRYPTED: (f) => `${f} is password-protected; save a copy without a password`,
    XLS: (f) => `${f} is in the old .xls format; open it in Excel and save it as .xlsx`,
    XLSB: (f) => `${f} is a binary Excel workbook (.xlsb); open it in Excel and save it as .xlsx`,
    ODS: (f) => `${f} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)`,
    OTHER_OFFICE: (f) =>
      `${f} is another Office document (e.g. Word), not an Excel workbook (.xlsx)`,
    NO_WORKBOOK: (f) => `${f} is a zip archive without a workbook, not an Excel workbook (.xlsx)`,
    TRUNCATED: (f) =>
      `${f} is incomplete: the file ends early (e.g. an interrupted download or copy); download or copy it again`,
    BAD_XML: (f, p) =>
      p.part
        ? `${f} is damaged: the part ${p.part} is not well-formed XML`
        : `${f} is damaged: a part of it is not well-formed XML`,
    UNSAFE_XML: (f, p) =>
      `${f} is not read, for safety: the part ${p.part ?? "?"} defines XML entities (a DOCTYPE), which Excel never writes`,
    LIMIT: LIMIT_EN,
    CORRUPT: (f, p) =>
      `${f} is damaged and cannot be opened${p.part ? ` (the part ${p.part})` : ""}`,
    UNSUPPORTED: (f, p) =>
      `${f} uses a zip feature budgettjek cannot read${p.part ? ` (the part ${p.part})` : ""}; save it again from Excel`,
    COPY_INVALID: (f, p) =>
      `The copy of ${f} was not saved: its part ${p.part ?? "?"} would not be valid, and Excel would call the copy damaged. ${f} is unchanged; open it in Excel, save it and try again`,
  },
};

const CELL_EDIT: Record<Lang, CellEditTexts> = {
  da: {
    ARRAY_FORMULA: (f, p) =>
      `Cellen ${p.cell} på arket «${p.sheet}» i ${f} er en del af en matrixformel; ret den i Excel`,
    SHARED_FORMULA: (f, p) =>
      `Cellen ${p.cell} på arket «${p.sheet}» i ${f} er en delt formel, som andre celler bruger; ret den i Excel`,
    NO_CELLS: (f, p) =>
      `Arket «${p.sheet}» i ${f} har ingen celler, så ${p.cell} kan ikke rettes i kopien`,
    UNNUMBERED_ROWS: (f, p) =>
      `Arket «${p.sheet}» i ${f} har rækker uden nummer, så ${p.cell} kan ikke rettes i kopien; gem filen igen fra Excel`,
    SHEET_MISSING: (f, p) => `Arket «${p.sheet}» findes ikke i ${f}, så ${p.cell} kan ikke rettes`,
  },
  en: {
    ARRAY_FORMULA: (f, p) =>
      `The cell ${p.cell} on the sheet "${p.sheet}" in ${f} is part of an array formula; change it in Excel`,
    SHARED_FORMULA: (f, p) =>
      `The cell ${p.cell} on the sheet "${p.sheet}" in ${f} holds a shared formula other cells use; change it in Excel`,
    NO_CELLS: (f, p) =>
      `The sheet "${p.sheet}" in ${f} has no cells, so ${p.cell} cannot be fixed in the copy`,
    UNNUMBERED_ROWS: (f, p) =>
      `The sheet "${p.sheet}" in ${f} has rows without numbers, so ${p.cell} cannot be fixed in the copy; save the file again from Excel`,
    SHEET_MISSING: (f, p) => `There is no sheet "${p.sheet}" in ${f}, so ${p.cell} cannot be fixed`,
  },
};

/** The sentence for a file that cannot be read (or copied), naming the file. */
export function packageProblemText(p: PackageProblem, file: string, lang: Lang): string {
  return PACKAGE[lang][p.code](file, p);
}

/** The sentence for a fix that cannot be written into a copy, naming the file, sheet and cell. */
export function cellEditProblemText(p: CellEditProblem, file: string, lang: Lang): string {
  return CELL_EDIT[lang][p.code](file, p);
}
