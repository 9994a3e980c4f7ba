// "Ret alle N af denne slags" in Excel: every fix of the group in one Excel.run (one undo step at
// ExcelApi 1.20), the neighbours' formats read in one sync, the writes in as few syncs as the
// request limit allows; only the fixed cells change. Against the Office stand-in.
import { check } from "../core";
import { fixAllFor, type CellFix } from "../core/findings";
import { DEFAULT_FRAME_ORE } from "../core/settings";
import type { CellValue } from "../core";
import { FakeWorkbook } from "../../tests/office/standIn";
import { createOfficeHost } from "./officeHost";
import { FIXES_PER_SYNC } from "./applyFix";

const SHEET = "Tryghedsplan 2026";

/** A plan whose every other activity has its amount typed as text ("12.000 kr."). */
function plan(n: number) {
  const rows: CellValue[][] = [["Aktivitet", 2026]];
  for (let i = 0; i < n; i++) {
    rows.push([`Aktivitet ${i + 1}`, `${(i + 1) * 1000} kr.`]);
    rows.push([`Tal ${i + 1}`, 500]);
  }
  const wb = new FakeWorkbook();
  wb.supportUpTo("1.20");
  const sheet = wb.addSheet(SHEET).put("A1", rows);
  // The sheet's own amount format, which the fixed cells take from their neighbours.
  for (let r = 3; r <= rows.length; r += 2) sheet.cell(`B${r}`)!.numberFormat = "#,##0";
  const report = check(
    { sheetName: SHEET, originRow: 0, originCol: 0, rows },
    { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 }
  );
  if (!report.ok) throw new Error("no table");
  const texts = report.report.findings.filter((f) => f.code === "TEXT_AMOUNT");
  const fixes = fixAllFor(texts, report.report);
  if (!fixes) throw new Error("no fix-all");
  return { wb, sheet, fixes };
}

function snapshot(wb: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) {
    for (const [k, c] of s.cells)
      out.set(`${s.name}|${k}`, `${c.value}|${c.formula}|${c.numberFormat}`);
  }
  return out;
}

describe("applyFixes in Excel", () => {
  it("694 fixes: one run, one undo group, two syncs (formats, then the writes)", async () => {
    const { wb, sheet, fixes } = plan(694);
    expect(fixes).toHaveLength(694);
    const before = snapshot(wb);
    const outcome = await createOfficeHost({ runtime: wb.runtime() }).applyFixes(fixes);
    expect(outcome).toEqual({ kind: "written" });
    expect(wb.runs).toEqual([{ options: { mergeUndoGroup: true }, syncs: 2 }]);
    expect(sheet.cell("B2")).toMatchObject({ value: 1000, numberFormat: "#,##0" });
    expect(sheet.cell("B1388")).toMatchObject({ value: 694000, numberFormat: "#,##0" });
    // Exactly the 694 text cells changed.
    const after = snapshot(wb);
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed).toHaveLength(694);
    expect(changed.every((k) => k.startsWith(`${SHEET}|`))).toBe(true);
    const texts = fixes.map((f) => `${SHEET}|${f.at.row},${f.at.col}`);
    expect(new Set(changed)).toEqual(new Set(texts));
  });

  it("more than a thousand: the writes split over syncs, still one run and one undo group", async () => {
    const { wb, fixes } = plan(FIXES_PER_SYNC * 2 + 5);
    await createOfficeHost({ runtime: wb.runtime() }).applyFixes(fixes);
    expect(wb.runs).toEqual([{ options: { mergeUndoGroup: true }, syncs: 1 + 3 }]);
  });

  it("SUM formulas; retried once without the group when Excel refuses it, and says so", async () => {
    const { wb, sheet } = plan(2);
    wb.platform = "windows";
    wb.undoTable["Range.formulas"] = { web: false, desktop: true };
    const sums: CellFix[] = ["B", "C"].map((col, i) => ({
      code: "TOTAL_MISMATCH",
      at: { sheet: SHEET, row: 5, col: i + 1 },
      write: { kind: "formula", formula: `=SUM(${col}2:${col}3)`, value: 0 },
      label: { kind: "sum", formula: `=SUM(${col}2:${col}3)` },
    }));
    const outcome = await createOfficeHost({ runtime: wb.runtime() }).applyFixes(sums);
    expect(outcome).toEqual({ kind: "written", mayNotUndo: true });
    expect([sheet.cell("B6")?.formula, sheet.cell("C6")?.formula]).toEqual([
      "SUM(B2:B3)",
      "SUM(C2:C3)",
    ]);
    expect(wb.runs.map((r) => r.options)).toEqual([{ mergeUndoGroup: true }, undefined]);
  });

  it("a fix on a sheet that is gone: SHEET_MISSING", async () => {
    const { wb, fixes } = plan(3);
    const moved = fixes.map((f, i) => (i === 2 ? { ...f, at: { ...f.at, sheet: "Væk" } } : f));
    await expect(
      createOfficeHost({ runtime: wb.runtime() }).applyFixes(moved)
    ).rejects.toMatchObject({ code: "SHEET_MISSING" });
  });
});
