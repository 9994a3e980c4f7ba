import {
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { loadWorkbook } from "../xlsx/exceljsRead";
import { overviewWorkbook } from "../xlsx/fixtures";
import { snapshotWorkbook } from "../xlsx/snapshot";
import { runCli, tempDir, writeWorkbook } from "./helpers";
import { packageProblemText } from "../../src/core/words";
import { copyProblems } from "../../src/ooxml/write/check";
import { contentTypeOf, CT } from "../../src/ooxml/write/contentTypes";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { packageProblems } from "../ooxml/helpers";

const t = tempDir();
afterAll(() => t.cleanup());

async function open(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(new Uint8Array(readFileSync(file)));
}

describe("--write", () => {
  let input: string;
  beforeAll(async () => {
    input = await writeWorkbook(t.file("plan.xlsx"), overviewWorkbook({ errors: true }));
  });

  it("writes a copy with Budgetoversigt; every other sheet keeps cells, formulas, formats, merges", async () => {
    const out = t.file("oversigt.xlsx");
    const inputBytes = readFileSync(input);
    const r = await runCli([input, "--write", out]);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split("\n").at(-1)).toBe(`Gemte ${out} med arket «Budgetoversigt».`);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);

    const before = await open(input);
    const after = await open(out);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
    const snap = snapshotWorkbook(before);
    expect(snapshotWorkbook(after, ["Budgetoversigt"])).toEqual(snap);
    // The comparison covers real content: formulas, formats and merges on both sheets.
    expect(snap[0].merges).toEqual(["A10:B12", "A1:D1"]);
    expect(snap[1].cells.H9).toEqual({
      value: { formula: "SUM(H4:H8)", result: 1010000 },
      formula: "SUM(H4:H8)",
      numFmt: '#,##0 "kr."',
    });
    expect(Object.keys(snap[1].cells).length).toBeGreaterThan(60);

    const ws = after.getWorksheet("Budgetoversigt")!;
    expect(ws.getCell("A1").value).toBe("Budgetoversigt – Tryghedsplan 2026");
    expect(ws.getCell("B3").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(ws.getCell("B11").value).toBe("Aktivitet");
    expect(ws.getCell("B12").value).toBe("Lommepengejob for kriminalitetstruede unge");
    const names = after.definedNames.model
      .filter((n) => n.name.startsWith("Restbeløb_"))
      .map((n) => [n.name, n.ranges])
      .sort();
    expect(names).toHaveLength(4);
    expect(names[1]).toEqual([
      "Restbeløb_2026",
      [expect.stringMatching(/^Budgetoversigt!\$G\$\d+$/)],
    ]);
    const leftover = ws.getCell(names[1][1][0].split("!")[1].replace(/\$/g, ""));
    expect(leftover.value).toMatchObject({ result: 890000 });
  });

  it("run on its own output replaces the sheet, never adds a second", async () => {
    const first = t.file("oversigt.xlsx");
    const second = t.file("oversigt-2.xlsx");
    const r = await runCli([first, "--write", second, "--lang", "en"]);
    expect(r.code).toBe(1);
    const wb = await open(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
    ]);
    expect(wb.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe(
      "Budget overview – safety plan 2026"
    );
    // The check ran on the plan, not on our own overview sheet.
    const json = JSON.parse((await runCli([first, "--json"])).out);
    expect(json.sheet).toBe("Tryghedsplan 2026");
  });

  it("leaves a user's own Budgetoversigt alone and writes to Budgetoversigt 2", async () => {
    const wb = overviewWorkbook();
    wb.addWorksheet("Budgetoversigt").getCell("A1").value = "Mine noter";
    const f = await writeWorkbook(t.file("egen.xlsx"), wb);
    const out = t.file("egen-ud.xlsx");
    const r = await runCli([f, "--write", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Arket «Budgetoversigt» findes allerede og er ikke lavet af budgettjek; oversigten står i «Budgetoversigt 2»."
    );
    const after = await open(out);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      "Forside",
      "Tryghedsplan 2026",
      "Budgetoversigt",
      "Budgetoversigt 2",
    ]);
    expect(after.getWorksheet("Budgetoversigt")!.getCell("A1").value).toBe("Mine noter");
    // Again on the result: "Budgetoversigt 2" is ours now and is replaced.
    const again = t.file("egen-ud-2.xlsx");
    expect((await runCli([out, "--write", again])).code).toBe(0);
    expect((await open(again)).worksheets).toHaveLength(4);
  });

  it("refuses to overwrite the input, however it is spelled", async () => {
    const bytes = readFileSync(input);
    const dir = path.dirname(input);
    const link = t.file("link.xlsx");
    symlinkSync(input, link);
    const hard = t.file("hard.xlsx");
    linkSync(input, hard);
    const spellings = [
      input,
      path.join(dir, ".", "plan.xlsx"),
      path.join(dir, "..", path.basename(dir), "plan.xlsx"),
      path.relative(process.cwd(), input),
      link,
      hard,
    ];
    for (const target of spellings) {
      const r = await runCli([input, "--write", target]);
      expect(r).toEqual({
        code: 2,
        out: "",
        err: `budgettjek: ${target} er inputfilen; vælg et andet navn, så originalen ikke overskrives\n`,
      });
    }
    const viaLink = await runCli([link, "--write", input]);
    expect(viaLink.code).toBe(2);
    const csv = await runCli([input, "--csv", input]);
    expect(csv.code).toBe(2);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it("writes through a temporary file and leaves none behind; replaces an old output whole", async () => {
    const out = t.file("erstat.xlsx");
    writeFileSync(out, "gammelt indhold, langt længere end ingenting".repeat(1000));
    expect((await runCli([input, "--write", out])).code).toBe(1);
    expect((await open(out)).worksheets).toHaveLength(3);
    expect(readdirSync(t.dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("a folder that does not exist is exit 2 with nothing written", async () => {
    const out = path.join(t.dir, "mangler", "ud.xlsx");
    const r = await runCli([input, "--write", out]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `budgettjek: Mappen til ${out} findes ikke\n`,
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe("--write on a workbook without a styles part", () => {
  it("writes the copy with a new styles part (its relationship and content type included)", async () => {
    // Allowed by the standard and opened by Excel: the reader needs no styles, and the copy gets
    // a minimal stylesheet with the overview's formats.
    const parts = unzipSync(
      readFileSync(await writeWorkbook(t.file("ren.xlsx"), overviewWorkbook()))
    );
    delete parts["xl/styles.xml"];
    const input = t.file("uden-typografier.xlsx");
    writeFileSync(input, zipSync(parts));
    const out = t.file("uden-ud.xlsx");
    const da = await runCli([input, "--write", out]);
    expect(da.err).toBe("");
    expect(da.code).not.toBe(2);
    const copy = OoxmlPackage.fromZip(new Uint8Array(readFileSync(out)));
    expect(copy.text("xl/styles.xml")).toContain('formatCode="#,##0 &quot;kr.&quot;');
    expect(contentTypeOf(copy, "xl/styles.xml")).toBe(CT.styles);
    expect(copyProblems(copy)).toEqual([]);
    expect(packageProblems(new Uint8Array(readFileSync(out)))).toEqual([]);
  });

  it("words a copy that fails the check before saving, naming the part (Danish, English)", () => {
    const p = { code: "COPY_INVALID", part: "xl/workbook.xml" } as const;
    expect(packageProblemText(p, "plan.xlsx", "da")).toBe(
      "Kopien af plan.xlsx blev ikke gemt: delen xl/workbook.xml ville ikke være gyldig, og Excel ville kalde kopien beskadiget. plan.xlsx er ikke ændret; åbn den i Excel, gem den, og prøv igen"
    );
    expect(packageProblemText(p, "plan.xlsx", "en")).toMatch(
      /^The copy of plan.xlsx was not saved: its part xl\/workbook.xml would not be valid/
    );
  });
});
