// A fix writes exactly its one cell, in one sync, as one undo group where ExcelApi 1.20 exists,
// against the Office stand-in (which enforces load/sync and refuses what Office refuses).
import type { CellFix } from "../core/findings";
import { FakeWorkbook } from "../../tests/office/standIn";
import { createOfficeHost } from "./officeHost";

const SHEET = "Tryghedsplan 2026";

function workbook() {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet(SHEET).put("A1", [
    ["Aktivitet", 2026, 2027],
    ["Lommepengejob", "120.000 kr.", 5000],
    ["Haven", 100, 200],
    ["I alt", 999, 5200],
  ]);
  wb.addSheet("Noter").put("A1", [["Husk møde"]]);
  return { wb, sheet };
}

const toNumber: CellFix = {
  code: "TEXT_AMOUNT",
  at: { sheet: SHEET, row: 1, col: 1 },
  write: { kind: "number", value: 120000, numberFormat: '#,##0 "kr."', formatFrom: [] },
  label: { kind: "toNumber", amount: 12000000 as never },
};

const sum: CellFix = {
  code: "TOTAL_MISMATCH",
  at: { sheet: SHEET, row: 3, col: 1 },
  write: { kind: "formula", formula: "=SUM(B2:B3)", value: 120100 },
  label: { kind: "sum", formula: "=SUM(B2:B3)" },
};

/** Every cell as [address, value, formula, format], to compare before and after. */
function snapshot(wb: FakeWorkbook): string[] {
  return wb.sheets.flatMap((s) =>
    [...s.cells.entries()].map(
      ([k, c]) => `${s.name}|${k}|${c.value}|${c.formula}|${c.numberFormat}`
    )
  );
}

describe("applyFix in Excel", () => {
  it("writes the number and the kroner format in that cell only, one undo group at 1.20", async () => {
    const { wb, sheet } = workbook();
    wb.supportUpTo("1.20");
    const before = snapshot(wb);
    const outcome = await createOfficeHost({ runtime: wb.runtime() }).applyFix(toNumber);
    expect(outcome).toEqual({ kind: "written" });
    expect(sheet.cell("B2")).toMatchObject({ value: 120000, numberFormat: '#,##0 "kr."' });
    expect(wb.runs.at(-1)).toEqual({ options: { mergeUndoGroup: true }, syncs: 1 });
    const changed = snapshot(wb).filter((line) => !before.includes(line));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^Tryghedsplan 2026\|/);
  });

  it("takes the number format of the nearest neighbour that has one, read in one sync first", async () => {
    const { wb, sheet } = workbook();
    wb.supportUpTo("1.20");
    sheet.cell("B3")!.numberFormat = "#,##0";
    const fix: CellFix = {
      ...toNumber,
      write: {
        ...(toNumber.write as Extract<CellFix["write"], { kind: "number" }>),
        // B1 (the header, General) first: skipped; B3 has the sheet's own format.
        formatFrom: [
          { sheet: SHEET, row: 0, col: 1 },
          { sheet: SHEET, row: 2, col: 1 },
        ],
      },
    };
    await createOfficeHost({ runtime: wb.runtime() }).applyFix(fix);
    expect(sheet.cell("B2")).toMatchObject({ value: 120000, numberFormat: "#,##0" });
    expect(wb.runs.at(-1)).toEqual({ options: { mergeUndoGroup: true }, syncs: 2 });
  });

  it("writes the SUM formula; below ExcelApi 1.20 no undo group is asked for", async () => {
    const { wb, sheet } = workbook();
    await createOfficeHost({ runtime: wb.runtime() }).applyFix(sum);
    // The stand-in keeps a formula without its "=", as the file format does.
    expect(sheet.cell("B4")?.formula).toBe("SUM(B2:B3)");
    expect(wb.runs.at(-1)).toEqual({ options: undefined, syncs: 1 });
  });

  it("retries once without the undo group when Excel refuses it for the formula, and says so", async () => {
    const { wb, sheet } = workbook();
    wb.supportUpTo("1.20");
    wb.platform = "windows";
    // As office-js #6170 reports for Range.formulas on Windows: not undoable inside a group.
    wb.undoTable["Range.formulas"] = { web: false, desktop: true };
    const outcome = await createOfficeHost({ runtime: wb.runtime() }).applyFix(sum);
    expect(outcome).toEqual({ kind: "written", mayNotUndo: true });
    expect(sheet.cell("B4")?.formula).toBe("SUM(B2:B3)");
    expect(wb.runs.slice(-2).map((r) => r.options)).toEqual([{ mergeUndoGroup: true }, undefined]);
  });

  it("a sheet that is gone is SHEET_MISSING, and nothing is written", async () => {
    const { wb } = workbook();
    const before = snapshot(wb);
    await expect(
      createOfficeHost({ runtime: wb.runtime() }).applyFix({
        ...toNumber,
        at: { ...toNumber.at, sheet: "Slettet" },
      })
    ).rejects.toMatchObject({ code: "SHEET_MISSING" });
    expect(snapshot(wb)).toEqual(before);
  });
});
