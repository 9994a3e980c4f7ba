// The overview sheet's own content as written by the package writer and read back by LibreOffice:
// columns sized to their content, Nr. as numbers (and "number stored as text" off for the column),
// the subtotals (with "Uden indsatsområde") adding up to I alt when LibreOffice calculates them
// itself, and chart bars with explicit colours, drawn even when the workbook has no theme part.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { reportOf } from "./helpers";
import { describeWith } from "../tools";
import {
  CSV,
  csvFiles,
  fields,
  overviewPart,
  soffice,
  withoutCachedResults,
} from "./libreofficeCalc";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "eksempel-tryghedsplan-2026.xlsx");
const DATE = new Date(2026, 2, 5);

/** The sample without its theme part (as some tools write workbooks). */
function withoutTheme(bytes: Uint8Array): Uint8Array {
  const pkg = OoxmlPackage.fromZip(bytes);
  for (const name of pkg.names().filter((n) => /theme\d*\.xml$/.test(n))) pkg.delete(name);
  const rels = "xl/_rels/workbook.xml.rels";
  pkg.setText(rels, (pkg.text(rels) ?? "").replace(/<Relationship [^>]*theme[^>]*\/>/g, ""));
  const ct = "[Content_Types].xml";
  pkg.setText(ct, (pkg.text(ct) ?? "").replace(/<Override [^>]*theme[^>]*\/>/g, ""));
  return pkg.toZip();
}

/** Pixels of an RGB colour (±6 per channel) in a binary PPM. */
function pixelsOf(ppm: Buffer, [r, g, b]: number[]): number {
  const head = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString("latin1", 0, 40));
  if (!head) throw new Error("not a PPM");
  let n = 0;
  for (let i = head[0].length; i + 2 < ppm.length; i += 3) {
    const near = (v: number, w: number) => Math.abs(v - w) <= 6;
    if (near(ppm[i], r) && near(ppm[i + 1], g) && near(ppm[i + 2], b)) n++;
  }
  return n;
}

describeWith(
  ["LibreOffice (soffice)", "poppler (pdftoppm)"],
  "the overview sheet as LibreOffice reads it",
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lo-overview-"));
    afterAll(() => process.env.KEEP_LO || rmSync(dir, { recursive: true, force: true }));
    let written: Uint8Array;
    let xml: string;
    let chartXml: string;
    const csv = new Map<string, string>();

    beforeAll(async () => {
      const input = withoutTheme(new Uint8Array(readFileSync(SAMPLE)));
      written = writeOverviewCopy(input, (await reportOf(input)).overview, "da", {
        date: DATE,
      }).bytes;
      const pkg = OoxmlPackage.fromZip(written);
      xml = pkg.text(overviewPart(pkg)) ?? "";
      chartXml = pkg.text(pkg.names().find((n) => /charts\/chart\d*\.xml$/.test(n)) ?? "") ?? "";
      const uncached = path.join(dir, "uncached.xlsx");
      writeFileSync(uncached, withoutCachedResults(written));
      const copy = path.join(dir, "copy.xlsx");
      writeFileSync(copy, written);
      const out = soffice(dir, CSV, uncached);
      soffice(dir, "pdf", copy);
      for (const [f, text] of csvFiles(out)) csv.set(f, text);
    }, 180_000);

    it("sizes column A for «Tjekket ark» and every column to its content, within limits", () => {
      const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) =>
        Number(m[2])
      );
      expect(widths[0]).toBe("Tjekket ark".length + 2);
      expect(widths.every((w) => w >= 5 && w <= 70)).toBe(true);
      // "Lommepengejob for kriminalitetstruede unge" (42 characters) fits in column B.
      expect(widths[1]).toBe(44);
    });

    it("writes Nr. as numbers, and switches the text check off for the Nr. column", () => {
      expect(xml).toMatch(/<c r="A12"(?: s="\d+")?><v>1<\/v><\/c>/);
      expect(xml).toMatch(
        /<ignoredErrors><ignoredError sqref="A12:A28" numberStoredAsText="1"\/><\/ignoredErrors>/
      );
      const rows = (csv.get("uncached-Budgetoversigt.csv") ?? "").split("\n");
      expect(fields(rows[11])[0]).toBe("1");
    });

    it("gives the subtotals, «Uden indsatsområde» last, which LibreOffice sums to I alt", () => {
      const rows = (csv.get("uncached-Budgetoversigt.csv") ?? "").split("\n").map(fields);
      const kr = (s: string) => Number(s.replace(/[^\d-]/g, ""));
      const first = rows.findIndex((r) => r[1] === "I alt pr. indsatsområde");
      const none = rows.findIndex((r) => r[1] === "Uden indsatsområde");
      expect(first).toBeGreaterThan(0);
      expect(none).toBeGreaterThan(first);
      expect(rows[none].slice(5, 9).map(kr)).toEqual([6000, 6000, 6000, 6000]);
      const total = rows
        .find((r) => r[1] === "I alt")!
        .slice(5, 9)
        .map(kr);
      expect(total).toEqual([2_051_000, 2_447_000, 506_000, 476_000]);
      const sums = rows
        .slice(first + 1, none + 1)
        .reduce((s, r) => s.map((x, i) => x + kr(r[5 + i])), [0, 0, 0, 0]);
      expect(sums).toEqual(total);
    });

    it("colours the chart's series, so LibreOffice draws the bars without a theme part", () => {
      const pdf = path.join(dir, "out", "copy.pdf");
      execFileSync("pdftoppm", ["-r", "40", pdf, path.join(dir, "page")]);
      const pages = readdirSync(dir).filter((f) => /^page.*\.ppm$/.test(f));
      const blue = pages.reduce(
        (n, f) => n + pixelsOf(readFileSync(path.join(dir, f)), [0x1f, 0x4e, 0x79]),
        0
      );
      // Four bars of the total at 40 dpi: well over a hundred pixels of its colour.
      expect(blue).toBeGreaterThan(100);
      expect(chartXml).toContain('<a:srgbClr val="1F4E79"/>');
      expect(chartXml).toContain('<a:srgbClr val="A6A6A6"/>');
    });
  }
);
