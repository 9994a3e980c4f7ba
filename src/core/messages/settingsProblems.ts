// Stored settings the pane refused, worded for the user: which setting (by its label in the
// settings form, not its key) and what is wrong with it, in Danish and English. The tables are
// keyed by code, so a new code without words fails to compile.
import {
  SHEET_NAME_MAX,
  YEAR_MAX,
  YEAR_MIN,
  type SettingsProblem,
  type SettingsProblemCode,
} from "../settings";
import { labelsFor, type Labels } from "../labels";
import type { ColumnRole, Lang } from "../types";

type FieldKey =
  | "all"
  | "version"
  | "planYear"
  | "defaultFrameKr"
  | "framesKr"
  | "sheet"
  | "overviewSheetName"
  | "autoRecheck"
  | "columns"
  | "headerRow"
  | "roles"
  | "years";

interface ProblemWords {
  problems: Record<SettingsProblemCode, string>;
  fields: Record<FieldKey, string>;
  frameFor: (year: string) => string;
  columnFor: (what: string) => string;
  stored: (value: string) => string;
}

const da: ProblemWords = {
  problems: {
    NOT_SETTINGS: "Det gemte er ikke indstillinger fra budgettjek",
    WRONG_SHAPE: "Har ikke den form, budgettjek gemmer",
    VERSION: "Gemt af en anden version af budgettjek",
    PLAN_YEAR_NOT_YEAR: "Planåret skal være et årstal, fx 2026",
    PLAN_YEAR_TOO_EARLY: `Planår før ${YEAR_MIN}`,
    PLAN_YEAR_TOO_LATE: `Planår efter ${YEAR_MAX}`,
    AMOUNT_NOT_NUMBER: "Beløbet skal være et tal (kroner)",
    AMOUNT_NEGATIVE: "Beløb må ikke være negativt",
    AMOUNT_TOO_LARGE: "Beløbet er for stort",
    YEAR_KEY: "År skal være fire cifre, fx 2026",
    SHEET_NAME_NOT_TEXT: "Arknavnet skal være tekst",
    SHEET_NAME_EMPTY: "Arknavnet er tomt",
    SHEET_NAME_TOO_LONG: `Arknavne er højst ${SHEET_NAME_MAX} tegn`,
    COLUMN_LETTER: "Kolonne skal være bogstaver, fx B",
    HEADER_ROW: "Rækken skal være 1 eller mere",
    NOT_ON_OFF: "Skal være til eller fra (true/false)",
  },
  fields: {
    all: "Indstillingerne",
    version: "Version",
    planYear: "Planår",
    defaultFrameKr: "Ramme pr. år",
    framesKr: "Rammer for enkelte år",
    sheet: "Ark der tjekkes",
    overviewSheetName: "Oversigtsarkets navn",
    autoRecheck: "Tjek igen når arket ændres",
    columns: "Kolonneopsætning",
    headerRow: "Overskriftsrække",
    roles: "Kolonner",
    years: "Årskolonner",
  },
  frameFor: (year) => `Ramme for ${year}`,
  columnFor: (what) => `Kolonne for ${what}`,
  stored: (value) => `der står «${value}»`,
};

const en: ProblemWords = {
  problems: {
    NOT_SETTINGS: "What is stored is not budgettjek's settings",
    WRONG_SHAPE: "Not in the shape budgettjek stores",
    VERSION: "Stored by another version of budgettjek",
    PLAN_YEAR_NOT_YEAR: "The plan year must be a year, e.g. 2026",
    PLAN_YEAR_TOO_EARLY: `Plan year before ${YEAR_MIN}`,
    PLAN_YEAR_TOO_LATE: `Plan year after ${YEAR_MAX}`,
    AMOUNT_NOT_NUMBER: "The amount must be a number (kroner)",
    AMOUNT_NEGATIVE: "Amounts cannot be negative",
    AMOUNT_TOO_LARGE: "The amount is too large",
    YEAR_KEY: "A year must be four digits, e.g. 2026",
    SHEET_NAME_NOT_TEXT: "The sheet name must be text",
    SHEET_NAME_EMPTY: "The sheet name is empty",
    SHEET_NAME_TOO_LONG: `Sheet names are at most ${SHEET_NAME_MAX} characters`,
    COLUMN_LETTER: "A column must be letters, e.g. B",
    HEADER_ROW: "The row must be 1 or more",
    NOT_ON_OFF: "Must be on or off (true/false)",
  },
  fields: {
    all: "The settings",
    version: "Version",
    planYear: "Plan year",
    defaultFrameKr: "Frame per year",
    framesKr: "Frames for single years",
    sheet: "Sheet to check",
    overviewSheetName: "Overview sheet name",
    autoRecheck: "Check again when the sheet changes",
    columns: "Column set-up",
    headerRow: "Header row",
    roles: "Columns",
    years: "Year columns",
  },
  frameFor: (year) => `Frame for ${year}`,
  columnFor: (what) => `Column for ${what}`,
  stored: (value) => `it says "${value}"`,
};

const WORDS: Record<Lang, ProblemWords> = { da, en };

const has = <K extends string>(table: Record<K, string>, key: string | undefined): key is K =>
  key !== undefined && Object.prototype.hasOwnProperty.call(table, key);

const ROLES: readonly ColumnRole[] = [
  "nr",
  "area",
  "activity",
  "responsible",
  "partners",
  "anchoring",
  "grantType",
  "budgetLine",
  "remarks",
];
const isRole = (key: string | undefined): key is ColumnRole => ROLES.includes(key as ColumnRole);

/** The setting a path points at, by the name the user knows it under. */
/** A column role by the plan's own label for it (core/words), as on the sheet and in the pane. */
function roleLabel(role: ColumnRole, l: Labels): string {
  return role === "area" ? l.focusArea : l[role];
}

function fieldName(path: readonly string[], w: ProblemWords, l: Labels): string {
  const [top, second, third] = path;
  if (top === undefined) return w.fields.all;
  if (top === "framesKr" && second !== undefined) return w.frameFor(second);
  if (top === "columns") {
    if (second === "roles" && isRole(third)) return w.columnFor(roleLabel(third, l));
    if (second === "years" && third !== undefined) return w.columnFor(third);
    if (has(w.fields, second)) return w.fields[second];
  }
  return has(w.fields, top) ? w.fields[top] : path.join(".");
}

/** "Planår: Planåret skal være et årstal, fx 2026 (der står «næste år»)". */
export function settingsProblemText(p: SettingsProblem, lang: Lang): string {
  const w = WORDS[lang];
  const shown = p.value ? ` (${w.stored(p.value)})` : "";
  return `${fieldName(p.path, w, labelsFor(lang))}: ${w.problems[p.code]}${shown}`;
}
