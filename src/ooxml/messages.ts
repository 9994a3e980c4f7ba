// One clear sentence per way a workbook file cannot be read, naming the file (and the part or the
// limit), in Danish and English. The command prints it; file mode shows it as the details line.
import type { Lang } from "../core/types";
import type { PackageError } from "./errors";

const MB = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

type Texts = Record<PackageError["code"], (f: string, e: PackageError) => string>;

const LIMIT_DA = (f: string, e: PackageError): string => {
  const v = e.limit?.value ?? 0;
  if (e.limit?.name === "entries") {
    return `${f} indeholder for mange dele (over ${v}) til at blive læst sikkert`;
  }
  if (e.limit?.name === "total") {
    return `${f} fylder for meget udpakket (over ${MB(v)} MB i alt) til at blive læst sikkert`;
  }
  return `${f} kan ikke læses sikkert: delen ${e.part ?? "?"} fylder over ${MB(v)} MB udpakket (grænsen pr. del)`;
};

const LIMIT_EN = (f: string, e: PackageError): string => {
  const v = e.limit?.value ?? 0;
  if (e.limit?.name === "entries") return `${f} holds too many parts (over ${v}) to be read safely`;
  if (e.limit?.name === "total") {
    return `${f} is too large unpacked (over ${MB(v)} MB in all) to be read safely`;
  }
  return `${f} cannot be read safely: the part ${e.part ?? "?"} unpacks to over ${MB(v)} MB (the per-part limit)`;
};

const TEXTS: Record<Lang, Texts> = {
  da: {
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
      `${f} er ufuldstændig: filen slutter for tidligt (fx efter en afbrudt download eller kopiering)`,
    BAD_XML: (f, e) => `${f} er beskadiget: delen ${e.part ?? "?"} er ikke gyldig XML`,
    UNSAFE_XML: (f, e) =>
      `${f} læses ikke af sikkerhedshensyn: delen ${e.part ?? "?"} definerer XML-entiteter (en DOCTYPE), som Excel aldrig skriver`,
    LIMIT: LIMIT_DA,
    CORRUPT: (f, e) => `${f} er beskadiget og kan ikke åbnes${e.part ? ` (delen ${e.part})` : ""}`,
    UNSUPPORTED: (f, e) =>
      `${f} bruger en zip-udgave, som budgettjek ikke kan læse${e.part ? ` (delen ${e.part})` : ""}; gem den igen fra Excel`,
  },
  en: {
    NOT_ZIP: (f) => `${f} is not an Excel workbook (.xlsx)`,
    ENCRYPTED: (f) => `${f} is password-protected; save a copy without a password`,
    XLS: (f) => `${f} is in the old .xls format; open it in Excel and save it as .xlsx`,
    XLSB: (f) => `${f} is a binary Excel workbook (.xlsb); open it in Excel and save it as .xlsx`,
    ODS: (f) => `${f} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)`,
    OTHER_OFFICE: (f) =>
      `${f} is another Office document (e.g. Word), not an Excel workbook (.xlsx)`,
    NO_WORKBOOK: (f) => `${f} is a zip archive without a workbook, not an Excel workbook (.xlsx)`,
    TRUNCATED: (f) =>
      `${f} is incomplete: the file ends early (e.g. an interrupted download or copy)`,
    BAD_XML: (f, e) => `${f} is damaged: the part ${e.part ?? "?"} is not well-formed XML`,
    UNSAFE_XML: (f, e) =>
      `${f} is not read, for safety: the part ${e.part ?? "?"} defines XML entities (a DOCTYPE), which Excel never writes`,
    LIMIT: LIMIT_EN,
    CORRUPT: (f, e) =>
      `${f} is damaged and cannot be opened${e.part ? ` (the part ${e.part})` : ""}`,
    UNSUPPORTED: (f, e) =>
      `${f} uses a zip feature budgettjek cannot read${e.part ? ` (the part ${e.part})` : ""}; save it again from Excel`,
  },
};

/** The sentence for a package failure, naming the file. */
export function packageErrorText(e: PackageError, file: string, lang: Lang): string {
  return TEXTS[lang][e.code](file, e);
}
