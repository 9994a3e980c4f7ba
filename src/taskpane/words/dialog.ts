// The write dialog's words: asked only when a sheet we did not make has the overview's name, so
// they load with the dialog's chunk (write-dialog), not at start-up. Danish first; the English
// table is typed by it.
import type { Lang } from "../../core";
import { withPaneWords } from "../strings";

const da = {
  foreignTitle: "Arket findes allerede",
  foreignBody: (name: string) =>
    `Der findes allerede et ark ‘${name}’, som budgettjekket ikke har lavet. Det bliver ikke rørt. Skriv oversigten i et nyt ark i stedet:`,
  newNameLabel: "Navn på det nye ark",
  writeConfirm: "Skriv oversigt",
  cancel: "Annullér",
  sheetNameEmpty: "Skriv et navn.",
  sheetNameTooLong: "Et arknavn må højst have 31 tegn.",
  sheetNameBadChars: "Et arknavn må ikke indeholde : \\ / ? * [ eller ].",
  sheetNameApostrophe: "Et arknavn må ikke begynde eller slutte med en apostrof.",
  sheetNameTaken: "Der findes allerede et ark med det navn, som budgettjekket ikke har lavet.",
};

const en: DialogWords = {
  foreignTitle: "The sheet already exists",
  foreignBody: (name) =>
    `A sheet ‘${name}’ exists that the budget check did not make. It will not be touched. Write the overview to a new sheet instead:`,
  newNameLabel: "Name of the new sheet",
  writeConfirm: "Write overview",
  cancel: "Cancel",
  sheetNameEmpty: "Enter a name.",
  sheetNameTooLong: "A sheet name can have at most 31 characters.",
  sheetNameBadChars: "A sheet name cannot contain : \\ / ? * [ or ].",
  sheetNameApostrophe: "A sheet name cannot begin or end with an apostrophe.",
  sheetNameTaken: "A sheet with that name exists that the budget check did not make.",
};

type DialogWords = typeof da;

export const dialogStrings = withPaneWords<DialogWords>({ da, en });
export type DialogStrings = (typeof dialogStrings)[Lang];
