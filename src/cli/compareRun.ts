// Where the command's baseline comes from: `--compare APPROVED.xlsx` (checked with the same engine
// and settings; its own title, sheet name and "Ramme" row count as they do for any file), else a
// baseline stored in the checked workbook, else none. A damaged stored baseline is reported and
// the check runs on without it.
import { outputLabelsFor } from "../core/words";
import path from "node:path";
import { baselineFromReport, danishDate, type Baseline } from "../core/compare";
import { compare, type Changes } from "../core/compare";
import type { Lang, Report, Settings } from "../core";
import { readStoredBaseline } from "../ooxml/read/baselinePart";

export interface ChangesOutcome {
  changes?: Changes;
  /** Lines that say which baseline is used (or why none is). */
  notes: string[];
}

/** Opens and checks a workbook file as the command does for its main file (throws UnusableInput). */
export type CheckFile = (file: string, settings: Settings) => Promise<{ report: Report }>;

function yearList(c: Changes): string {
  const ys = c.years.map((y) => y.year);
  return ys.length ? ys.join(", ") : "–";
}

function withPlanYearNote(c: Changes, report: Report, notes: string[], lang: Lang): ChangesOutcome {
  if (c.otherPlanYear) {
    notes.push(
      outputLabelsFor(lang).changes.otherPlanYear(c.baseline.planYear, report.planYear, yearList(c))
    );
  }
  return { changes: c, notes };
}

export async function changesFor(
  opts: { compare?: string; compareSheet?: string; lang: Lang },
  settings: Settings,
  bytes: Uint8Array,
  report: Report,
  checkFile: CheckFile
): Promise<ChangesOutcome> {
  const w = outputLabelsFor(opts.lang).changes;
  if (opts.compare !== undefined) {
    const { sheet: _sheet, ...rest } = settings;
    const approvedSettings: Settings =
      opts.compareSheet !== undefined ? { ...rest, sheet: opts.compareSheet } : rest;
    const approved = await checkFile(opts.compare, approvedSettings);
    const baseline: Baseline = {
      ...baselineFromReport(approved.report, null),
      file: opts.compare,
    };
    const notes = [w.file(path.basename(opts.compare), approved.report.sheet)];
    return withPlanYearNote(compare(baseline, report), report, notes, opts.lang);
  }
  let stored: ReturnType<typeof readStoredBaseline>;
  try {
    stored = readStoredBaseline(bytes);
  } catch (e) {
    // The workbook opened, so this is a damaged optional part; the check goes on.
    return { notes: [w.damaged(`customXml: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  if (!stored.found) return { notes: [] };
  if (!stored.ok) return { notes: [w.damaged(`${stored.part}: ${stored.detail}`)] };
  const at = stored.baseline.approvedAt;
  const notes = [at ? w.stored(danishDate(at)) : w.storedNoDate];
  return withPlanYearNote(compare(stored.baseline, report), report, notes, opts.lang);
}
