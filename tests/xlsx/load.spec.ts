import { loadWorkbook, sniff } from "../../src/xlsx";
import { compoundFile, overviewWorkbook, plainZip, toBytes, truncatedWorkbook } from "./fixtures";

describe("loadWorkbook", () => {
  it("opens an .xlsx from a Uint8Array and from an ArrayBuffer", async () => {
    const bytes = await toBytes(overviewWorkbook());
    const a = await loadWorkbook(bytes);
    expect(a.ok && a.workbook.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
    ]);
    const b = await loadWorkbook(bytes.slice().buffer);
    expect(b.ok).toBe(true);
  });

  it("says ENCRYPTED for a password-protected workbook (compound file with EncryptionInfo)", async () => {
    expect(sniff(compoundFile(true))).toBe("encrypted");
    expect(await loadWorkbook(compoundFile(true))).toEqual({ ok: false, reason: "ENCRYPTED" });
  });

  it("says NOT_XLSX for an old .xls, plain text, an empty file and a zip without a workbook", async () => {
    expect(sniff(compoundFile(false))).toBe("xls");
    expect(await loadWorkbook(compoundFile(false))).toEqual({ ok: false, reason: "NOT_XLSX" });
    const text = new TextEncoder().encode("Aktivitet;2026\nLommepengejob;120000\n");
    expect(await loadWorkbook(text)).toEqual({ ok: false, reason: "NOT_XLSX" });
    expect(await loadWorkbook(new Uint8Array(0))).toEqual({ ok: false, reason: "NOT_XLSX" });
    const zip = await loadWorkbook(await plainZip());
    expect(zip.ok).toBe(false);
    expect(!zip.ok && zip.reason).toBe("NOT_XLSX");
  });

  it("says CORRUPT for a zip that breaks off", async () => {
    const r = await loadWorkbook(await truncatedWorkbook());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("CORRUPT");
  });
});
