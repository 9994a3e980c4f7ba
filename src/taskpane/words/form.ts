// The settings form's words (Indstillinger: sheet, plan year, frames, unit). Only the form reads
// them, so they load with its chunk (settings-form), not at start-up; the heading that opens it is
// in the pane's table (strings.ts). Danish first; the English table is typed by it.
import type { Lang } from "../../core";
import { withPaneWords } from "../strings";

const da = {
  sheetPlaceholder: "Vælg et ark",
  noSheets: "Projektmappen har ingen ark.",
  planYearHint: "Tomt felt = automatisk (fra titel, arkets navn eller årskolonnerne).",
  planYearInvalid: "Skriv et årstal mellem 1990 og 2100, fx 2026, eller lad feltet stå tomt.",
  frameHint: "Fx 1.900.000 eller 1,9 mio.",
  frameInvalid:
    "Beløbet kan ikke læses, eller det er under 10.000 kr. Rammen er altid i kroner: skriv fx 1.900.000 eller 1,9 mio.",
  unitAuto: "Automatisk (fra arket)",
  unitHint: "Enheden arkets beløb står i; rammen ovenfor er altid i kroner.",
  yearFramesHeading: "Anden ramme for enkelte år",
  yearFrameHint: "Tomt felt = rammen pr. år ovenfor.",
  confirmPlanYear: (year: number) => `Bekræft planår ${year}`,
};

const en: FormWords = {
  sheetPlaceholder: "Choose a sheet",
  noSheets: "The workbook has no sheets.",
  planYearHint: "Empty = automatic (from the title, the sheet name or the year columns).",
  planYearInvalid: "Enter a year between 1990 and 2100, e.g. 2026, or leave the field empty.",
  frameHint: "Danish notation, e.g. 1.900.000 or 1,9 mio.",
  frameInvalid:
    "The amount cannot be read, or it is under DKK 10,000. The frame is always in kroner: enter e.g. 1.900.000 or 1,9 mio.",
  unitAuto: "Automatic (from the sheet)",
  unitHint: "The unit the sheet's amounts are in; the frame above is always in kroner.",
  yearFramesHeading: "A different frame for single years",
  yearFrameHint: "Empty = the frame per year above.",
  confirmPlanYear: (year) => `Confirm plan year ${year}`,
};

type FormWords = typeof da;

export const formStrings = withPaneWords<FormWords>({ da, en });
export type FormStrings = (typeof formStrings)[Lang];
