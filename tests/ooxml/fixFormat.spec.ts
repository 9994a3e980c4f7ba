// "Ret" in a copy: the fixed cell takes its neighbours' number format (the sheet's own "#,##0"),
// not the kroner format, so it looks like the cells around it. Asserted on the written XML and
// read back by LibreOffice (the CSV shows each cell as formatted).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { editCellsInCopy } from "../../src/ooxml/write/cellEdit";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { toBytes } from "../xlsx/fixtures";
import { describeWith } from "../tools";
import { soffice } from "./libreofficeCalc";

const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false";

async function plan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Aktivitet", 2026]);
  ws.addRow(["A", 100000]);
  ws.addRow(["B", "120.000 kr."]);
  ws.addRow(["C", 300000]);
  for (const a of ["B2", "B4"]) ws.getCell(a).numFmt = "#,##0";
  return new Uint8Array(await toBytes(wb));
}

/** The number format code of a cell in the written copy. */
function formatOf(bytes: Uint8Array, ref: string): string {
  const pkg = OoxmlPackage.fromZip(bytes);
  const sheet = pkg.text("xl/worksheets/sheet1.xml") ?? "";
  const s = Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
  const styles = pkg.text("xl/styles.xml") ?? "";
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const id = Number(/numFmtId="(\d+)"/.exec(xfs.match(/<xf\b[^>]*>/g)?.[s] ?? "")?.[1] ?? 0);
  return (
    new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? String(id)
  );
}

describe("a number fix in a copy", () => {
  const edit = { sheet: "Plan", address: "B3", number: 120000, numFmt: '#,##0 "kr."' };

  it("takes the nearest neighbour's number format", async () => {
    const out = editCellsInCopy(await plan(), [{ ...edit, numFmtFrom: ["B1", "B2", "B4"] }]);
    // B1 is the header (General): skipped; B2 has the sheet's "#,##0" (Excel's built-in 3).
    expect(formatOf(out, "B2")).toBe("3");
    expect(formatOf(out, "B3")).toBe("3");
  });

  it("falls back to the kroner format when no neighbour has a number format", async () => {
    const out = editCellsInCopy(await plan(), [{ ...edit, numFmtFrom: ["B1"] }]);
    expect(formatOf(out, "B3")).toBe("#,##0 &quot;kr.&quot;");
  });
});

describeWith(["LibreOffice (soffice)"], "the fixed cell as LibreOffice shows it", () => {
  it("reads like its neighbours", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lo-fix-"));
    try {
      const file = path.join(dir, "rettet.xlsx");
      const bytes = editCellsInCopy(await plan(), [
        { sheet: "Plan", address: "B3", number: 120000, numFmt: '#,##0 "kr."', numFmtFrom: ["B2"] },
      ]);
      writeFileSync(file, bytes);
      soffice(dir, CSV, file, { out: dir, recalc: false });
      const rows = readFileSync(path.join(dir, "rettet.csv"), "utf8").trim().split("\n");
      // Shown as formatted: the same grouping as B2 and B4, no " kr." of its own.
      expect(rows[2]).toMatch(/^B,"?120[,.]000"?$/);
      expect(rows[1]).toMatch(/^A,"?100[,.]000"?$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
