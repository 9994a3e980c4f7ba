// The package writer on workbooks made by an independent writer (XlsxWriter): every part that is
// not ours keeps its bytes, the copy has nothing Excel would repair, the overview holds the plan's
// figures, and a second run on the copy replaces only our parts.
import { packageRels, OoxmlPackage } from "../../src/ooxml/write/opc";
import { workbookOf } from "./helpers";
import { contentTypeOf, CT } from "../../src/ooxml/write/contentTypes";
import { outputNameProblem, writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { diffParts, fixture, packageProblems, reportOf } from "./helpers";
import { describeWith } from "../tools";

const DATE = new Date(2026, 2, 5);
const SHARED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
];
const OURS =
  /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml|drawings\/drawing\d+\.xml|drawings\/_rels\/drawing\d+\.xml\.rels|charts\/chart\d+\.xml)$/;

async function writeCopy(input: Uint8Array) {
  const report = await reportOf(input);
  return writeOverviewCopy(input, report.overview, "da", { date: DATE });
}

for (const name of ["fidelity.xlsx", "fidelity.xlsm"])
  describeWith(["XlsxWriter"], `package writer on ${name}`, () => {
    let input: Uint8Array;
    let out: Awaited<ReturnType<typeof writeCopy>>;
    beforeAll(async () => {
      input = fixture(name);
      out = await writeCopy(input);
    });

    it("keeps every part that is not ours byte for byte; only appends to the shared parts", () => {
      const d = diffParts(input, out.bytes);
      expect(d.removed).toEqual([]);
      expect(d.changed).toEqual(SHARED);
      expect(d.added.filter((p) => !OURS.test(p))).toEqual([]);
      expect(d.added.length).toBe(6);
    });

    it("only appends to workbook.xml: every original sheet and name is still there as written", () => {
      const before = OoxmlPackage.fromZip(input).text("xl/workbook.xml") ?? "";
      const after = OoxmlPackage.fromZip(out.bytes).text("xl/workbook.xml") ?? "";
      const elements =
        before.match(/<sheet [^>]*\/>|<definedName [^>]*>[^<]*<\/definedName>/g) ?? [];
      expect(elements.length).toBe(12); // 6 sheets (one a chartsheet), 6 names
      for (const el of elements) expect(after).toContain(el);
      // Outside <sheets> and <definedNames>, not a byte differs.
      const strip = (x: string): string =>
        x.replace(/<sheets>.*<\/sheets>|<definedNames>.*<\/definedNames>/gs, "");
      expect(strip(after)).toBe(strip(before));
    });

    it("has nothing Excel would repair", () => {
      expect(packageProblems(input)).toEqual([]);
      expect(packageProblems(out.bytes)).toEqual([]);
    });

    it("adds one sheet Budgetoversigt at the end with our table, chart and names", () => {
      const before = workbookOf(OoxmlPackage.fromZip(input));
      const pkg = OoxmlPackage.fromZip(out.bytes);
      const info = workbookOf(pkg);
      expect(info.sheets.map((s) => s.name)).toEqual([
        ...before.sheets.map((s) => s.name),
        "Budgetoversigt",
      ]);
      // Existing sheets keep position, ids and state (hidden, very hidden).
      expect(info.sheets.slice(0, -1)).toEqual(before.sheets);
      const ours = info.sheets[info.sheets.length - 1];
      expect(info.tables.find((t) => t.sheet === "Budgetoversigt")?.name).toBe(
        "Budgetoversigt_tabel"
      );
      const drawing = packageRels(pkg, ours.part as string).find((r) =>
        r.type.endsWith("/drawing")
      );
      const chart = packageRels(pkg, drawing?.part as string)[0];
      expect(contentTypeOf(pkg, chart.part as string)).toBe(CT.chart);
      expect(pkg.text(chart.part as string)).toContain("<c:barChart>");
      const names = info.names.map((n) => `${n.name}=${n.formula}`);
      expect(names).toEqual(
        expect.arrayContaining([
          "Budgettjek_Oversigt=Budgetoversigt!$A$1",
          'Budgettjek_OversigtNavn="Budgetoversigt"',
          "Restbeløb_2026=Budgetoversigt!$G$8",
          "Ramme=1900000",
          // The overview's print titles (its table header row), beside the plan sheet's own.
          "_xlnm.Print_Titles=Budgetoversigt!$11:$11",
          "_xlnm.Print_Titles='Tryghedsplan 2026'!$4:$4",
        ])
      );
    });

    it("holds the plan's figures: 2026 totals 2.447.000 kr., 547.000 kr. over the frame", () => {
      const y2026 = out.plan.years.find((y) => y.year === 2026);
      expect(y2026).toMatchObject({ total: 2_447_000, frame: 1_900_000, leftover: -547_000 });
      const sheet = OoxmlPackage.fromZip(out.bytes).text("xl/worksheets/sheet6.xml") ?? "";
      expect(sheet).toContain(`<v>2447000</v>`);
      expect(sheet).toContain(`<v>-547000</v>`);
    });

    it("prints landscape A4, one page wide, with the plan's footer", () => {
      const sheet = OoxmlPackage.fromZip(out.bytes).text("xl/worksheets/sheet6.xml") ?? "";
      expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheet).toMatch(
        /<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"\/>/
      );
      expect(sheet).toMatch(
        /<oddFooter>&amp;LTryghedsplan 2026&amp;CSkrevet \d\d-\d\d-\d{4}&amp;RSide &amp;P af &amp;N<\/oddFooter>/
      );
    });

    it("run on its own output replaces only our parts, and never adds a second overview", async () => {
      const again = await writeCopy(out.bytes);
      expect(again.decision.reason).toBe("ours");
      const d = diffParts(out.bytes, again.bytes);
      expect(d).toEqual({ changed: [], added: [], removed: [] });
      expect(workbookOf(OoxmlPackage.fromZip(again.bytes)).sheets.length).toBe(
        workbookOf(OoxmlPackage.fromZip(out.bytes)).sheets.length
      );
    });

    it("names the right extension", () => {
      const pkg = OoxmlPackage.fromZip(input);
      const macro = name.endsWith(".xlsm");
      expect(contentTypeOf(pkg, "xl/workbook.xml") === CT.macroWorkbook).toBe(macro);
      expect(contentTypeOf(OoxmlPackage.fromZip(out.bytes), "xl/workbook.xml")).toBe(
        contentTypeOf(pkg, "xl/workbook.xml")
      );
      // The copy says whether it holds macros; the name check goes by that.
      expect(out.macroEnabled).toBe(macro);
      expect(outputNameProblem(out.macroEnabled, macro ? "kopi.xlsx" : "kopi.xlsm")).toBe(
        macro ? "MACRO_AS_XLSX" : "PLAIN_AS_XLSM"
      );
      expect(
        outputNameProblem(out.macroEnabled, macro ? "kopi.xlsm" : "kopi.xlsx")
      ).toBeUndefined();
    });
  });
