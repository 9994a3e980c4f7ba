// "Compare with another file" on real .xlsx bytes: the approved file is read like any file (its
// own budget sheet found, the pane's chosen sheet ignored), and a file that is no workbook or
// has no table says which.
import { check } from "../core";
import { baselineFromReport } from "../core/compare";
import { DEFAULT_FRAME_ORE } from "../core";
import type { Settings } from "../core";
import {
  compoundFile,
  noBudgetWorkbook,
  overviewWorkbook,
  plainZip,
  toBytes,
  truncatedWorkbook,
} from "../../tests/xlsx/fixtures";
import { gridFromWorksheet } from "../../tests/xlsx/exceljsRead";
import { baselineFromFile } from "./compareFile";

const settings: Settings = {
  defaultFrame: DEFAULT_FRAME_ORE,
  frames: {},
  currentYear: 2026,
  // The sheet chosen in the pane belongs to the open workbook, not to the approved file.
  sheet: "Ark i den åbne projektmappe",
};

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe("baselineFromFile", () => {
  it("reads the approved file's own budget sheet into a baseline named after the file", async () => {
    const wb = overviewWorkbook();
    // The same sheet read by ExcelJS and checked: what the baseline must hold.
    const { sheet: _s, ...rest } = settings;
    const expected = check(gridFromWorksheet(wb.getWorksheet("Tryghedsplan 2026")!), rest);
    if (!expected.ok) throw new Error("fixture has no budget table");
    const r = await baselineFromFile("godkendt.xlsx", buffer(await toBytes(wb)), settings);
    if (!r.ok) throw new Error(`not read: ${r.reason}`);
    expect(r.baseline.file).toBe("godkendt.xlsx");
    expect(r.baseline.sheet).toBe("Tryghedsplan 2026");
    expect(r.baseline.planYear).toBe(2026);
    expect(r.baseline.activities.slice(0, 3).map((a) => [a.nr, a.name, a.amounts[2026]])).toEqual([
      ["1", "Lommepengejob for kriminalitetstruede unge", 12_000_000],
      ["2", "Det gode valg", 15_000_000],
      ["8", "Kvinder, job og fællesskab", 20_000_000],
    ]);
    expect(r.baseline.activities).toEqual(baselineFromReport(expected.report, null).activities);
  });

  it("a workbook without a budget table is NO_TABLE", async () => {
    const bytes = await toBytes(noBudgetWorkbook());
    expect(await baselineFromFile("noter.xlsx", buffer(bytes), settings)).toEqual({
      ok: false,
      reason: "NO_TABLE",
    });
  });

  it.each([
    ["an encrypted workbook", "ENCRYPTED", () => Promise.resolve(compoundFile(true))],
    ["an old .xls", "XLS", () => Promise.resolve(compoundFile(false))],
    ["a zip that is no workbook", "NO_WORKBOOK", plainZip],
    ["a cut-off download", "TRUNCATED", truncatedWorkbook],
    ["text", "NOT_ZIP", () => Promise.resolve(new TextEncoder().encode("Aktivitet;2026\n"))],
  ])("%s is UNREADABLE, with the reader's reason (%s)", async (_what, code, make) => {
    expect(await baselineFromFile("x.xlsx", buffer(await make()), settings)).toEqual({
      ok: false,
      reason: "UNREADABLE",
      problem: expect.objectContaining({ code }),
    });
  });
});
