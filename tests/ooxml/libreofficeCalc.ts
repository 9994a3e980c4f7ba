// LibreOffice as an independent calculator of the overview sheet: a profile that recalculates
// every formula of an .xlsx it loads, the copy with our cached results dropped (so its figures are
// its own), and the sheet converted to CSV and split into fields; the one way the tests run
// LibreOffice's conversions (soffice).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { workbookOf } from "./helpers";
import { withoutCachedValues } from "./sheetXml";

export const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** LibreOffice recalculates every formula of an .xlsx it loads (not only reads cached values). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

export function overviewPart(pkg: OoxmlPackage, sheet = "Budgetoversigt"): string {
  const found = workbookOf(pkg).sheets.find((s) => s.name === sheet);
  if (!found?.part) throw new Error("no overview");
  return found.part;
}

/** The formulas' cached results dropped, so LibreOffice's figures are its own. */
export function withoutCachedResults(bytes: Uint8Array): Uint8Array {
  const pkg = OoxmlPackage.fromZip(bytes);
  const part = overviewPart(pkg);
  pkg.setText(part, withoutCachedValues(pkg.text(part) ?? ""));
  return pkg.toZip();
}

/** One CSV line's fields (LibreOffice quotes a field with a comma in it). */
export const fields = (line: string): string[] =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"'));

/** A whole CSV's rows: a quoted field may hold commas, doubled quotes and line breaks. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

/** A profile folder under `dir` in which LibreOffice recalculates on load; made once per folder. */
export function recalcProfile(dir: string): string {
  const profile = path.join(dir, "profile");
  const user = path.join(profile, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(path.join(user, "registrymodifications.xcu"), RECALC_ALWAYS);
  return profile;
}

export interface SofficeOptions {
  /** Where the converted files go (default: `dir`/out). */
  out?: string;
  /**
   * A profile that recalculates every formula on load (the default; see recalcProfile), or
   * LibreOffice's own defaults (false), which show the results the file cached.
   */
  recalc?: boolean;
}

/** Converts files with soffice (headless, its profile under `dir`); returns the output folder. */
export function soffice(
  dir: string,
  to: string,
  files: string | string[],
  { out = path.join(dir, "out"), recalc = true }: SofficeOptions = {}
): string {
  const profile = recalc ? recalcProfile(dir) : path.join(dir, "profile");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      out,
      ...(typeof files === "string" ? [files] : files),
    ],
    { stdio: "pipe", timeout: 240_000 }
  );
  return out;
}

/** Every CSV LibreOffice wrote into `out` (one per sheet with the multi-sheet option), by file name. */
export function csvFiles(out: string): Map<string, string> {
  const csv = new Map<string, string>();
  for (const f of readdirSync(out).filter((f) => f.endsWith(".csv")))
    csv.set(f, readFileSync(path.join(out, f), "utf8"));
  return csv;
}
