// Stored settings the pane refused, worded for the user: which setting (by its label in the
// settings form, not its key: the shared `setting` labels in core/words) and what is wrong with it, in Danish and English. The tables are
// keyed by code, so a new code without words fails to compile.
import {
  SHEET_NAME_MAX,
  YEAR_MAX,
  YEAR_MIN,
  type SettingsProblem,
  type SettingsProblemCode,
} from "../../settings";
import { labelsFor, type Labels } from "../labels";
import type { ColumnRole, Lang } from "../../types";

interface ProblemWords {
  problems: Record<SettingsProblemCode, string>;
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
    UNIT: "Enheden skal være kr., 1.000 kr. eller mio. kr.",
    AMOUNT_TOO_LARGE: "Beløbet er for stort",
    YEAR_KEY: "År skal være fire cifre, fx 2026",
    SHEET_NAME_NOT_TEXT: "Arknavnet skal være tekst",
    SHEET_NAME_EMPTY: "Arknavnet er tomt",
    SHEET_NAME_TOO_LONG: `Arknavne er højst ${SHEET_NAME_MAX} tegn`,
    COLUMN_LETTER: "Kolonne skal være bogstaver, fx B",
    HEADER_ROW: "Rækken skal være 1 eller mere",
    NOT_ON_OFF: "Skal være til eller fra (true/false)",
  },
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
    UNIT: "The unit must be DKK, DKK 1,000 or DKK million",
    AMOUNT_TOO_LARGE: "The amount is too large",
    YEAR_KEY: "A year must be four digits, e.g. 2026",
    SHEET_NAME_NOT_TEXT: "The sheet name must be text",
    SHEET_NAME_EMPTY: "The sheet name is empty",
    SHEET_NAME_TOO_LONG: `Sheet names are at most ${SHEET_NAME_MAX} characters`,
    COLUMN_LETTER: "A column must be letters, e.g. B",
    HEADER_ROW: "The row must be 1 or more",
    NOT_ON_OFF: "Must be on or off (true/false)",
  },
  columnFor: (what) => `Column for ${what}`,
  stored: (value) => `it says "${value}"`,
};

const WORDS: Record<Lang, ProblemWords> = { da, en };

const has = <K extends string>(table: Record<K, unknown>, key: string | undefined): key is K =>
  key !== undefined && Object.prototype.hasOwnProperty.call(table, key);

// Keyed by role, so a new column role without an entry here fails to compile.
const ROLES: Record<ColumnRole, true> = {
  nr: true,
  area: true,
  activity: true,
  responsible: true,
  partners: true,
  anchoring: true,
  grantType: true,
  budgetLine: true,
  remarks: true,
};

/** A column role by the plan's own label for it (core/words), as on the sheet and in the pane. */
function roleLabel(role: ColumnRole, l: Labels): string {
  return role === "area" ? l.focusArea : l[role];
}

/** The setting a path points at, by the name the user knows it under. */
function fieldName(path: readonly string[], w: ProblemWords, l: Labels): string {
  const [top, second, third] = path;
  const { frameFor, ...fields } = l.setting;
  if (top === undefined) return fields.all;
  if (top === "framesKr" && second !== undefined) return frameFor(second);
  if (top === "columns") {
    if (second === "roles" && has(ROLES, third)) return w.columnFor(roleLabel(third, l));
    if (second === "years" && third !== undefined) return w.columnFor(third);
    if (has(fields, second)) return fields[second];
  }
  return has(fields, top) ? fields[top] : path.join(".");
}

/** "Planår: Planåret skal være et årstal, fx 2026 (der står «næste år»)". */
export function settingsProblemText(p: SettingsProblem, lang: Lang): string {
  const w = WORDS[lang];
  const shown = p.value ? ` (${w.stored(p.value)})` : "";
  return `${fieldName(p.path, w, labelsFor(lang))}: ${w.problems[p.code]}${shown}`;
}
