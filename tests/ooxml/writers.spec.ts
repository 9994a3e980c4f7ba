// The copy is valid whoever wrote the original: the budget sheet as openpyxl (plain, with a table,
// chart, comments, validation, names), XlsxWriter, LibreOffice, Gnumeric and ExcelJS write it,
// plus the habits other writers have (x: for the main namespace, ">" in a sheet name, no styles
// part, content types by Override only, gaps in the sheetIds). Each gets the overview written in;
// the copy passes the check with a namespace-aware parser (saxes), and LibreOffice reads every
// original sheet of it back unchanged, with the overview there. One soffice run reads them all.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { workbookOf } from "./helpers";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { describeWith, PYTHON } from "../tools";
import { overviewWorkbook, toBytes } from "../xlsx/fixtures";
import { fixture, packageProblems, reportOf } from "./helpers";
import { CSV, csvFiles, soffice } from "./libreofficeCalc";

const DATE = new Date(2026, 2, 5);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A package with some parts' text changed (the habits of writers we cannot run here). */
function edit(bytes: Uint8Array, f: (pkg: OoxmlPackage) => void): Uint8Array {
  const pkg = OoxmlPackage.fromZip(bytes);
  f(pkg);
  return pkg.toZip();
}

const wbXml = (pkg: OoxmlPackage): string => pkg.text("xl/workbook.xml") ?? "";

/** workbook.xml with x: for the main namespace (the .NET SDK's and ClosedXML's habit). */
function xPrefixed(pkg: OoxmlPackage): void {
  const xml = wbXml(pkg)
    .replace(/<(\/?)(?![?!])([A-Za-z]+)(?=[\s/>])/g, "<$1x:$2")
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
  pkg.setText("xl/workbook.xml", xml);
}

/** No styles part at all: the part, its relationship and its content type gone. */
function noStyles(pkg: OoxmlPackage): void {
  pkg.delete("xl/styles.xml");
  const rels = "xl/_rels/workbook.xml.rels";
  pkg.setText(rels, (pkg.text(rels) ?? "").replace(/<Relationship [^>]*styles"\/>/, ""));
  const ct = "[Content_Types].xml";
  pkg.setText(ct, (pkg.text(ct) ?? "").replace(/<Override [^>]*styles\.xml"[^>]*\/>/, ""));
}

/** Every part declared by an Override; no Default for .rels or .xml. */
function overridesOnly(pkg: OoxmlPackage): void {
  const ct = "[Content_Types].xml";
  const xml = pkg.text(ct) ?? "";
  const types = new Map(
    [...xml.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"\/>/g)].map((m) => [
      m[1].toLowerCase(),
      m[2],
    ])
  );
  const declared = new Set([...xml.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]));
  const extra = pkg
    .names()
    .filter((n) => n !== ct && !declared.has(n))
    .map(
      (n) => `<Override PartName="/${n}" ContentType="${types.get(n.split(".").pop() ?? "")}"/>`
    );
  const out = xml
    .replace(/<Default [^>]*\/>/g, "")
    .replace("</Types>", `${extra.join("")}</Types>`);
  pkg.setText(ct, out);
}

const VARIANTS: Record<string, (pkg: OoxmlPackage) => void> = {
  "x-prefix": xPrefixed,
  "gt-in-name": (pkg) =>
    pkg.setText("xl/workbook.xml", wbXml(pkg).replace('name="Noter"', 'name="Noter > 2025"')),
  "no-styles": noStyles,
  "overrides-only": overridesOnly,
  "sheetid-gaps": (pkg) =>
    pkg.setText(
      "xl/workbook.xml",
      wbXml(pkg).replace('sheetId="1"', 'sheetId="4"').replace('sheetId="2"', 'sheetId="9"')
    ),
};

describeWith(
  ["openpyxl", "XlsxWriter", "LibreOffice (soffice)", "Gnumeric (ssconvert)"],
  "the overview written into workbooks from every writer",
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writers-"));
    const inputs = new Map<string, Uint8Array>();
    const copies = new Map<string, Uint8Array>();
    const csv = new Map<string, string>();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    beforeAll(async () => {
      execFileSync(PYTHON, [path.join(__dirname, "make_writers.py"), dir], { stdio: "pipe" });
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".xlsx")))
        inputs.set(f.replace(/\.xlsx$/, ""), new Uint8Array(readFileSync(path.join(dir, f))));
      inputs.set("xlsxwriter", fixture("fidelity.xlsx"));
      inputs.set("exceljs", await toBytes(overviewWorkbook()));
      // LibreOffice and Gnumeric write their own .xlsx from openpyxl's.
      const src = path.join(dir, "openpyxl-all.xlsx");
      mkdirSync(path.join(dir, "read"));
      soffice(dir, "xlsx", src, { out: path.join(dir, "lo"), recalc: false });
      inputs.set(
        "libreoffice",
        new Uint8Array(readFileSync(path.join(dir, "lo", "openpyxl-all.xlsx")))
      );
      execFileSync("ssconvert", [src, path.join(dir, "gnumeric.xlsx")], { stdio: "pipe" });
      inputs.set("gnumeric", new Uint8Array(readFileSync(path.join(dir, "gnumeric.xlsx"))));
      const base = inputs.get("openpyxl-all") as Uint8Array;
      for (const [name, f] of Object.entries(VARIANTS)) inputs.set(name, edit(base, f));

      const files: string[] = [];
      for (const [name, input] of inputs) {
        const copy = writeOverviewCopy(input, (await reportOf(input)).overview, "da", {
          date: DATE,
        });
        copies.set(name, copy.bytes);
        for (const [tag, bytes] of [
          ["in", input],
          ["out", copy.bytes],
        ] as const) {
          const file = path.join(dir, "read", `${tag}_${name}.xlsx`);
          files.push(file);
          writeFileSync(file, bytes);
        }
      }
      const out = soffice(dir, CSV, files, { out: path.join(dir, "csv"), recalc: false });
      for (const [f, text] of csvFiles(out)) csv.set(f, text);
    }, 300_000);

    const names = (): string[] => [...inputs.keys()];

    it("makes every fixture (openpyxl ×7, XlsxWriter, LibreOffice, Gnumeric, ExcelJS, 5 habits)", () => {
      expect(names().length).toBe(16);
    });

    it("writes every copy so that it passes the check with a namespace-aware parser", () => {
      for (const name of names())
        expect([name, packageProblems(copies.get(name) as Uint8Array)]).toEqual([name, []]);
    });

    it("LibreOffice reads every original sheet of every copy back unchanged, and the overview", () => {
      for (const name of names()) {
        const sheets = [...csv.keys()].filter((k) => k.startsWith(`in_${name}-`));
        expect([name, sheets.length > 0]).toEqual([name, true]);
        for (const k of sheets) {
          const sheet = k.slice(`in_${name}-`.length);
          expect([name, sheet, csv.get(`out_${name}-${sheet}`)]).toEqual([name, sheet, csv.get(k)]);
        }
        const overview = csv.get(`out_${name}-Budgetoversigt.csv`) ?? "";
        expect([name, overview.includes("Budgetoversigt")]).toEqual([name, true]);
      }
    });

    it("numbers the new sheet after the largest sheetId (gaps kept)", () => {
      const pkg = OoxmlPackage.fromZip(copies.get("sheetid-gaps") as Uint8Array);
      expect(workbookOf(pkg).sheets.map((s) => s.sheetId)).toEqual([4, 9, 10]);
    });

    it("gives a workbook without styles a styles part, and x: markup to an x: workbook", () => {
      const styled = OoxmlPackage.fromZip(copies.get("no-styles") as Uint8Array);
      expect(styled.text("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/styles"/);
      const x = OoxmlPackage.fromZip(copies.get("x-prefix") as Uint8Array).text("xl/workbook.xml");
      expect(x).toMatch(
        /<x:sheet (xmlns:r="[^"]+" )?name="Budgetoversigt" sheetId="3" r:id="rId\d+"/
      );
    });
  }
);
