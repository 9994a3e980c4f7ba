// `budgettjek`: the Node shell around the engine. .xlsx in through the package reader
// (src/ooxml), report out (text or JSON), optional overview copy (the package writer: every
// part of the input that is not ours is kept byte for byte) and CSV. Exit 0 = no errors, 1 = error findings, 2 = the input
// or the options cannot be used (one line on stderr, never a stack trace).
import { promises as fs } from "node:fs";
import path from "node:path";
import { check } from "../core/check";
import { overviewCsv } from "../core/csv";
import { jsonReport } from "../core/jsonReport";
import { labelsFor } from "../core/labels";
import { DEFAULT_OVERVIEW_SHEET } from "../core/overviewNames";
import { DEFAULT_FRAME_ORE } from "../core/settings";
import { jsonChanges } from "../core/compare/jsonChanges";
import type { Lang, Report, Settings } from "../core/types";
import {
  findBudgetSheetInPackage,
  openWorkbookPackage,
  PackageError,
  packageErrorText,
  type PackageSheetChoice,
  type WorkbookPackage,
} from "../ooxml";
import { outputNameProblem, writeOverviewCopy } from "../ooxml/writeOverview";
import { changesFor } from "./compareRun";
import { humanChanges } from "./humanChanges";
import { humanReport } from "./humanReport";
import { parseOptions, USAGE, type CliOptions } from "./options";
import { writeAtomically, type AtomicWriteOutcome } from "./safeWrite";
import { renderReportPdf } from "../pdf/render";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Progress lines only for a person watching a terminal. */
  errIsTTY: boolean;
  /** Fixed in tests; the plan-year fallback and the overview's date come from it. */
  now: () => Date;
}

const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  errIsTTY: !!process.stderr.isTTY,
  now: () => new Date(),
};

const FAIL = {
  da: {
    missing: (f: string) => `Filen findes ikke: ${f}`,
    folder: (f: string) => `${f} er en mappe, ikke en projektmappe (.xlsx)`,
    access: (f: string) => `Ingen adgang til at læse ${f}`,
    unreadable: (f: string, d: string) => `${f} kan ikke læses (${d})`,
    noSheet: (s: string, f: string, all: string[]) =>
      `Arket «${s}» findes ikke i ${f}; arkene hedder: ${all.map((a) => `«${a}»`).join(", ")}`,
    noTable: (f: string) =>
      `Fandt ingen budgettabel i ${f}: intet ark har ${labelsFor("da").budgetTableWanted}; vælg arket med --sheet`,
    noTableOn: (s: string) =>
      `Fandt ingen budgettabel på arket «${s}»: der skal være ${labelsFor("da").budgetTableWanted}`,
    sameAsInput: (o: string) =>
      `${o} er inputfilen; vælg et andet navn, så originalen ikke overskrives`,
    noFolder: (o: string) => `Mappen til ${o} findes ikke`,
    isFolder: (o: string) => `${o} er en mappe; angiv et filnavn`,
    writeFailed: (o: string, d: string) => `Kunne ikke gemme ${o} (${d})`,
    unexpected: (d: string) => `Uventet fejl: ${d}`,
    reading: (f: string) => `Læser ${f} …`,
    wrote: (o: string, s: string) => `Gemte ${o} med arket «${s}».`,
    macroAsXlsx: (o: string) =>
      `${o}: projektmappen har makroer (.xlsm); kald kopien .xlsm, ellers kan Excel ikke åbne den`,
    plainAsXlsm: (o: string) => `${o}: projektmappen har ingen makroer; kald kopien .xlsx`,
    archived: (a: string, s: string) =>
      `Arket «${a}» var budgettjeks oversigt, men er omdøbt; det er nu jeres og er ikke ændret. Den nye oversigt står i «${s}».`,
    wroteCsv: (o: string) => `Gemte ${o}.`,
    skippedNames: (n: string[]) =>
      `Navnene ${n.join(", ")} findes allerede i projektmappen og peger andre steder hen; de er ikke ændret.`,
    renamed: (s: string) =>
      `Arket «${DEFAULT_OVERVIEW_SHEET}» findes allerede og er ikke lavet af budgettjek; oversigten står i «${s}».`,
  },
  en: {
    missing: (f: string) => `File not found: ${f}`,
    folder: (f: string) => `${f} is a folder, not a workbook (.xlsx)`,
    access: (f: string) => `No permission to read ${f}`,
    unreadable: (f: string, d: string) => `${f} cannot be read (${d})`,
    noSheet: (s: string, f: string, all: string[]) =>
      `There is no sheet "${s}" in ${f}; the sheets are: ${all.map((a) => `"${a}"`).join(", ")}`,
    noTable: (f: string) =>
      `No budget table found in ${f}: no sheet has ${labelsFor("en").budgetTableWanted}; choose one with --sheet`,
    noTableOn: (s: string) =>
      `No budget table found on sheet "${s}": it needs ${labelsFor("en").budgetTableWanted}`,
    sameAsInput: (o: string) =>
      `${o} is the input file; choose another name so the original is kept`,
    noFolder: (o: string) => `The folder for ${o} does not exist`,
    isFolder: (o: string) => `${o} is a folder; give a file name`,
    writeFailed: (o: string, d: string) => `Could not save ${o} (${d})`,
    unexpected: (d: string) => `Unexpected error: ${d}`,
    reading: (f: string) => `Reading ${f} …`,
    wrote: (o: string, s: string) => `Saved ${o} with the sheet "${s}".`,
    macroAsXlsx: (o: string) =>
      `${o}: the workbook has macros (.xlsm); name the copy .xlsm, or Excel cannot open it`,
    plainAsXlsm: (o: string) => `${o}: the workbook has no macros; name the copy .xlsx`,
    archived: (a: string, s: string) =>
      `The sheet "${a}" was budgettjek's overview but has been renamed; it is yours now and was not changed. The new overview is in "${s}".`,
    wroteCsv: (o: string) => `Saved ${o}.`,
    skippedNames: (n: string[]) =>
      `The names ${n.join(", ")} already exist in the workbook and point elsewhere; they were left alone.`,
    renamed: (s: string) =>
      `A sheet "${DEFAULT_OVERVIEW_SHEET}" exists that budgettjek did not make; the overview is in "${s}".`,
  },
};

/** Thrown inside run() for an input that cannot be used; becomes exit code 2 and one line. */
class UnusableInput extends Error {}

async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  const f = FAIL[lang];
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new UnusableInput(f.folder(file));
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof UnusableInput) throw e;
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnusableInput(f.missing(file));
    if (code === "EACCES" || code === "EPERM") throw new UnusableInput(f.access(file));
    throw new UnusableInput(f.unreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

function failText(o: AtomicWriteOutcome, target: string, lang: Lang): string | undefined {
  if (o.ok) return undefined;
  const f = FAIL[lang];
  switch (o.reason) {
    case "SAME_AS_INPUT":
      return f.sameAsInput(target);
    case "NO_FOLDER":
      return f.noFolder(target);
    case "IS_FOLDER":
      return f.isFolder(target);
    default:
      return f.writeFailed(target, o.detail ?? "");
  }
}

interface Checked {
  bytes: Uint8Array;
  report: Report;
}

/** Reads, opens and checks one workbook file; anything unusable throws UnusableInput (exit 2). */
async function checkFile(
  file: string,
  settings: Settings,
  lang: Lang,
  io: CliIo
): Promise<Checked> {
  const f = FAIL[lang];
  const name = path.basename(file);
  if (io.errIsTTY) io.err(f.reading(name));
  const clearProgress = () => io.errIsTTY && io.err("\r\x1b[K");
  let bytes: Uint8Array;
  let pkg: WorkbookPackage;
  let choice: PackageSheetChoice;
  try {
    bytes = await readInput(file, lang);
    pkg = openWorkbookPackage(bytes);
    choice = findBudgetSheetInPackage(pkg, settings, name);
  } catch (e) {
    if (e instanceof PackageError) throw new UnusableInput(packageErrorText(e, file, lang));
    throw e;
  } finally {
    clearProgress();
  }
  if (!choice.ok) {
    throw new UnusableInput(
      choice.reason === "SHEET_MISSING"
        ? f.noSheet(
            settings.sheet ?? "",
            file,
            pkg.sheets.map((w) => w.name)
          )
        : f.noTable(file)
    );
  }
  const result = check(choice.grid, settings);
  if (!result.ok) throw new UnusableInput(f.noTableOn(choice.sheet));
  return { bytes, report: result.report };
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  const { lang } = opts;
  const f = FAIL[lang];
  const name = path.basename(opts.file);
  const settings: Settings = {
    ...(opts.planYear !== undefined ? { planYear: opts.planYear } : {}),
    defaultFrame: opts.defaultFrame ?? DEFAULT_FRAME_ORE,
    frameGiven: opts.defaultFrame !== undefined,
    frames: opts.frames,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    currentYear: io.now().getFullYear(),
  };
  const { bytes, report } = await checkFile(opts.file, settings, lang, io);
  const since = await changesFor(opts, settings, bytes, report, (file, s) =>
    checkFile(file, s, lang, io)
  );

  // Files first: when a write fails, the run fails, and no report suggests otherwise.
  const notes: string[] = [];
  if (opts.csv) {
    const o = await writeAtomically(
      opts.csv,
      overviewCsv(report.overview, lang, since.changes),
      opts.file
    );
    const fail = failText(o, opts.csv, lang);
    if (fail) throw new UnusableInput(fail);
    notes.push(f.wroteCsv(opts.csv));
  }
  if (opts.pdf) {
    const pdf = await renderReportPdf({
      report,
      lang,
      fileName: name,
      date: io.now(),
      ...(since.changes ? { changes: since.changes } : {}),
    });
    const fail = failText(await writeAtomically(opts.pdf, pdf, opts.file), opts.pdf, lang);
    if (fail) throw new UnusableInput(fail);
    notes.push(f.wroteCsv(opts.pdf));
  }
  if (opts.write) {
    const target = opts.write;
    // The copy is made in memory first: it unpacks the package once and says whether it holds
    // macros, so a name that does not fit is refused before anything is written.
    const written = writeOverviewCopy(bytes, report.overview, lang, {
      date: io.now(),
      planOptions: { changes: since.changes },
    });
    const problem = outputNameProblem(written.macroEnabled, target);
    if (problem)
      throw new UnusableInput(
        problem === "MACRO_AS_XLSX" ? f.macroAsXlsx(target) : f.plainAsXlsm(target)
      );
    const { decision } = written;
    const sheetName = decision.sheetName;
    if (decision.archivedSheet !== undefined)
      notes.push(f.archived(decision.archivedSheet, sheetName));
    else if (sheetName !== DEFAULT_OVERVIEW_SHEET) notes.push(f.renamed(sheetName));
    if (written.skippedNames.length) notes.push(f.skippedNames(written.skippedNames));
    const o = await writeAtomically(opts.write, written.bytes, opts.file);
    const fail = failText(o, opts.write, lang);
    if (fail) throw new UnusableInput(fail);
    notes.push(f.wrote(opts.write, sheetName));
  }

  if (opts.json) {
    const json = {
      ...jsonReport(report, opts.file, lang),
      ...(since.changes ? { changes: jsonChanges(since.changes, opts.file, lang) } : {}),
    };
    io.out(JSON.stringify(json, null, 2) + "\n");
    // stdout holds exactly one JSON document; what was saved (and which baseline) goes to stderr.
    for (const n of [...since.notes, ...notes]) io.err(n + "\n");
  } else {
    io.out(humanReport(report, name, lang));
    if (since.changes) io.out("\n" + humanChanges(since.changes, since.notes, lang));
    else if (since.notes.length) io.out("\n" + since.notes.join("\n") + "\n");
    if (notes.length) io.out("\n" + notes.join("\n") + "\n");
  }
  return report.findings.some((x) => x.severity === "error") ? 1 : 0;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) {
    // `budgettjek … | head` closes the pipe early: that is the reader's choice, not a crash.
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    io.err(`budgettjek: ${parsed.message}\n`);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE[parsed.lang]);
    return 0;
  }
  try {
    return await run(parsed.options, io);
  } catch (e) {
    const { lang, file } = parsed.options;
    // A package error past the reading (the copy needs a part the input lacks) names the input.
    const text =
      e instanceof UnusableInput
        ? e.message
        : e instanceof PackageError
          ? packageErrorText(e, file, lang)
          : FAIL[lang].unexpected(e instanceof Error ? e.message : String(e));
    io.err(`budgettjek: ${text}\n`);
    return 2;
  }
}
