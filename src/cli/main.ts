// `budgettjek`: the Node shell around the engine. .xlsx in through the package reader
// (src/ooxml), report out (text or JSON), optional overview copy (the package writer: every
// part of the input that is not ours is kept byte for byte) and CSV. Exit 0 = no errors, 1 = error findings, 2 = the input
// or the options cannot be used (one line on stderr, never a stack trace).
import { promises as fs } from "node:fs";
import path from "node:path";
import { check } from "../core";
import { overviewCsv } from "../core/overview";
import { jsonReport } from "../core/overview/jsonReport";
import { DEFAULT_OVERVIEW_SHEET } from "../core/overview";
import { DEFAULT_FRAME_ORE } from "../core";
import { jsonChanges } from "../core/overview/jsonChanges";
import type { Lang, Report, Settings } from "../core";
import {
  findBudgetSheetInPackage,
  openWorkbookPackage,
  PackageError,
  packageErrorText,
  type PackageSheetChoice,
  type WorkbookPackage,
} from "../ooxml";
import { outputNameProblem, writeOverviewCopy } from "../ooxml/write/writeOverview";
import { changesFor, type ChangesOutcome } from "./compareRun";
import { humanChanges } from "./humanChanges";
import { humanReport } from "./humanReport";
import { parseOptions, USAGE, type CliOptions } from "./options";
import { writeAtomically, type AtomicWriteOutcome } from "./safeWrite";
import { FAIL } from "./words";
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

/** Thrown inside run() for an input that cannot be used; becomes exit code 2 and one line. */
class UnusableInput extends Error {}

async function readInput(file: string, lang: Lang, approved: boolean): Promise<Uint8Array> {
  const f = FAIL[lang];
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new UnusableInput(f.folder(file));
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof UnusableInput) throw e;
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UnusableInput(approved ? f.approvedMissing(file) : f.missing(file));
    if (code === "EACCES" || code === "EPERM") throw new UnusableInput(f.access(file));
    throw new UnusableInput(f.unreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

/** Writes one output file next to nothing the user read; a refusal ends the run with its line. */
async function save(target: string, data: Uint8Array | string, input: string, lang: Lang) {
  const fail = failText(await writeAtomically(target, data, input), target, lang);
  if (fail) throw new UnusableInput(fail);
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

/**
 * Reads, opens and checks one workbook file; anything unusable throws UnusableInput (exit 2).
 * `approved`: the file given with --compare, so its messages say so and name --compare-sheet.
 */
async function checkFile(
  file: string,
  settings: Settings,
  lang: Lang,
  io: CliIo,
  approved = false
): Promise<Checked> {
  const f = FAIL[lang];
  const name = path.basename(file);
  if (io.errIsTTY) io.err(f.reading(name));
  const clearProgress = () => io.errIsTTY && io.err("\r\x1b[K");
  let bytes: Uint8Array;
  let pkg: WorkbookPackage;
  let choice: PackageSheetChoice;
  try {
    bytes = await readInput(file, lang, approved);
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
        : f.noTable(file, approved ? "--compare-sheet" : "--sheet")
    );
  }
  const result = check(choice.grid, settings);
  if (!result.ok) throw new UnusableInput(f.noTableOn(choice.sheet));
  return { bytes, report: result.report };
}

/** `--write`: the overview in a copy of the workbook; returns the lines that say what was saved. */
async function writeOverviewFile(
  opts: CliOptions,
  target: string,
  bytes: Uint8Array,
  report: Report,
  since: ChangesOutcome,
  io: CliIo
): Promise<string[]> {
  const f = FAIL[opts.lang];
  // The copy is made in memory first: it unpacks the package once and says whether it holds
  // macros, so a name that does not fit is refused before anything is written.
  const written = writeOverviewCopy(bytes, report.overview, opts.lang, {
    date: io.now(),
    planOptions: { changes: since.changes },
  });
  const problem = outputNameProblem(written.macroEnabled, target);
  if (problem)
    throw new UnusableInput(
      problem === "NOT_WORKBOOK_NAME"
        ? f.notWorkbookName(target, written.macroEnabled ? "xlsm" : "xlsx")
        : problem === "MACRO_AS_XLSX"
          ? f.macroAsXlsx(target)
          : f.plainAsXlsm(target)
    );
  const notes: string[] = [];
  const { decision } = written;
  const sheetName = decision.sheetName;
  if (decision.archivedSheet !== undefined)
    notes.push(f.archived(decision.archivedSheet, sheetName));
  else if (sheetName !== DEFAULT_OVERVIEW_SHEET) notes.push(f.renamed(sheetName));
  if (written.skippedNames.length) notes.push(f.skippedNames(written.skippedNames));
  await save(target, written.bytes, opts.file, opts.lang);
  notes.push(f.wrote(target, sheetName));
  return notes;
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
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    currentYear: io.now().getFullYear(),
  };
  const { bytes, report } = await checkFile(opts.file, settings, lang, io);
  const since = await changesFor(opts, settings, bytes, report, (file, s) =>
    checkFile(file, s, lang, io, true)
  );

  // Files first: when a write fails, the run fails, and no report suggests otherwise.
  const notes: string[] = [];
  if (opts.csv) {
    await save(opts.csv, overviewCsv(report.overview, lang, since.changes), opts.file, lang);
    notes.push(f.savedFile(opts.csv));
  }
  if (opts.pdf) {
    const pdf = await renderReportPdf({
      report,
      lang,
      fileName: name,
      date: io.now(),
      ...(since.changes ? { changes: since.changes } : {}),
      planYearByOption: opts.planYear !== undefined,
    });
    await save(opts.pdf, pdf, opts.file, lang);
    notes.push(f.savedFile(opts.pdf));
  }
  if (opts.write)
    notes.push(...(await writeOverviewFile(opts, opts.write, bytes, report, since, io)));

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
