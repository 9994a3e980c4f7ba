// Settings enter from outside (workbook settings, CLI options, the pane's form): zod guards them.
import { z } from "zod";
import type { Ore, Settings } from "./types";

/** 1.900.000 kr. a year (partnership agreement 2021-2024), in øre. */
export const DEFAULT_FRAME_ORE = 190_000_000 as Ore;

const columnLetter = z.string().regex(/^[A-Za-z]{1,3}$/, "Kolonne skal være bogstaver, fx B");
const yearKey = z.string().regex(/^\d{4}$/, "År skal være fire cifre, fx 2026");
const kroner = z.number().finite().nonnegative().max(1e12);

export const columnMappingSchema = z.object({
  headerRow: z.number().int().min(1).max(1_048_576).optional(),
  roles: z
    .object({
      nr: columnLetter.optional(),
      area: columnLetter.optional(),
      activity: columnLetter.optional(),
      responsible: columnLetter.optional(),
      partners: columnLetter.optional(),
      anchoring: columnLetter.optional(),
      grantType: columnLetter.optional(),
      budgetLine: columnLetter.optional(),
      remarks: columnLetter.optional(),
    })
    .optional(),
  years: z.record(yearKey, columnLetter).optional(),
});

/** What the add-in stores in the workbook (and the pane edits). Amounts in kroner. */
export const persistedSettingsSchema = z.object({
  version: z.literal(1).default(1),
  planYear: z.number().int().min(1990).max(2100).optional(),
  defaultFrameKr: kroner.optional(),
  framesKr: z.record(yearKey, kroner).optional(),
  sheet: z.string().min(1).max(31).optional(),
  columns: columnMappingSchema.optional(),
  overviewSheetName: z.string().min(1).max(31).optional(),
  autoRecheck: z.boolean().optional(),
});

export type PersistedSettings = z.infer<typeof persistedSettingsSchema>;

export type SettingsParse =
  | { ok: true; settings: PersistedSettings }
  | { ok: false; problems: string[] };

/** Validates settings read back from a workbook or a file; never throws. */
export function parsePersistedSettings(raw: unknown): SettingsParse {
  const result = persistedSettingsSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.join(".") || "(rod)"}: ${i.message}`),
  };
}

const krToOre = (kr: number): Ore => Math.round(kr * 100) as Ore;

/** The engine's view of persisted settings. */
export function toEngineSettings(p: PersistedSettings, currentYear: number): Settings {
  const frames: Record<number, Ore> = {};
  for (const [year, kr] of Object.entries(p.framesKr ?? {})) frames[Number(year)] = krToOre(kr);
  return {
    planYear: p.planYear,
    defaultFrame: p.defaultFrameKr === undefined ? DEFAULT_FRAME_ORE : krToOre(p.defaultFrameKr),
    frames,
    sheet: p.sheet,
    columns: p.columns,
    currentYear,
  };
}
