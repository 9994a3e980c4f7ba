// Runs the command in-process with captured output and a fixed clock, and keeps fixture files in
// a temporary folder per test file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { toBytes } from "../xlsx/fixtures";

export const NOW = new Date(2026, 2, 5, 10, 0);

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], opts: { tty?: boolean } = {}): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    errIsTTY: opts.tty ?? false,
    now: () => NOW,
  });
  return { code, out, err };
}

export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "budgettjek-"));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function writeWorkbook(file: string, wb: ExcelJS.Workbook): Promise<string> {
  writeFileSync(file, await toBytes(wb));
  return file;
}
