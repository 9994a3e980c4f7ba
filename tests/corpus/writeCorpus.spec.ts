// The package writer over every readable workbook of the real-world corpus (never copied here):
// a small budget sheet is grafted into each at test time, the overview written in, and the copy
// must pass the check before saving; every part it added or changed must parse with saxes,
// namespace-aware. The outcomes are counted by result (printed); LibreOffice opens a small sample.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { check } from "../../src/core/check";
import { findBudgetSheetInPackage, openWorkbookPackage, PackageError } from "../../src/ooxml";
import { CT, setOverrides } from "../../src/ooxml/write/contentTypes";
import { REL_TYPES } from "../../src/ooxml/write/opc";
import { workbookOf } from "../ooxml/helpers";
import {
  freeRelId,
  MAIN_NS,
  OoxmlPackage,
  packageRels,
  relativeTarget,
} from "../../src/ooxml/write/opc";
import { addRels } from "../../src/ooxml/write/relsEdit";
import { editWorkbook } from "../../src/ooxml/write/workbookEdit";
import { escapeXml } from "../../src/ooxml/write/xml";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { SETTINGS } from "../ooxml/helpers";
import { describeWith } from "../tools";
import { CORPUS_DIR, corpusFiles } from "./corpusRun";
import { CSV, csvFiles, soffice } from "../ooxml/libreofficeCalc";

const BUDGET = "Tryghedsplan budget";
const HEADER = ["Nr.", "Aktivitet", "Indsatsområde", "Aktivitetsansvarlig", 2026, 2027];
const ROWS: (string | number)[][] = [
  [1, "Lommepengejob", "Uddannelse og beskæftigelse", "Ny Start", 120000, 120000],
  [2, "Det gode valg", "Positive fællesskaber", "SSP", 150000, 90000],
  [3, "Nyt mødested", "Aktive byrum", "Helhedsplanen", 300000, 0],
];

function budgetSheetXml(): string {
  const cell = (v: string | number, col: number, row: number): string => {
    const ref = `${String.fromCharCode(65 + col)}${row}`;
    return typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
  };
  const rows = [["Tryghedsplan 2026 – økonomi"], [], HEADER, ...ROWS]
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, j, i + 1)).join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The workbook with a budget sheet added as its last sheet. */
function graft(bytes: Uint8Array): Uint8Array {
  const pkg = OoxmlPackage.fromZip(bytes);
  const info = workbookOf(pkg);
  const dir = info.workbookPart.slice(0, info.workbookPart.lastIndexOf("/") + 1);
  const part = pkg.freeName(`${dir}worksheets/budget`, ".xml");
  const relId = freeRelId(packageRels(pkg, info.workbookPart));
  const target = relativeTarget(info.workbookPart, part);
  addRels(pkg, info.workbookPart, [{ id: relId, type: REL_TYPES.worksheet, target }]);
  pkg.setText(part, budgetSheetXml());
  setOverrides(pkg, [{ part, type: CT.worksheet }]);
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const addSheet = { name: BUDGET, sheetId, relId };
  pkg.setText(
    info.workbookPart,
    editWorkbook(pkg.text(info.workbookPart) ?? "", info, { addSheet, dropNames: [], addNames: [] })
  );
  return pkg.toZip();
}

/** Parts the copy added or changed that saxes (namespace-aware) refuses. */
function saxesProblems(before: Uint8Array, after: Uint8Array): string[] {
  const a = OoxmlPackage.fromZip(before);
  const b = OoxmlPackage.fromZip(after);
  const out: string[] = [];
  for (const n of b.names()) {
    if (!/\.(xml|rels|vml)$/i.test(n)) continue;
    let mine: Uint8Array | undefined;
    try {
      mine = b.bytes(n);
    } catch {
      // A part damaged in the input (a fuzzer's file) is carried as stored, damage and all.
      continue;
    }
    const theirs = a.has(n) ? a.bytes(n) : undefined;
    if (theirs && mine && Buffer.from(theirs).equals(Buffer.from(mine))) continue;
    const p = new SaxesParser({ xmlns: true });
    p.on("error", (e) => {
      throw e;
    });
    try {
      p.write(b.text(n) ?? "").close();
    } catch (e) {
      out.push(`${n}: ${String(e)}`);
    }
  }
  return out;
}

type Outcome = { file: string; result: string; detail?: string; copy?: Uint8Array };

function writeOne(file: string): Outcome | undefined {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DIR, file)));
  try {
    openWorkbookPackage(bytes);
  } catch {
    return undefined; // not readable: the reader's own test covers these
  }
  let grafted: Uint8Array;
  try {
    grafted = graft(bytes);
  } catch (e) {
    return { file, result: `graft: ${e instanceof PackageError ? e.code : String(e)}` };
  }
  try {
    const pkg = openWorkbookPackage(grafted);
    const choice = findBudgetSheetInPackage(pkg, { ...SETTINGS, sheet: BUDGET });
    if (!choice.ok) return { file, result: "graft: no budget sheet" };
    const result = check(choice.grid, SETTINGS);
    if (!result.ok) return { file, result: "graft: no budget table" };
    const date = new Date(2026, 2, 5);
    const copy = writeOverviewCopy(grafted, result.report.overview, "da", { date }).bytes;
    const bad = saxesProblems(grafted, copy);
    return bad.length
      ? { file, result: "INVALID", detail: bad[0] }
      : { file, result: "written", copy };
  } catch (e) {
    if (e instanceof PackageError) return { file, result: e.code, detail: e.message };
    return { file, result: "CRASH", detail: String(e) };
  }
}

const files = corpusFiles().filter((f) => /\.xls[xm]$/i.test(f));
const corpus = { what: `the corpus in ${CORPUS_DIR}`, present: files.length > 0 };

describeWith([corpus, "LibreOffice (soffice)"], "the package writer over the corpus", () => {
  const outcomes: Outcome[] = [];
  beforeAll(() => {
    for (const f of files) {
      const o = writeOne(f);
      if (o) outcomes.push(o);
    }
    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[o.result] = (counts[o.result] ?? 0) + 1;
    console.log(`corpus write: ${outcomes.length} readable files; ${JSON.stringify(counts)}`);
  }, 600_000);

  it("writes a valid copy of every readable workbook (no copy that saxes refuses, no crash)", () => {
    expect(outcomes.length).toBeGreaterThan(500);
    const wrong = outcomes.filter((o) => o.result === "INVALID" || o.result === "CRASH");
    expect(wrong.map((o) => `${o.file}: ${o.result} ${o.detail ?? ""}`)).toEqual([]);
    // A copy the check refuses is a writer's failure too: there should be none.
    const refused = outcomes.filter((o) => o.result === "COPY_INVALID");
    expect(refused.map((o) => `${o.file}: ${o.detail ?? ""}`)).toEqual([]);
  });

  it("LibreOffice opens a sample of the copies with the overview in them", () => {
    const written = outcomes.filter((o) => o.copy);
    const step = Math.max(1, Math.floor(written.length / 6));
    const sample = written.filter((_, i) => i % step === 0).slice(0, 6);
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-write-"));
    try {
      mkdirSync(path.join(dir, "in"));
      const names = sample.map((o, i) => {
        const file = path.join(dir, "in", `copy${i}.xlsx`);
        writeFileSync(file, o.copy as Uint8Array);
        return file;
      });
      const out = [...csvFiles(soffice(dir, CSV, names, { recalc: false })).keys()];
      const missing = sample.filter((o, i) => !out.includes(`copy${i}-Budgetoversigt.csv`));
      expect(missing.map((o) => o.file)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
