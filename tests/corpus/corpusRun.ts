// Reads every workbook in the real-world corpus as file mode does (open the package, read every
// sheet, look for a budget table), timing each file. Shared by the corpus test and the bench.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { hasBudgetTable } from "../../src/core/sheet/hasBudgetTable";
import { toEngineSettings } from "../../src/core/settings";
import { openWorkbookPackage, packageFacts, PackageError } from "../../src/ooxml";

/** The shared folder beside the repository (SHARED_DIR overrides it, e.g. in a second checkout). */
export const SHARED_DIR =
  process.env.SHARED_DIR ?? path.resolve(__dirname, "..", "..", "..", "shared");

export const CORPUS_DIR = path.join(SHARED_DIR, "corpus", "realworld", "files");

export interface CorpusOutcome {
  /** Path under the corpus folder ("poi/x.xlsx"). */
  file: string;
  ext: string;
  /** "ok", a PackageError code, or "CRASH". */
  result: string;
  /** Wall time. */
  ms: number;
  /** This process's CPU time (user + system): what the file costs whatever else the machine runs. */
  cpuMs: number;
  detail?: string;
}

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const out: string[] = [];
  for (const d of readdirSync(CORPUS_DIR).sort()) {
    for (const f of readdirSync(path.join(CORPUS_DIR, d)).sort()) out.push(`${d}/${f}`);
  }
  return out;
}

const settings = toEngineSettings({ version: 1 }, 2026);

export function readCorpusFile(file: string): CorpusOutcome {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DIR, file)));
  const ext = path.extname(file).slice(1).toLowerCase();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let result = "ok";
  let detail: string | undefined;
  try {
    const pkg = openWorkbookPackage(bytes);
    packageFacts(pkg);
    for (const s of pkg.sheets) hasBudgetTable(pkg.readSheet(s.name, file).grid, settings);
  } catch (e) {
    result = e instanceof PackageError ? e.code : "CRASH";
    detail = e instanceof Error ? e.message : String(e);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { file, ext, result, ms, cpuMs, ...(detail ? { detail } : {}) };
}
