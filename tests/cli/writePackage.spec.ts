// --write on workbooks made by an independent writer: macros stay, the output name must fit, a
// renamed overview is the user's archive and a fresh one is written beside it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { workbookOf } from "../ooxml/helpers";
import { fixture } from "../ooxml/helpers";
import { describeWith } from "../tools";
import { runCli, tempDir } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

const sheets = (file: string): string[] =>
  workbookOf(OoxmlPackage.fromZip(new Uint8Array(readFileSync(file)))).sheets.map((s) => s.name);

describeWith(["XlsxWriter"], "--write with the package writer", () => {
  it("refuses a --write name that is no workbook's (kopi.csv), writing nothing", async () => {
    const input = t.file("plan-csv.xlsx");
    writeFileSync(input, fixture("fidelity.xlsx"));
    const out = t.file("kopi.csv");
    const da = await runCli([input, "--write", out]);
    expect(da).toEqual({
      code: 2,
      out: "",
      err: `budgettjek: ${out}: --write gemmer en Excel-projektmappe, så kopien skal hedde .xlsx; en CSV-fil får du med --csv\n`,
    });
    const en = await runCli([input, "--write", out, "--lang", "en"]);
    expect(en.err).toBe(
      `budgettjek: ${out}: --write saves an Excel workbook, so the copy must be named .xlsx; for a CSV file use --csv\n`
    );
    expect(existsSync(out)).toBe(false);
  });

  it("keeps a .xlsm macro-enabled and refuses a .xlsx name for it", async () => {
    const input = t.file("plan.xlsm");
    writeFileSync(input, fixture("fidelity.xlsm"));
    const wrong = await runCli([input, "--write", t.file("kopi.xlsx")]);
    expect(wrong).toEqual({
      code: 2,
      out: "",
      err: `budgettjek: ${t.file("kopi.xlsx")}: projektmappen har makroer (.xlsm); kald kopien .xlsm, ellers kan Excel ikke åbne den\n`,
    });
    const out = t.file("kopi.xlsm");
    const r = await runCli([input, "--write", out]);
    expect(r.code).toBe(1);
    const pkg = OoxmlPackage.fromZip(new Uint8Array(readFileSync(out)));
    const vba = OoxmlPackage.fromZip(fixture("fidelity.xlsm")).bytes("xl/vbaProject.bin");
    expect(vba?.length).toBeGreaterThan(1000);
    expect(pkg.bytes("xl/vbaProject.bin")).toEqual(vba);
  });

  it("treats a renamed overview as the user's archive and writes a fresh one", async () => {
    const input = t.file("plan.xlsx");
    writeFileSync(input, fixture("fidelity.xlsx"));
    const first = t.file("forste.xlsx");
    expect((await runCli([input, "--write", first])).code).toBe(1);
    // The user renames Budgetoversigt to "Arkiv marts" (as Excel does: the sheet and the names that point at it).
    const pkg = OoxmlPackage.fromZip(new Uint8Array(readFileSync(first)));
    const wb = pkg.text("xl/workbook.xml") ?? "";
    pkg.setText(
      "xl/workbook.xml",
      wb
        .replace('<sheet name="Budgetoversigt"', '<sheet name="Arkiv marts"')
        .replace(/>Budgetoversigt!/g, ">'Arkiv marts'!")
    );
    const renamed = t.file("omdobt.xlsx");
    writeFileSync(renamed, pkg.toZip());
    const out = t.file("anden.xlsx");
    const r = await runCli([renamed, "--write", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Arket «Arkiv marts» var budgettjeks oversigt, men er omdøbt; det er nu jeres og er ikke ændret. Den nye oversigt står i «Budgetoversigt»."
    );
    expect(sheets(out).slice(-2)).toEqual(["Arkiv marts", "Budgetoversigt"]);
    // The plan was checked, not the archive (its table holds the same activities).
    const json = JSON.parse((await runCli([out, "--json"])).out);
    expect(json.sheet).toBe("Tryghedsplan 2026");
  });
});
