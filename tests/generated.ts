// Workbooks written at test time by a Python script (XlsxWriter, openpyxl: the writers users meet),
// read as the command reads them: the package reader picks the budget sheet, check() reports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { check, type Report, type Settings } from "../src/core";
import { toEngineSettings } from "../src/core/settings";
import { findBudgetSheetInPackage, openWorkbookPackage } from "../src/ooxml";
import { PYTHON } from "./tools";

/** The settings a workbook without stored settings gets in 2026 (frame 1.900.000 kr.). */
export const SETTINGS_2026: Settings = toEngineSettings({ version: 1 }, 2026);

/** The folder `script` (a path) writes its workbooks into: written once, on first use. */
export function generatedBy(script: string): {
  dir: () => string;
  bytes: (name: string) => Uint8Array;
} {
  let dir: string | undefined;
  const made = (): string => {
    if (dir) return dir;
    dir = mkdtempSync(path.join(tmpdir(), `${path.basename(script, ".py")}-`));
    execFileSync(PYTHON, [script, dir], { stdio: "pipe" });
    return dir;
  };
  return { dir: made, bytes: (name) => new Uint8Array(readFileSync(path.join(made(), name))) };
}

/** The report on a workbook's budget sheet; throws where there is none, naming the file. */
export function reportOfBytes(bytes: Uint8Array, name: string, settings = SETTINGS_2026): Report {
  const choice = findBudgetSheetInPackage(openWorkbookPackage(bytes), settings, name);
  if (!choice.ok) throw new Error(`no budget sheet in ${name}`);
  const result = check(choice.grid, settings);
  if (!result.ok) throw new Error(`no budget table in ${name}`);
  return result.report;
}
