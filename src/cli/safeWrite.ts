// Writing output files without ever touching the input, and without half-written files:
// a temporary file beside the target, then a rename (atomic on the same file system).
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/** The real path of `p`, following links; for a file not there yet, its real folder + name. */
async function realTarget(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
  }
}

/** Case-insensitive file systems (Windows, macOS by default) see "Plan.xlsx" = "plan.xlsx". */
const fold = (p: string): string =>
  process.platform === "win32" || process.platform === "darwin" ? p.toLowerCase() : p;

/** True when `target` names the same file as `input` (other spelling, link or hard link). */
export async function sameFile(target: string, input: string): Promise<boolean> {
  const [a, b] = await Promise.all([realTarget(target), realTarget(input)]);
  if (fold(a) === fold(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(target), fs.stat(input)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export type AtomicWriteFailure = "SAME_AS_INPUT" | "NO_FOLDER" | "IS_FOLDER" | "FAILED";

export type AtomicWriteOutcome =
  { ok: true; path: string } | { ok: false; reason: AtomicWriteFailure; detail?: string };

/** Writes `data` to `target` through a temporary file in the same folder, then renames it. */
export async function writeAtomically(
  target: string,
  data: Uint8Array | string,
  input: string
): Promise<AtomicWriteOutcome> {
  const abs = path.resolve(target);
  const dir = path.dirname(abs);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) return { ok: false, reason: "NO_FOLDER" };
  } catch {
    return { ok: false, reason: "NO_FOLDER" };
  }
  try {
    if ((await fs.stat(abs)).isDirectory()) return { ok: false, reason: "IS_FOLDER" };
  } catch {
    // Not there yet: the usual case.
  }
  if (await sameFile(abs, input)) return { ok: false, reason: "SAME_AS_INPUT" };
  const tmp = path.join(
    dir,
    `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    // "wx": never reuse a file that is already there.
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, abs);
    return { ok: true, path: abs };
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return { ok: false, reason: "FAILED", detail: e instanceof Error ? e.message : String(e) };
  }
}
