// Tests that need a tool of the system (XlsxWriter, openpyxl, LibreOffice, poppler, Gnumeric,
// xmllint) or the shared corpus: on a developer's machine without it they are skipped with a
// printed message; under CI (CI=true, where .ci/run installs them all) a missing tool fails.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's python, which the CI installs the Python writers for (a pyenv python may lack them). */
export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

const runs = (cmd: string, args: string[]) => (): boolean => {
  try {
    execFileSync(cmd, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const TOOLS = {
  XlsxWriter: runs(PYTHON, ["-c", "import xlsxwriter"]),
  openpyxl: runs(PYTHON, ["-c", "import openpyxl"]),
  "LibreOffice (soffice)": runs("soffice", ["--version"]),
  "poppler (pdftotext)": runs("pdftotext", ["-v"]),
  "poppler (pdftoppm)": runs("pdftoppm", ["-v"]),
  "Gnumeric (ssconvert)": runs("ssconvert", ["--version"]),
  xmllint: runs("xmllint", ["--version"]),
};
export type Tool = keyof typeof TOOLS;
/** A tool, or anything else a test needs from the machine (the corpus folder) and whether it is there. */
export type Need = Tool | { what: string; present: boolean };

const known = new Map<Tool, boolean>();
function present(n: Need): boolean {
  if (typeof n !== "string") return n.present;
  if (!known.has(n)) known.set(n, TOOLS[n]());
  return known.get(n)!;
}
const nameOf = (n: Need): string => (typeof n === "string" ? n : n.what);

/** What of `needs` this machine lacks (each tool is looked for once per test file). */
export function missing(needs: Need[]): string[] {
  return needs.filter((n) => !present(n)).map(nameOf);
}

/** Whether every tool is there, for a test that only adds a check when it is (e.g. XlsxWriter). */
export function has(...needs: Need[]): boolean {
  return missing(needs).length === 0;
}

/**
 * `describe` when the machine has everything the tests need. Otherwise: under CI one failing test
 * names what is missing; elsewhere the tests are skipped with a printed message.
 */
export function describeWith(needs: Need[], name: string, fn: () => void): void {
  const lacking = missing(needs);
  if (lacking.length === 0) return describe(name, fn);
  const why = `${name}: needs ${lacking.join(", ")}`;
  if (process.env.CI === "true") {
    describe(name, () => {
      it(`has ${lacking.join(", ")}`, () => {
        throw new Error(`${why}; under CI every tool must be there (.ci/run installs them)`);
      });
    });
    return;
  }
  console.warn(`Skipped: ${why}.`);
  describe.skip(name, fn);
}

/** One test that needs tools, as describeWith does for a group. */
export function itWith(
  needs: Need[],
  name: string,
  fn: jest.ProvidesCallback,
  timeout?: number
): void {
  const lacking = missing(needs);
  if (lacking.length === 0) return it(name, fn, timeout);
  if (process.env.CI === "true") {
    it(name, () => {
      throw new Error(`${name}: needs ${lacking.join(", ")}; under CI every tool must be there`);
    });
    return;
  }
  console.warn(`Skipped: ${name}: needs ${lacking.join(", ")}.`);
  it.skip(name, fn);
}
