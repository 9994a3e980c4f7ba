// "Compare with another file": the approved version picked with a file picker, read in the
// browser with the same package reader, engine and settings as any file (its own sheet found as
// for any file). The reader loads only now, as for file mode; the comparison with the changes section.
import type { Baseline } from "../core/compare";
import { check } from "../core";
import type { PackageProblem } from "../core";
import type { Settings } from "../core";

export type OtherFileBaseline =
  | { ok: true; baseline: Baseline }
  /** `problem`: why the reader refused it (password, .xls, damaged …), worded with the file name. */
  | { ok: false; reason: "UNREADABLE"; problem?: PackageProblem }
  | { ok: false; reason: "NO_TABLE" };

export async function baselineFromFile(
  fileName: string,
  data: ArrayBuffer,
  settings: Settings
): Promise<OtherFileBaseline> {
  const [ooxml, { baselineFromReport }] = await Promise.all([
    import(/* webpackChunkName: "ooxml-read" */ "../ooxml"),
    import(/* webpackChunkName: "changes" */ "../core/compare"),
  ]);
  const { sheet: _ignored, ...rest } = settings;
  let choice: ReturnType<typeof ooxml.findBudgetSheetInPackage>;
  try {
    const pkg = ooxml.openWorkbookPackage(new Uint8Array(data));
    choice = ooxml.findBudgetSheetInPackage(pkg, rest, fileName);
  } catch (e) {
    // Not a workbook, damaged, encrypted or over a limit: the notice names the file and says which.
    if (!(e instanceof ooxml.PackageError)) return { ok: false, reason: "UNREADABLE" };
    return { ok: false, reason: "UNREADABLE", problem: e.problem() };
  }
  if (!choice.ok) return { ok: false, reason: "NO_TABLE" };
  const r = check(choice.grid, rest);
  if (!r.ok) return { ok: false, reason: "NO_TABLE" };
  return { ok: true, baseline: { ...baselineFromReport(r.report, null), file: fileName } };
}
