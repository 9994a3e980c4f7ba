// What the pane's actions report (the overview written, exported, the PDF ready, a fix made) and
// the failures only an action or a workbook file meets (a refused write, name or setting, a file
// that cannot be read or copied, a sheet over the browser's limit). No first answer in Excel shows
// them, so they are not in the start-up bundle: an action loads them before it runs (laterWords),
// and an error that needs them waits for them before it is shown (useTasks). Danish first; the
// English table is typed by it.
import type { CellEditProblem, Lang, PackageProblem } from "../../core";
import { formatCount } from "../../core";
import { cellEditProblemText, packageProblemText } from "../../core/words";
import type { HostErrorCode } from "../../host/HostError";
import { withPaneWords, type OpeningErrorCode } from "../strings";

/** Every failure the pane's table does not word: a new code must be worded here to compile. */
export type ActionErrorCode = Exclude<HostErrorCode, OpeningErrorCode>;

const da = {
  exportWorkbookDone: "Oversigten er eksporteret til en ny projektmappe.",
  exportCsvDone: (fileName: string) => `CSV-filen ${fileName} er klar.`,
  exportCsvAsWorkbook:
    "Tabellen er åbnet som en ny projektmappe (Excel til Mac og iPad kan ikke hente filer fra ruden). Gem den som CSV med Filer → Gem som.",
  pdfDone: (fileName: string) => `Rapporten ${fileName} er klar.`,
  pdfNoDownload:
    "Excel til Mac og iPad kan ikke hente filer fra ruden. Åbn regnearket i browseren (filtilstand) eller brug budgettjek --pdf for at få rapporten som PDF.",
  /** A file (file mode) that could not be read or copied, naming it and the part. */
  packageProblem: (p: PackageProblem, file: string) => packageProblemText(p, file, "da"),
  /** A fix the copy could not take, naming the file, sheet and cell. */
  cellEditProblem: (p: CellEditProblem, file: string) => cellEditProblemText(p, file, "da"),
  /** A sheet over the browser's cell limit. */
  tooManyCells: (sheet: string, count: number, max: number) =>
    `Arket «${sheet}» har ${count.toLocaleString("da-DK")} udfyldte celler; i browseren læses højst ${max.toLocaleString("da-DK")}.`,
  /** NAME_IN_USE where Excel said what clashed. */
  nameInUse: {
    table:
      "Excel afviste oversigten, fordi en tabel i projektmappen allerede har det navn, oversigtens tabel skal have. Omdøb tabellen (Tabeldesign › Tabelnavn), og prøv igen.",
    name: "Excel afviste oversigten, fordi et defineret navn i projektmappen allerede har et af de navne, oversigten skal bruge. Omdøb det under Formler › Navnestyring, og prøv igen.",
  },
  writeDone: (sheet: string) => `Oversigten er skrevet i arket ‘${sheet}’.`,
  writeDoneFile: (sheet: string, fileName: string) =>
    `Oversigten er skrevet i arket ‘${sheet}’ i projektmappen ${fileName}.`,
  writeSkippedNames: (names: string) =>
    `Navnene ${names} findes allerede i projektmappen og peger på noget andet; de er ikke ændret.`,
  writeNoPageSetup:
    "Denne version af Excel kan ikke sætte udskriftsopsætning fra et tilføjelsesprogram, så arket er skrevet uden (liggende A4, én side bred, gentagen overskrift og sidefod). Sæt det under Sidelayout, eller brug Hent rapport (PDF).",
  writeRefusedPageSetup:
    "Arket er skrevet uden udskriftsopsætning: Excel afviste den (liggende A4, én side bred, gentagen overskrift og sidefod). Sæt den under Sidelayout, eller brug Hent rapport (PDF).",
  fixAllWritten: (n: number) =>
    `${formatCount(n, "da")} celler er rettet på én gang, og budgettet er tjekket igen. Fortryd ` +
    `dem alle med ét Ctrl+Z (Cmd+Z på Mac).`,
  fixAllWrittenMayNotUndo: (n: number) =>
    `${formatCount(n, "da")} celler er rettet, og budgettet er tjekket igen. Excel kunne ikke gøre ` +
    `rettelserne til ét fortryd-trin, så Ctrl+Z (Cmd+Z på Mac) fortryder dem måske ikke.`,
  fixAllInCopy: (n: number, pending: number) =>
    `${formatCount(n, "da")} rettelser er vist her og kommer med i den kopi, du henter med ` +
    `«Skriv oversigt» (${formatCount(pending, "da")} i alt). Den oprindelige fil ændres ikke.`,
  fixWritten: (cell: string) =>
    `Cellen ${cell} er rettet, og budgettet er tjekket igen. Fortryd med Ctrl+Z (Cmd+Z på Mac).`,
  fixWrittenMayNotUndo: (cell: string) =>
    `Cellen ${cell} er rettet, og budgettet er tjekket igen. Excel kunne ikke gøre rettelsen til ét ` +
    `fortryd-trin, så Ctrl+Z (Cmd+Z på Mac) fortryder den måske ikke; ret cellen selv, hvis den skal tilbage.`,
  fixInCopy: (cell: string, n: number) =>
    `Rettelsen af ${cell} er vist her og kommer med i den kopi, du henter med «Skriv oversigt» ` +
    `(${n} ${n === 1 ? "rettelse" : "rettelser"} i alt). Den oprindelige fil ændres ikke.`,
  actionErrors: {
    WRITE_TOO_LARGE:
      "Excel afviste at få så meget skrevet på én gang (Excel på nettet tager højst 5 MB ad gangen). Dine egne ark er ikke ændret. Prøv igen; sker det igen, så brug Excel til Windows eller Mac.",
    BASELINE_TOO_LARGE:
      "Planen er for stor til at blive gemt som godkendt grundlag i Excel på nettet (højst 5 MB ad gangen). Intet er gemt, og et tidligere grundlag er uændret. Godkend planen i Excel til Windows eller Mac.",
    NAME_TAKEN: "Navnet er allerede brugt af et andet ark. Vælg et andet navn.",
    NAME_IN_USE:
      "Excel afviste oversigten, fordi et navn, den skal bruge, allerede findes i projektmappen (en tabel eller et defineret navn). Omdøb det under Formler › Navnestyring, og prøv igen.",
    SETTINGS_INVALID: "Indstillingerne kunne ikke gemmes, fordi en af dem ikke er gyldig.",
    FIX_NOT_WRITTEN:
      "En rettelse kunne ikke skrives i kopien, så der er ikke hentet nogen kopi. Ret cellen i Excel, og prøv igen.",
    FILE_UNREADABLE:
      "Filen kunne ikke læses. Den kan være beskadiget; prøv at gemme den igen fra Excel.",
  } satisfies Record<ActionErrorCode, string>,
};

const en: LaterWords = {
  exportWorkbookDone: "The overview was exported to a new workbook.",
  exportCsvDone: (fileName) => `The CSV file ${fileName} is ready.`,
  exportCsvAsWorkbook:
    "The table opened as a new workbook (Excel for Mac and iPad cannot download files from the pane). Save it as CSV with File → Save As.",
  pdfDone: (fileName) => `The report ${fileName} is ready.`,
  pdfNoDownload:
    "Excel for Mac and iPad cannot download files from the pane. Open the workbook in the browser (file mode) or use budgettjek --pdf to get the report as a PDF.",
  packageProblem: (p, file) => packageProblemText(p, file, "en"),
  cellEditProblem: (p, file) => cellEditProblemText(p, file, "en"),
  tooManyCells: (sheet, count, max) =>
    `The sheet "${sheet}" has ${count.toLocaleString("en-GB")} cells holding values; a browser reads at most ${max.toLocaleString("en-GB")}.`,
  nameInUse: {
    table:
      "Excel refused the overview because a table in the workbook already has the name the overview's table needs. Rename that table (Table Design › Table Name) and try again.",
    name: "Excel refused the overview because a defined name in the workbook already has one of the names the overview needs. Rename it under Formulas › Name Manager and try again.",
  },
  writeDone: (sheet) => `The overview was written to the sheet ‘${sheet}’.`,
  writeDoneFile: (sheet, fileName) =>
    `The overview was written to the sheet ‘${sheet}’ in the workbook ${fileName}.`,
  writeSkippedNames: (names) =>
    `The names ${names} already exist in the workbook and refer to something else; they were left unchanged.`,
  writeNoPageSetup:
    "This version of Excel cannot set print options from an add-in, so the sheet was written without them (landscape A4, one page wide, repeated header, footer). Set them under Page Layout, or use Download report (PDF).",
  writeRefusedPageSetup:
    "The sheet was written without print options: Excel refused them (landscape A4, one page wide, repeated header, footer). Set them under Page Layout, or use Download report (PDF).",
  fixAllWritten: (n) =>
    `${formatCount(n, "en")} cells were fixed at once and the budget checked again. Undo them ` +
    `all with one Ctrl+Z (Cmd+Z on a Mac).`,
  fixAllWrittenMayNotUndo: (n) =>
    `${formatCount(n, "en")} cells were fixed and the budget checked again. Excel could not make ` +
    `the fixes one undo step, so Ctrl+Z (Cmd+Z on a Mac) may not undo them.`,
  fixAllInCopy: (n, pending) =>
    `${formatCount(n, "en")} fixes are shown here and go into the copy you download with “Write ` +
    `overview” (${formatCount(pending, "en")} in all). The original file is not changed.`,
  fixWritten: (cell) =>
    `Cell ${cell} was fixed and the budget checked again. Undo with Ctrl+Z (Cmd+Z on a Mac).`,
  fixWrittenMayNotUndo: (cell) =>
    `Cell ${cell} was fixed and the budget checked again. Excel could not make the fix one undo ` +
    `step, so Ctrl+Z (Cmd+Z on a Mac) may not undo it; change the cell back yourself if needed.`,
  fixInCopy: (cell, n) =>
    `The fix of ${cell} is shown here and goes into the copy you download with “Write overview” ` +
    `(${n} ${n === 1 ? "fix" : "fixes"} in all). The original file is not changed.`,
  actionErrors: {
    WRITE_TOO_LARGE:
      "Excel refused to take that much at once (Excel on the web takes at most 5 MB at a time). Your own sheets are unchanged. Try again; if it happens again, use Excel for Windows or Mac.",
    BASELINE_TOO_LARGE:
      "The plan is too large to store as the approved baseline in Excel on the web (at most 5 MB at a time). Nothing was stored, and an earlier baseline is unchanged. Approve the plan in Excel for Windows or Mac.",
    NAME_TAKEN: "That name is already used by another sheet. Choose another name.",
    NAME_IN_USE:
      "Excel refused the overview because a name it needs is already used in the workbook (by a table or a defined name). Rename it under Formulas › Name Manager and try again.",
    SETTINGS_INVALID: "The settings could not be saved because one of them is not valid.",
    FIX_NOT_WRITTEN:
      "A fix could not be written into the copy, so no copy was downloaded. Fix the cell in Excel and try again.",
    FILE_UNREADABLE:
      "The file could not be read. It may be damaged; try saving it again from Excel.",
  },
};

type LaterWords = typeof da;

export const laterStrings = withPaneWords<LaterWords>({ da, en });
export type LaterStrings = (typeof laterStrings)[Lang];
