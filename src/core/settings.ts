// Settings enter from outside (workbook settings, CLI options, the pane's form): zod guards them.
// zod/mini: the same checks as classic zod at a fraction of the size; the task pane loads this
// at start-up, and classic zod alone was ~25 KB gzip of the pane's 160 KB budget.
import * as z from "zod/mini";
import { krToOre } from "./money";
import type { Ore, Settings } from "./types";

/** 1.900.000 kr. a year (partnership agreement 2021-2024), in øre. */
export const DEFAULT_FRAME_ORE = krToOre(1_900_000);

/**
 * The smallest frame the settings and --frame take (10.000 kr.): a smaller one was most likely
 * typed in mio. or 1.000 kr. ("1,9" meaning 1,9 mio.). Frames are always kroner.
 */
export const MIN_FRAME_KR = 10_000;
export const MIN_FRAME_ORE = krToOre(MIN_FRAME_KR);

/**
 * Why stored settings were refused: a code per kind of problem, worded at the edge in the user's
 * language (core/messages settingsProblemText), never Danish text from here.
 */
export type SettingsProblemCode =
  /** The store holds no settings object (text that is not JSON, a number, a list). */
  | "NOT_SETTINGS"
  /** A group (frames, columns, roles, year columns) that is no group of values. */
  | "WRONG_SHAPE"
  /** A settings version this build does not know. */
  | "VERSION"
  | "PLAN_YEAR_NOT_YEAR"
  | "PLAN_YEAR_TOO_EARLY"
  | "PLAN_YEAR_TOO_LATE"
  | "AMOUNT_NOT_NUMBER"
  | "AMOUNT_NEGATIVE"
  | "AMOUNT_TOO_LARGE"
  /** A key of a per-year record that is not four digits. */
  | "YEAR_KEY"
  | "SHEET_NAME_NOT_TEXT"
  | "SHEET_NAME_EMPTY"
  | "SHEET_NAME_TOO_LONG"
  | "COLUMN_LETTER"
  | "HEADER_ROW"
  | "NOT_ON_OFF"
  /** A unit that is not kr, 1000 or mio. */
  | "UNIT";

export interface SettingsProblem {
  /** Where in the settings: ["framesKr", "2026"], ["columns", "roles", "activity"]; [] for all. */
  path: string[];
  code: SettingsProblemCode;
  /** The refused value as stored (text or number), when it is one the user can recognise. */
  value?: string;
}

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const SHEET_NAME_MAX = 31;
const MAX_KRONER = 1e12;

/** A schema message is a problem code: typed here, read back in parsePersistedSettings. */
const code = (c: SettingsProblemCode): { error: SettingsProblemCode } => ({ error: c });
// Keyed by code, so a code added to SettingsProblemCode without an entry here fails to compile.
const CODES: Record<SettingsProblemCode, true> = {
  NOT_SETTINGS: true,
  WRONG_SHAPE: true,
  VERSION: true,
  PLAN_YEAR_NOT_YEAR: true,
  PLAN_YEAR_TOO_EARLY: true,
  PLAN_YEAR_TOO_LATE: true,
  AMOUNT_NOT_NUMBER: true,
  AMOUNT_NEGATIVE: true,
  AMOUNT_TOO_LARGE: true,
  YEAR_KEY: true,
  SHEET_NAME_NOT_TEXT: true,
  SHEET_NAME_EMPTY: true,
  SHEET_NAME_TOO_LONG: true,
  COLUMN_LETTER: true,
  HEADER_ROW: true,
  NOT_ON_OFF: true,
  UNIT: true,
};
const isCode = (m: string): m is SettingsProblemCode =>
  Object.prototype.hasOwnProperty.call(CODES, m);

const columnLetter = z
  .string(code("COLUMN_LETTER"))
  .check(z.regex(/^[A-Za-z]{1,3}$/, code("COLUMN_LETTER")));
const yearKey = z.string(code("YEAR_KEY")).check(z.regex(/^\d{4}$/, code("YEAR_KEY")));
const kroner = z
  .number(code("AMOUNT_NOT_NUMBER"))
  .check(z.gte(0, code("AMOUNT_NEGATIVE")), z.lte(MAX_KRONER, code("AMOUNT_TOO_LARGE")));
const sheetName = z
  .string(code("SHEET_NAME_NOT_TEXT"))
  .check(
    z.minLength(1, code("SHEET_NAME_EMPTY")),
    z.maxLength(SHEET_NAME_MAX, code("SHEET_NAME_TOO_LONG"))
  );
const opt = z.optional;

const columnMappingSchema = z.object(
  {
    headerRow: opt(
      z
        .int(code("HEADER_ROW"))
        .check(z.gte(1, code("HEADER_ROW")), z.lte(1_048_576, code("HEADER_ROW")))
    ),
    roles: opt(
      z.object(
        {
          nr: opt(columnLetter),
          area: opt(columnLetter),
          activity: opt(columnLetter),
          responsible: opt(columnLetter),
          partners: opt(columnLetter),
          anchoring: opt(columnLetter),
          grantType: opt(columnLetter),
          budgetLine: opt(columnLetter),
          remarks: opt(columnLetter),
        },
        code("WRONG_SHAPE")
      )
    ),
    years: opt(z.record(yearKey, columnLetter, code("WRONG_SHAPE"))),
  },
  code("WRONG_SHAPE")
);

/** What the add-in stores in the workbook (and the pane edits). Amounts in kroner. */
export const persistedSettingsSchema = z.object(
  {
    version: z._default(z.literal(1, code("VERSION")), 1),
    planYear: opt(
      z
        .int(code("PLAN_YEAR_NOT_YEAR"))
        .check(
          z.gte(YEAR_MIN, code("PLAN_YEAR_TOO_EARLY")),
          z.lte(YEAR_MAX, code("PLAN_YEAR_TOO_LATE"))
        )
    ),
    defaultFrameKr: opt(kroner),
    framesKr: opt(z.record(yearKey, kroner, code("WRONG_SHAPE"))),
    sheet: opt(sheetName),
    columns: opt(columnMappingSchema),
    overviewSheetName: opt(sheetName),
    autoRecheck: opt(z.boolean(code("NOT_ON_OFF"))),
    /** The unit the sheet's amounts are in; absent: read from the sheet. Frames stay kroner. */
    unit: opt(z.enum(["kr", "1000", "mio"], code("UNIT"))),
  },
  code("NOT_SETTINGS")
);

export type PersistedSettings = z.infer<typeof persistedSettingsSchema>;

export type SettingsParse =
  { ok: true; settings: PersistedSettings } | { ok: false; problems: SettingsProblem[] };

/** The stored value at `path`, as the user would recognise it (text or a number), if it is one. */
function shownValue(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let v: unknown = raw;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  if (typeof v === "string") return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  return typeof v === "number" ? String(v) : undefined;
}

/** Validates settings read back from a workbook or a file; never throws. */
export function parsePersistedSettings(raw: unknown): SettingsParse {
  const result = persistedSettingsSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i): SettingsProblem => {
      const path = i.path.map(String);
      // Both records here are keyed by year; zod reports a bad key without our message.
      if (i.code === "invalid_key") return { path, code: "YEAR_KEY" };
      const value = shownValue(raw, i.path);
      return {
        path,
        code: isCode(i.message) ? i.message : "WRONG_SHAPE",
        ...(value !== undefined ? { value } : {}),
      };
    }),
  };
}

/** The engine's view of persisted settings. */
export function toEngineSettings(p: PersistedSettings, currentYear: number): Settings {
  const frames: Record<number, Ore> = {};
  for (const [year, kr] of Object.entries(p.framesKr ?? {})) frames[Number(year)] = krToOre(kr);
  return {
    planYear: p.planYear,
    defaultFrame: p.defaultFrameKr === undefined ? DEFAULT_FRAME_ORE : krToOre(p.defaultFrameKr),
    frameGiven: p.defaultFrameKr !== undefined,
    frames,
    sheet: p.sheet,
    columns: p.columns,
    ...(p.unit !== undefined ? { unit: p.unit } : {}),
    currentYear,
  };
}
