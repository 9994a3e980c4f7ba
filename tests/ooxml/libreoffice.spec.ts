// An independent reader: LibreOffice reads the same values from every original sheet before and
// after the overview is written, and reads the plan's figures from the overview. One soffice run
// converts every file (each sheet to its own CSV) to keep this quick.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { fixture, reportOf } from "./helpers";
import { describeWith } from "../tools";
import { CSV, csvFiles, soffice } from "./libreofficeCalc";

const DATE = new Date(2026, 2, 5);
// Field separator, quote, UTF-8, first line, -, -, quote all text: no, …, -1 = every sheet.

describeWith(
  ["XlsxWriter", "LibreOffice (soffice)"],
  "LibreOffice reads the copy like the original",
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lo-fidelity-"));
    const csv = new Map<string, string>();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    beforeAll(async () => {
      const files: string[] = [];
      for (const ext of ["xlsx", "xlsm"]) {
        const input = fixture(`fidelity.${ext}`);
        const once = writeOverviewCopy(input, (await reportOf(input)).overview, "da", {
          date: DATE,
        });
        const twice = writeOverviewCopy(once.bytes, (await reportOf(once.bytes)).overview, "da", {
          date: DATE,
        });
        for (const [tag, bytes] of [
          ["in", input],
          ["out", once.bytes],
          ["out2", twice.bytes],
        ] as const) {
          const file = path.join(dir, `${tag}_${ext}.${ext}`);
          writeFileSync(file, bytes);
          files.push(file);
        }
      }
      const out = soffice(dir, CSV, files, { out: path.join(dir, "csv"), recalc: false });
      for (const [f, text] of csvFiles(out)) csv.set(f, text);
    }, 150_000);

    it.each(["xlsx", "xlsm"])("every original sheet reads the same (%s)", (ext) => {
      const sheets = [...csv.keys()].filter((k) => k.startsWith(`in_${ext}-`));
      expect(sheets.length).toBeGreaterThanOrEqual(6);
      for (const k of sheets) {
        const sheet = k.slice(`in_${ext}-`.length);
        expect([sheet, csv.get(`out_${ext}-${sheet}`)]).toEqual([sheet, csv.get(k)]);
        expect([sheet, csv.get(`out2_${ext}-${sheet}`)]).toEqual([sheet, csv.get(k)]);
      }
      expect(csv.has(`in_${ext}-Budgetoversigt.csv`)).toBe(false);
    });

    it.each(["out", "out2"])("the overview holds the plan's figures (%s)", (tag) => {
      const text = csv.get(`${tag}_xlsx-Budgetoversigt.csv`) ?? "";
      const row = (label: string): string[] =>
        (text.split("\n").find((l) => l.split(",")[1] === label) ?? "").split(",");
      // Years 2025–2028 in F–I: totals, frame and leftover as LibreOffice reads them.
      expect(text).toContain("Lommepengejob for kriminalitetstruede unge");
      const numbers = (label: string): number[] =>
        row(label)
          .slice(5, 9)
          .map((s) => Number(s.replace(/[^\d-]/g, "")));
      expect(numbers("I alt")).toEqual([2_051_000, 2_447_000, 506_000, 476_000]);
      expect(numbers("Ramme")[1]).toBe(1_900_000);
      expect(numbers("Restbeløb")[1]).toBe(-547_000);
    });
  }
);
