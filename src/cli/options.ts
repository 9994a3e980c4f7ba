// The command line, read with Node's parseArgs and validated with zod: every bad option becomes
// one Danish (or English) line, never a stack trace.
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseAmount, parseKroner, type AmountUnit } from "../core/sheet";
import { formatKr, MIN_FRAME_ORE, type Lang, type Ore } from "../core";

export interface CliOptions {
  file: string;
  sheet?: string;
  planYear?: number;
  /** Frame for every year, øre (--frame KR). */
  defaultFrame?: Ore;
  /** Per-year frames, øre (--frame YYYY=KR). */
  frames: Record<number, Ore>;
  /** The unit the sheet's amounts are in (--unit kr|1000|mio): beats what the sheet states. */
  unit?: AmountUnit;
  json: boolean;
  write?: string;
  csv?: string;
  /** The PDF report (--pdf). */
  pdf?: string;
  /** The approved version to compare with (--compare). */
  compare?: string;
  /** Its sheet (--compare-sheet); else found as the checked file's sheet is. */
  compareSheet?: string;
  lang: Lang;
}

export type OptionsResult =
  | { ok: true; help: true; lang: Lang }
  | { ok: true; help: false; options: CliOptions }
  | { ok: false; message: string; lang: Lang };

export const USAGE: Record<Lang, string> = {
  da: `Brug: budgettjek PROJEKTMAPPE.xlsx [tilvalg]

Tjekker tryghedsplanens budgetark: årets total mod rammen (1.900.000 kr.), restbeløb pr. år,
flerårige bevillinger uden forankringsplan, beløb der ikke er tal, og meget mere.

Tilvalg:
  --sheet NAVN         arket der skal tjekkes (ellers arket Excel åbner på, hvis det har en
                       budgettabel, ellers det første synlige ark med en)
  --plan-year ÅÅÅÅ     planåret (ellers fra titlen, arkets navn eller årskolonnerne)
  --frame KR           rammen for alle år, fx 1.900.000 eller "1,9 mio."
  --frame ÅÅÅÅ=KR      rammen for ét år, fx --frame 2027=2.000.000 (kan gentages)
  --unit kr|1000|mio   enheden for arkets beløb (ellers fra titel, note, kolonneoverskrift
                       eller rammerækken; uden angivelse kroner); --frame er altid kroner
  --json               skriv resultatet som ét JSON-dokument (beløb i kroner)
  --write UD.xlsx      gem en kopi med arket "Budgetoversigt" (rører aldrig inputfilen)
  --csv UD.csv         gem den samlede tabel som CSV (UTF-8, semikolon, decimalkomma)
  --pdf UD.pdf         gem rapporten til styregruppen som PDF (A4)
  --compare GODK.xlsx  vis ændringer siden den godkendte version (ellers grundlaget gemt i filen)
  --compare-sheet NAVN arket i den godkendte version (ellers det første med en budgettabel)
  --lang da|en         sprog for rapporten (standard: da)
  -h, --help           vis denne hjælp

Afslutningskoder: 0 ingen fejl, 1 fejl i budgettet, 2 filen eller tilvalgene kan ikke bruges.
`,
  en: `Usage: budgettjek WORKBOOK.xlsx [options]

Checks the safety plan's budget sheet: each year's total against the frame (DKK 1,900,000),
leftover per year, multi-year grants without an anchoring plan, amounts that are not numbers.

Options:
  --sheet NAME         the sheet to check (default: the sheet Excel opens on, when it holds a
                       budget table, else the first visible sheet that does)
  --plan-year YYYY     the plan year (default: from the title, the sheet name or the year columns)
  --frame KR           the frame for every year, e.g. 1.900.000 or "1,9 mio." (Danish notation)
  --frame YYYY=KR      the frame for one year, e.g. --frame 2027=2.000.000 (repeatable)
  --unit kr|1000|mio   the unit of the sheet's amounts (default: from the title, a note, a
                       column header or the frame row; kroner when none); --frame is always kroner
  --json               print the result as one JSON document (amounts in kroner)
  --write OUT.xlsx     save a copy with the sheet "Budgetoversigt" (never touches the input)
  --csv OUT.csv        save the consolidated table as CSV (UTF-8, semicolons, decimal comma)
  --pdf OUT.pdf        save the report for the steering group as PDF (A4)
  --compare OLD.xlsx   show changes since the approved version (else the baseline stored in the file)
  --compare-sheet NAME the sheet in the approved version (default: the first with a budget table)
  --lang da|en         report language (default: da)
  -h, --help           show this help

Exit codes: 0 no errors, 1 errors in the budget, 2 the file or the options cannot be used.
`,
};

const WORDS = {
  da: {
    noFile: "Angiv projektmappen, fx: budgettjek tryghedsplan.xlsx",
    manyFiles: (f: string[]) => `Angiv kun én projektmappe (fik ${f.join(", ")})`,
    unknown: (o: string) => `Ukendt tilvalg: ${o}`,
    needsValue: (o: string) => `Tilvalget ${o} skal have en værdi`,
    noValue: (o: string) => `Tilvalget ${o} tager ingen værdi`,
    year: "--plan-year skal være et årstal mellem 1990 og 2100, fx 2026",
    frame: (v: string) =>
      `--frame ${v} kan ikke læses: skriv kroner, fx 1.900.000 eller "1,9 mio.", eller ÅÅÅÅ=KR`,
    frameNegative: (v: string) =>
      `--frame ${v}: en ramme kan ikke være negativ; skriv kroner, fx 1.900.000`,
    frameSmall: (v: string, kr: string) =>
      `--frame ${v} er ${kr}: en ramme under 10.000 kr. er næppe ment. --frame er altid i kroner: ` +
      `skriv fx 1.900.000 eller "1,9 mio."`,
    unit: "--unit skal være kr, 1000 eller mio",
    lang: "--lang skal være da eller en",
    sheet: "--sheet skal være et arknavn på 1-31 tegn",
    compareSheet: "--compare-sheet skal være et arknavn på 1-31 tegn",
    compareAlone: "--compare-sheet kræver --compare",
    same: "--write, --csv og --pdf skal være forskellige filer",
    hint: "(se budgettjek --help)",
  },
  en: {
    noFile: "Name the workbook, e.g.: budgettjek plan.xlsx",
    manyFiles: (f: string[]) => `Name only one workbook (got ${f.join(", ")})`,
    unknown: (o: string) => `Unknown option: ${o}`,
    needsValue: (o: string) => `Option ${o} needs a value`,
    noValue: (o: string) => `Option ${o} takes no value`,
    year: "--plan-year must be a year between 1990 and 2100, e.g. 2026",
    frame: (v: string) =>
      `--frame ${v} cannot be read: give kroner, e.g. 1.900.000 or "1,9 mio.", or YYYY=KR`,
    frameNegative: (v: string) =>
      `--frame ${v}: a frame cannot be negative; give kroner, e.g. 1.900.000`,
    frameSmall: (v: string, kr: string) =>
      `--frame ${v} is ${kr}: a frame under DKK 10,000 is hardly meant. --frame is always in kroner: ` +
      `give e.g. 1.900.000 or "1,9 mio."`,
    unit: "--unit must be kr, 1000 or mio",
    lang: "--lang must be da or en",
    sheet: "--sheet must be a sheet name of 1-31 characters",
    compareSheet: "--compare-sheet must be a sheet name of 1-31 characters",
    compareAlone: "--compare-sheet needs --compare",
    same: "--write, --csv and --pdf must be different files",
    hint: "(see budgettjek --help)",
  },
};

const frameArg = /^(\d{4})\s*=\s*(.+)$/;

/** The smallest frame the command takes: below it the amount was most likely meant in mio. or t.kr. */
const MIN_FRAME = MIN_FRAME_ORE;

/** Why a --frame value is refused: unreadable, negative, or implausibly small (kroner always). */
function frameProblem(v: string, amount: string, ore: Ore | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const p = parseAmount(amount);
  if (p.kind === "amount" && p.ore < 0) return w.frameNegative(v);
  if (ore === undefined) return w.frame(v);
  return w.frameSmall(v, formatKr(ore, lang));
}

function optionsSchema(lang: Lang) {
  const w = WORDS[lang];
  return z
    .object({
      positionals: z
        .array(z.string())
        .refine((p) => p.length > 0, w.noFile)
        .refine((p) => p.length <= 1, { error: (i) => w.manyFiles(i.input as string[]) }),
      sheet: z.string().min(1, w.sheet).max(31, w.sheet).optional(),
      "plan-year": z
        .string()
        .regex(/^\d{4}$/, w.year)
        .transform(Number)
        .pipe(z.number().int().min(1990, w.year).max(2100, w.year))
        .optional(),
      frame: z
        .array(z.string())
        .default([])
        .transform((values, ctx) => {
          const frames: Record<number, Ore> = {};
          let defaultFrame: Ore | undefined;
          for (const v of values) {
            const m = frameArg.exec(v.trim());
            const ore = parseKroner(m ? m[2] : v);
            if (ore === undefined || ore < MIN_FRAME) {
              ctx.addIssue({ code: "custom", message: frameProblem(v, m ? m[2] : v, ore, lang) });
              return z.NEVER;
            }
            if (m) frames[Number(m[1])] = ore;
            else defaultFrame = ore;
          }
          return { frames, defaultFrame };
        }),
      json: z.boolean().default(false),
      write: z.string().min(1).optional(),
      csv: z.string().min(1).optional(),
      pdf: z.string().min(1).optional(),
      compare: z.string().min(1).optional(),
      "compare-sheet": z.string().min(1, w.compareSheet).max(31, w.compareSheet).optional(),
      unit: z.enum(["kr", "1000", "mio"], { error: w.unit }).optional(),
      lang: z.enum(["da", "en"], { error: w.lang }).default("da"),
      help: z.boolean().default(false),
    })
    .refine((o) => {
      const outs = [o.write, o.csv, o.pdf].filter((x) => x !== undefined);
      return new Set(outs).size === outs.length;
    }, w.same)
    .refine((o) => o["compare-sheet"] === undefined || o.compare !== undefined, w.compareAlone);
}

/** The negative number given right after `opt` ("--frame -5"), if any. */
function negativeAfter(argv: readonly string[], opt: string): string | undefined {
  const i = argv.indexOf(opt);
  const next = i < 0 ? undefined : argv[i + 1];
  return next !== undefined && /^[-–−]\s*\d/.test(next) ? next : undefined;
}

/** parseArgs reports in English with a code; the option name is the part we need. */
function argsError(e: unknown, lang: Lang, argv: readonly string[]): string {
  const w = WORDS[lang];
  const err = e as { code?: string; message?: string };
  const opt = /'(-{1,2}[^'\s]+)/.exec(err.message ?? "")?.[1] ?? "";
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return w.unknown(opt);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      // "--frame -5": the value looks like an option to parseArgs; say what is wrong with it.
      if (opt === "--frame" && negativeAfter(argv, opt))
        return w.frameNegative(negativeAfter(argv, opt)!);
      return /does not take an argument/.test(err.message ?? "")
        ? w.noValue(opt)
        : w.needsValue(opt);
    default:
      return err.message ?? String(e);
  }
}

export function parseOptions(argv: string[]): OptionsResult {
  // The language of error lines, before the rest is valid.
  const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langArg = langAt < 0 ? undefined : (argv[langAt].split("=")[1] ?? argv[langAt + 1]);
  const lang: Lang = langArg === "en" ? "en" : "da";
  let raw: ReturnType<typeof parseArgs>;
  try {
    raw = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        "plan-year": { type: "string" },
        frame: { type: "string", multiple: true },
        unit: { type: "string" },
        json: { type: "boolean" },
        write: { type: "string" },
        csv: { type: "string" },
        pdf: { type: "string" },
        compare: { type: "string" },
        "compare-sheet": { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    if (argv.includes("--help") || argv.includes("-h")) return { ok: true, help: true, lang };
    return { ok: false, message: `${argsError(e, lang, argv)} ${WORDS[lang].hint}`, lang };
  }
  if (raw.values.help) return { ok: true, help: true, lang };
  const parsed = optionsSchema(lang).safeParse({ ...raw.values, positionals: raw.positionals });
  if (!parsed.success) {
    return { ok: false, message: `${parsed.error.issues[0].message} ${WORDS[lang].hint}`, lang };
  }
  const o = parsed.data;
  return {
    ok: true,
    help: false,
    options: {
      file: o.positionals[0],
      ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
      ...(o["plan-year"] !== undefined ? { planYear: o["plan-year"] } : {}),
      ...(o.frame.defaultFrame !== undefined ? { defaultFrame: o.frame.defaultFrame } : {}),
      frames: o.frame.frames,
      ...(o.unit !== undefined ? { unit: o.unit } : {}),
      json: o.json,
      ...(o.write !== undefined ? { write: o.write } : {}),
      ...(o.csv !== undefined ? { csv: o.csv } : {}),
      ...(o.pdf !== undefined ? { pdf: o.pdf } : {}),
      ...(o.compare !== undefined ? { compare: o.compare } : {}),
      ...(o["compare-sheet"] !== undefined ? { compareSheet: o["compare-sheet"] } : {}),
      lang: o.lang,
    },
  };
}
