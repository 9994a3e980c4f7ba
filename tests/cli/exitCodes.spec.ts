import { mkdirSync, writeFileSync } from "node:fs";
import {
  compoundFile,
  noBudgetWorkbook,
  overviewWorkbook,
  plainZip,
  truncatedWorkbook,
} from "../xlsx/fixtures";
import { runCli, tempDir, writeWorkbook, type Run } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());

/** Exit 2: nothing on stdout, exactly one Danish line on stderr, no stack trace. */
function expectUnusable(r: Run, line: string): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err).toBe(`budgettjek: ${line}\n`);
}

describe("exit codes", () => {
  it("0 when the budget has no error findings", async () => {
    const f = await writeWorkbook(t.file("ok.xlsx"), overviewWorkbook());
    const r = await runCli([f]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("1 when there are error findings (2026 over the frame)", async () => {
    const f = await writeWorkbook(t.file("over.xlsx"), overviewWorkbook({ overFrame: true }));
    const r = await runCli([f]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "2026   2.080.000 kr.   1.900.000 kr.    -180.000 kr.   <-- OVER RAMMEN"
    );
  });

  it("0 again when --frame lifts the frame above the total", async () => {
    // A per-year --frame beats the sheet's own Ramme row.
    const f = t.file("over.xlsx");
    expect((await runCli([f, "--frame", "2026=2.100.000"])).code).toBe(0);
    expect((await runCli([f, "--frame", "2026=2.000.000"])).code).toBe(1);
    // Without a Ramme row, --frame KR is every year's frame.
    const g = await writeWorkbook(
      t.file("over-uden-ramme.xlsx"),
      overviewWorkbook({ overFrame: true, frameRow: false })
    );
    expect((await runCli([g])).code).toBe(1);
    expect((await runCli([g, "--frame", "2,1 mio."])).code).toBe(0);
    expect((await runCli([g, "--frame", "2.000.000"])).code).toBe(1);
  });
});

describe("exit 2: the input cannot be used", () => {
  it("missing file", async () => {
    const f = t.file("findes-ikke.xlsx");
    expectUnusable(await runCli([f]), `Filen findes ikke: ${f}`);
  });

  it("a folder", async () => {
    const d = t.file("mappe.xlsx");
    mkdirSync(d);
    expectUnusable(await runCli([d]), `${d} er en mappe, ikke en projektmappe (.xlsx)`);
  });

  it("not a workbook: text, a zip without a workbook; an empty file is called empty", async () => {
    const csv = t.file("plan.xlsx");
    writeFileSync(csv, "Aktivitet;2026\nLommepengejob;120000\n");
    expectUnusable(await runCli([csv]), `${csv} er ikke en Excel-projektmappe (.xlsx)`);
    const empty = t.file("tom.xlsx");
    writeFileSync(empty, "");
    expectUnusable(
      await runCli([empty]),
      `${empty} er tom (0 byte): der er intet i den at læse; gem den igen fra Excel, eller hent den igen, hvis den kom fra en download`
    );
    const zip = t.file("arkiv.xlsx");
    writeFileSync(zip, await plainZip());
    expectUnusable(
      await runCli([zip]),
      `${zip} er et zip-arkiv uden projektmappe, ikke en Excel-projektmappe (.xlsx)`
    );
  });

  it("an old .xls", async () => {
    const f = t.file("gammel.xls");
    writeFileSync(f, compoundFile(false));
    expectUnusable(
      await runCli([f]),
      `${f} er i det gamle .xls-format; åbn den i Excel og gem den som .xlsx (Excel-projektmappe)`
    );
  });

  it("cut off: called incomplete, not damaged", async () => {
    const f = t.file("halv.xlsx");
    writeFileSync(f, await truncatedWorkbook());
    expectUnusable(
      await runCli([f]),
      `${f} er ufuldstændig: filen slutter for tidligt (fx efter en afbrudt download eller kopiering); hent eller kopiér den igen`
    );
  });

  it("encrypted", async () => {
    const f = t.file("hemmelig.xlsx");
    writeFileSync(f, compoundFile(true));
    expectUnusable(
      await runCli([f]),
      `${f} er beskyttet med adgangskode; gem en kopi uden adgangskode (Filer > Info > Beskyt projektmappe)`
    );
  });

  it("no budget table in any sheet, or on the sheet asked for", async () => {
    const f = await writeWorkbook(t.file("noter.xlsx"), noBudgetWorkbook());
    expectUnusable(
      await runCli([f]),
      `Fandt ingen budgettabel i ${f}: intet ark har en overskriftsrække med en kolonne «Aktivitet» (eller «Indsats») og kolonner med årstal (fx 2026 eller «Budget 2026») i de første 30 rækker; vælg arket med --sheet`
    );
    const g = await writeWorkbook(t.file("ok2.xlsx"), overviewWorkbook());
    expectUnusable(
      await runCli([g, "--sheet", "Forside"]),
      "Fandt ingen budgettabel på arket «Forside»: der skal være en overskriftsrække med en kolonne «Aktivitet» (eller «Indsats») og kolonner med årstal (fx 2026 eller «Budget 2026») i de første 30 rækker"
    );
    expectUnusable(
      await runCli([g, "--sheet", "Budget"]),
      `Arket «Budget» findes ikke i ${g}; arkene hedder: «Forside», «Tryghedsplan 2026»`
    );
  });

  it("bad options", async () => {
    const f = t.file("ok.xlsx");
    const hint = " (se budgettjek --help)";
    expectUnusable(
      await runCli([]),
      `Angiv projektmappen, fx: budgettjek tryghedsplan.xlsx${hint}`
    );
    expectUnusable(await runCli([f, f]), `Angiv kun én projektmappe (fik ${f}, ${f})${hint}`);
    expectUnusable(await runCli([f, "--bogus"]), `Ukendt tilvalg: --bogus${hint}`);
    expectUnusable(await runCli([f, "--sheet"]), `Tilvalget --sheet skal have en værdi${hint}`);
    expectUnusable(await runCli([f, "--json=ja"]), `Tilvalget --json tager ingen værdi${hint}`);
    expectUnusable(
      await runCli([f, "--plan-year", "26"]),
      `--plan-year skal være et årstal mellem 1990 og 2100, fx 2026${hint}`
    );
    expectUnusable(
      await runCli([f, "--plan-year", "3026"]),
      `--plan-year skal være et årstal mellem 1990 og 2100, fx 2026${hint}`
    );
    expectUnusable(
      await runCli([f, "--frame", "ca. 2 mio"]),
      `--frame ca. 2 mio kan ikke læses: skriv kroner, fx 1.900.000 eller "1,9 mio.", eller ÅÅÅÅ=KR${hint}`
    );
    expectUnusable(
      await runCli([f, "--frame", "2027=mange"]),
      `--frame 2027=mange kan ikke læses: skriv kroner, fx 1.900.000 eller "1,9 mio.", eller ÅÅÅÅ=KR${hint}`
    );
    expectUnusable(await runCli([f, "--lang", "de"]), `--lang skal være da eller en${hint}`);
    expectUnusable(
      await runCli([f, "--write", "a.xlsx", "--csv", "a.xlsx"]),
      `--write, --csv og --pdf skal være forskellige filer${hint}`
    );
  });

  it("speaks English with --lang en", async () => {
    const f = t.file("findes-ikke.xlsx");
    expectUnusable(await runCli([f, "--lang", "en"]), `File not found: ${f}`);
    expectUnusable(
      await runCli([f, "--lang=en", "--bogus"]),
      "Unknown option: --bogus (see budgettjek --help)"
    );
  });
});

describe("help and progress", () => {
  it("--help prints usage on stdout and exits 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("Brug: budgettjek PROJEKTMAPPE.xlsx [tilvalg]");
    expect(r.err).toBe("");
    expect((await runCli(["-h", "--lang", "en"])).out.split("\n")[0]).toBe(
      "Usage: budgettjek WORKBOOK.xlsx [options]"
    );
  });

  it("writes a progress line to stderr only when it is a terminal, and clears it", async () => {
    const f = t.file("ok.xlsx");
    expect((await runCli([f])).err).toBe("");
    const r = await runCli([f], { tty: true });
    expect(r.err).toBe("Læser ok.xlsx …\r\x1b[K");
  });
});
