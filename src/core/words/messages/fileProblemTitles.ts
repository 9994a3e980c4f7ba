// The few words that head a refusal of a workbook file (file mode's message title): the package
// reader's reason, short, in Danish and English, beside the sentences in fileProblems.ts. Apart from
// them so the pane's start-up, which never shows a title, does not carry them (file mode loads them).
import type { PackageProblem, PackageProblemCode } from "../../fileProblems";
import type { Lang } from "../../types";

const PACKAGE_TITLE: Record<Lang, Record<PackageProblemCode, string>> = {
  da: {
    EMPTY: "Filen er tom",
    NOT_ZIP: "Ikke en Excel-projektmappe",
    ENCRYPTED: "Beskyttet med adgangskode",
    XLS: "Det gamle .xls-format",
    XLSB: "En binær projektmappe (.xlsb)",
    ODS: "Et OpenDocument-regneark (.ods)",
    OTHER_OFFICE: "Et andet Office-dokument",
    NO_WORKBOOK: "Et zip-arkiv uden projektmappe",
    TRUNCATED: "Filen er ufuldstændig",
    BAD_XML: "Filen er beskadiget",
    UNSAFE_XML: "Læses ikke af sikkerhedshensyn",
    LIMIT: "For stor til at blive læst sikkert",
    CORRUPT: "Filen er beskadiget",
    UNSUPPORTED: "En zip-udgave, der ikke kan læses",
    COPY_INVALID: "Kopien blev ikke gemt",
  },
  en: {
    EMPTY: "The file is empty",
    NOT_ZIP: "Not an Excel workbook",
    ENCRYPTED: "Password-protected",
    XLS: "The old .xls format",
    XLSB: "A binary workbook (.xlsb)",
    ODS: "An OpenDocument spreadsheet (.ods)",
    OTHER_OFFICE: "Another Office document",
    NO_WORKBOOK: "A zip archive without a workbook",
    TRUNCATED: "The file is incomplete",
    BAD_XML: "The file is damaged",
    UNSAFE_XML: "Not read, for safety",
    LIMIT: "Too large to read safely",
    CORRUPT: "The file is damaged",
    UNSUPPORTED: "A zip feature that cannot be read",
    COPY_INVALID: "The copy was not saved",
  },
};

/** The short heading for a file that cannot be read: the same reason as its sentence. */
export function packageProblemTitle(p: PackageProblem, lang: Lang): string {
  return PACKAGE_TITLE[lang][p.code];
}
