// The stored baseline through the package writer: written into a copy, read back, replaced by a
// later approval, and carried byte for byte when the overview is written into the same package.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { approve, type Baseline } from "../../src/core/compare/baseline";
import { baselineToXml } from "../../src/core/compare/baselineXml";
import type { Report } from "../../src/core/types";
import { readStoredBaseline } from "../../src/ooxml/read/baselinePart";
import { setCustomXmlPartInCopy } from "../../src/ooxml/write/customXml";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { APPROVED, planReport, planRows, REVISIONS } from "../fixtures/compare/revisions";
import { toBytes } from "../xlsx/fixtures";

const report = (plan = APPROVED): Report => planReport(plan);

async function planFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tryghedsplan 2026");
  for (const r of planRows(APPROVED)) ws.addRow(r);
  return toBytes(wb);
}

const writeBaselineCopy = (input: Uint8Array, b: Baseline): Uint8Array =>
  setCustomXmlPartInCopy(input, baselineToXml(b));

describe("the baseline in a copy of the workbook (package writer)", () => {
  it("is read back as stored, and a later approval replaces it", async () => {
    const first = approve(report(), "2025-12-12");
    const once = writeBaselineCopy(await planFile(), first);
    expect(readStoredBaseline(once)).toMatchObject({
      found: true,
      ok: true,
      part: "customXml/item1.xml",
    });
    const twice = writeBaselineCopy(
      once,
      approve(report(REVISIONS.rowDeleted()), "2026-03-05", first)
    );
    const names = Object.keys(unzipSync(twice)).filter((n) => n.startsWith("customXml/"));
    expect(names.sort()).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    const back = readStoredBaseline(twice);
    expect(back.found && back.ok && back.baseline.history.map((h) => h.date)).toEqual([
      "2025-12-12",
      "2026-03-05",
    ]);
  });

  it("is carried byte for byte when the overview is written into the package", async () => {
    const b = approve(report(), "2025-12-12");
    const withBaseline = writeBaselineCopy(await planFile(), b);
    const r = report();
    const copy = writeOverviewCopy(withBaseline, r.overview, "da", {
      date: new Date(2026, 2, 5),
    }).bytes;
    const item = unzipSync(copy)["customXml/item1.xml"];
    expect(new TextDecoder().decode(item)).toBe(baselineToXml(b));
    expect(readStoredBaseline(copy)).toMatchObject({ found: true, ok: true });
  });

  it("is a well-formed package for ExcelJS and xmllint", async () => {
    const copy = writeBaselineCopy(await planFile(), approve(report(), "2025-12-12"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Tryghedsplan 2026")?.getCell("B4").value).toBe("Lommepengejob");
    const dir = mkdtempSync(path.join(tmpdir(), "grundlag-"));
    try {
      const files = unzipSync(copy);
      for (const n of [
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
      ]) {
        const f = path.join(dir, n.replace(/[/[\]]/g, "_"));
        writeFileSync(f, files[n]);
        execFileSync("xmllint", ["--noout", f]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
