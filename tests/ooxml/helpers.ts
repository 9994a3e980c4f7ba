// Fidelity fixtures (made by XlsxWriter at test time) and the checks for what makes Excel offer
// to repair a file: relationship targets, content types, unique names, complete table XML.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { check } from "../../src/core/check";
import type { Report, Settings } from "../../src/core/types";
import { findBudgetSheetInPackage, openWorkbookPackage } from "../../src/ooxml";
import { PYTHON } from "../tools";
import { contentTypeOf } from "../../src/ooxml/write/contentTypes";
import { readTables, readWorkbookModel } from "../../src/ooxml/read/workbookModel";
import { OoxmlPackage, packageRels } from "../../src/ooxml/write/opc";
import { attrLocal, findElement, findElements } from "../../src/ooxml/write/xml";

const ROOT = path.join(__dirname, "..", "..");
const SHARED = process.env.SHARED_DIR ?? path.join(ROOT, "..", "shared");
export const VBA = path.join(SHARED, "corpus", "xlsxwriter-assets", "vbaProject.bin");

let made: string | undefined;
/** Makes the fixtures once per test file; returns their folder. */
export function fixtures(): string {
  if (made) return made;
  const dir = mkdtempSync(path.join(tmpdir(), "fidelity-"));
  const args = [path.join(__dirname, "make_fidelity.py"), dir];
  if (existsSync(VBA)) args.push(VBA);
  execFileSync(PYTHON, args, { stdio: "pipe" });
  made = dir;
  return dir;
}

/** The package's workbook model with its tables, as the reader and the writer read it. */
export function workbookOf(pkg: OoxmlPackage) {
  const model = readWorkbookModel(pkg);
  return { ...model, tables: readTables(pkg, model) };
}

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(fixtures(), name)));

export const SETTINGS: Settings = {
  defaultFrame: 190_000_000,
  frameGiven: false,
  frames: {},
  currentYear: 2026,
} as Settings;

export async function reportOf(bytes: Uint8Array): Promise<Report> {
  // Read as the command reads it (our own overview sheet, once written, is skipped).
  const choice = findBudgetSheetInPackage(
    openWorkbookPackage(bytes.slice(0)),
    SETTINGS,
    "fidelity"
  );
  if (!choice.ok) throw new Error("no budget sheet");
  const result = check(choice.grid, SETTINGS);
  if (!result.ok) throw new Error("no budget table");
  return result.report;
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** Parts present in both whose bytes differ, parts only in `after`, parts only in `before`. */
export function diffParts(before: Uint8Array, after: Uint8Array) {
  const a = OoxmlPackage.fromZip(before);
  const b = OoxmlPackage.fromZip(after);
  return {
    changed: a
      .names()
      .filter((n) => b.has(n) && !same(a.bytes(n), b.bytes(n)))
      .sort(),
    added: b
      .names()
      .filter((n) => !a.has(n))
      .sort(),
    removed: a
      .names()
      .filter((n) => !b.has(n))
      .sort(),
  };
}

function wellFormed(name: string, xml: string): string[] {
  const problems: string[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on("error", (e) => problems.push(`${name}: ${e.message}`));
  try {
    p.write(xml).close();
  } catch (e) {
    problems.push(`${name}: ${String(e)}`);
  }
  return problems.slice(0, 1);
}

function tableProblems(pkg: OoxmlPackage): string[] {
  const out: string[] = [];
  for (const t of workbookOf(pkg).tables) {
    const xml = pkg.text(t.part) ?? "";
    const el = findElement(xml, "table");
    const cols = findElement(xml, "tableColumns");
    if (!el || !attrLocal(el, "ref") || !cols) {
      out.push(`${t.part}: table without ref or tableColumns`);
      continue;
    }
    const names = findElements(xml, "tableColumn").map((c) =>
      (attrLocal(c, "name") ?? "").toLowerCase()
    );
    if (Number(attrLocal(cols, "count")) !== names.length) out.push(`${t.part}: count ≠ columns`);
    if (new Set(names).size !== names.length) out.push(`${t.part}: duplicate column names`);
    const ids = findElements(xml, "tableColumn").map((c) => attrLocal(c, "id"));
    if (new Set(ids).size !== ids.length) out.push(`${t.part}: duplicate column ids`);
  }
  return out;
}

function uniqueProblems(pkg: OoxmlPackage): string[] {
  const info = workbookOf(pkg);
  const out: string[] = [];
  const dup = (what: string, list: string[]): void => {
    const seen = new Set<string>();
    for (const n of list.map((s) => s.toLowerCase())) {
      if (seen.has(n)) out.push(`duplicate ${what}: ${n}`);
      seen.add(n);
    }
  };
  const unique: [string, string[]][] = [
    ["sheet name", info.sheets.map((s) => s.name)],
    ["sheetId", info.sheets.map((s) => String(s.sheetId))],
    ["table name", info.tables.map((t) => t.name)],
    ["table id", info.tables.map((t) => String(t.id))],
    ["defined name", info.names.map((n) => `${n.localSheetId ?? "wb"}!${n.name}`)],
  ];
  for (const [what, list] of unique) dup(what, list);
  const tableNames = new Set(info.tables.map((t) => t.name.toLowerCase()));
  for (const n of info.names) {
    if (n.localSheetId === undefined && tableNames.has(n.name.toLowerCase()))
      out.push(`name = table: ${n.name}`);
    if (n.localSheetId !== undefined && n.localSheetId >= info.sheets.length)
      out.push(`localSheetId out of range: ${n.name}`);
  }
  return out;
}

/** Everything that would make Excel offer to repair the package (that we can check here). */
export function packageProblems(bytes: Uint8Array): string[] {
  const pkg = OoxmlPackage.fromZip(bytes);
  const out: string[] = [];
  for (const name of pkg.names()) {
    if (name === "[Content_Types].xml") continue;
    if (!contentTypeOf(pkg, name)) out.push(`no content type: ${name}`);
    if (/\.(xml|rels|vml)$/.test(name)) out.push(...wellFormed(name, pkg.text(name) ?? ""));
  }
  for (const source of ["", ...pkg.names()]) {
    for (const r of packageRels(pkg, source)) {
      if (r.part && !pkg.has(r.part))
        out.push(`missing target ${r.part} (from ${source || "package"})`);
    }
    const ids = packageRels(pkg, source).map((r) => r.id);
    if (new Set(ids).size !== ids.length) out.push(`duplicate relationship id in ${source}`);
  }
  return [...out, ...uniqueProblems(pkg), ...tableProblems(pkg)];
}
