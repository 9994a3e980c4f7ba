import { readFileSync } from "node:fs";
import { overviewWorkbook } from "../xlsx/fixtures";
import { runCli, tempDir, writeWorkbook } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

describe("--csv", () => {
  it("writes the consolidated table: BOM, ';', CRLF, decimal comma, injection neutralised", async () => {
    const wb = overviewWorkbook();
    const ws = wb.getWorksheet("Tryghedsplan 2026")!;
    ws.getCell("B4").value = '=HYPERLINK("http://x.example";"klik")';
    ws.getCell("D4").value = "@Ny Start";
    ws.getCell("H4").value = "120.000,50";
    const f = await writeWorkbook(t.file("plan.xlsx"), wb);
    const out = t.file("tabel.csv");
    const r = await runCli([f, "--csv", out, "--json"]);
    expect(r.err).toBe(`Gemte ${out}.\n`);
    expect(JSON.parse(r.out).sheet).toBe("Tryghedsplan 2026");

    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n".repeat(2));
    expect(lines[0]).toBe(
      "Nr.;Aktivitet;Indsatsområde;Aktivitetsansvarlig;Samarbejdspartnere;2025;2026;2027;2028;Flerårig;Forankring;Bemærkninger"
    );
    expect(lines[1]).toBe(
      // 2026 is typed as text ("120.000,50"): the remark says the sheet's own SUM leaves it out.
      `1;"'=HYPERLINK(""http://x.example"";""klik"")";Uddannelse og beskæftigelse;'@Ny Start;"Idrætsprojektet; Ressourcegården; Det boligsociale team; UU; 18+ enheden; BIF; Ungdomsskolen";120000;120000,5;0;0;Nej;Ikke nødvendig;"Cellen 'Tryghedsplan 2026'!H4 (aktiviteten «=HYPERLINK(""http://x.example"";""klik"")», 2026) indeholder «120.000,50» som tekst. Budgettjek regner med 120.000,50 kr., men arkets egne SUM-formler springer tekst over, så arkets totaler mangler beløbet."`
    );
    // Fields split on ";" outside quotes (the partners field is quoted: it holds "; ").
    expect(lines[3].split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).slice(0, 11)).toEqual([
      "8",
      '"Kvinder, job og fællesskab"'.replace(/"/g, ""),
      "Uddannelse og beskæftigelse",
      "Den boligsociale helhedsplan, Tingbjerg Bibliotek/Kulturhus, Café Mors Varme Hænder",
      '"Jobcenter København; FILT"',
      "270000",
      "200000",
      "170000",
      "140000",
      "Ja",
      "Har forankringsplan",
    ]);
    // Five activity rows, then a blank row, the subtotals per focus area and I alt.
    expect(lines[6]).toBe(";".repeat(11));
    const label = (l: string) => l.split(";")[1];
    const at = lines.indexOf(lines.find((l) => label(l) === "I alt pr. indsatsområde")!);
    const end = lines.findIndex((l) => label(l) === "I alt");
    expect(at).toBe(7);
    expect(end).toBeGreaterThan(at + 1);
    const amounts = (l: string) =>
      l
        .split(";")
        .slice(5, 9)
        .map((x) => Number(x.replace(",", ".")));
    const sums = lines
      .slice(at + 1, end)
      .map(amounts)
      .reduce((s, a) => s.map((x, i) => x + a[i]));
    expect(sums).toEqual(amounts(lines[end]));
  });
});
