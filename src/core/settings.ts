// Settings enter from outside (workbook settings, CLI options, the pane's form): zod guards them.
// zod/mini: the same checks as classic zod at a fraction of the size; the task pane loads this
// at start-up, and classic zod alone was ~25 KB gzip of the pane's 160 KB budget.
import * as z from "zod/mini";
import { krToOre } from "./money";
import type { Ore, Settings } from "./types";

/** 1.900.000 kr. a year (partnership agreement 2021-2024), in øre. */
export const DEFAULT_FRAME_ORE = krToOre(1_900_000);

const columnLetter = z
  .string({ error: "Kolonne skal være bogstaver, fx B" })
  .check(z.regex(/^[A-Za-z]{1,3}$/, "Kolonne skal være bogstaver, fx B"));
const YEAR_KEY_MESSAGE = "År skal være fire cifre, fx 2026";
const yearKey = z.string({ error: YEAR_KEY_MESSAGE }).check(z.regex(/^\d{4}$/, YEAR_KEY_MESSAGE));
const kroner = z
  .number({ error: "Beløbet skal være et tal (kroner)" })
  .check(z.gte(0, "Beløb må ikke være negativt"), z.lte(1e12, "Beløbet er for stort"));
const opt = z.optional;

const columnMappingSchema = z.object({
  headerRow: opt(z.int().check(z.gte(1, "Rækken skal være 1 eller mere"), z.lte(1_048_576))),
  roles: opt(
    z.object({
      nr: opt(columnLetter),
      area: opt(columnLetter),
      activity: opt(columnLetter),
      responsible: opt(columnLetter),
      partners: opt(columnLetter),
      anchoring: opt(columnLetter),
      grantType: opt(columnLetter),
      budgetLine: opt(columnLetter),
      remarks: opt(columnLetter),
    })
  ),
  years: opt(z.record(yearKey, columnLetter)),
});

/** What the add-in stores in the workbook (and the pane edits). Amounts in kroner. */
export const persistedSettingsSchema = z.object({
  version: z._default(z.literal(1), 1),
  planYear: opt(
    z
      .int({ error: "Planåret skal være et årstal, fx 2026" })
      .check(z.gte(1990, "Planår før 1990"), z.lte(2100, "Planår efter 2100"))
  ),
  defaultFrameKr: opt(kroner),
  framesKr: opt(z.record(yearKey, kroner)),
  sheet: opt(
    z
      .string({ error: "Arknavnet skal være tekst" })
      .check(z.minLength(1), z.maxLength(31, "Arknavne er højst 31 tegn"))
  ),
  columns: opt(columnMappingSchema),
  overviewSheetName: opt(
    z
      .string({ error: "Arknavnet skal være tekst" })
      .check(z.minLength(1), z.maxLength(31, "Arknavne er højst 31 tegn"))
  ),
  autoRecheck: opt(z.boolean({ error: "Skal være til eller fra (true/false)" })),
});

export type PersistedSettings = z.infer<typeof persistedSettingsSchema>;

export type SettingsParse =
  { ok: true; settings: PersistedSettings } | { ok: false; problems: string[] };

/** Validates settings read back from a workbook or a file; never throws. */
export function parsePersistedSettings(raw: unknown): SettingsParse {
  const result = persistedSettingsSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => {
      // Both records here are keyed by year; zod reports a bad key without our message.
      const message = i.code === "invalid_key" ? YEAR_KEY_MESSAGE : i.message;
      return `${i.path.join(".") || "(rod)"}: ${message}`;
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
    currentYear,
  };
}
