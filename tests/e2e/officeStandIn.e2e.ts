// The stand-in must fail where office.js fails, or the add-in test proves nothing. These run it
// in a bare V8 context (no browser needed) and check the rules it claims to keep.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

type AnyObj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function standIn(config: AnyObj): AnyObj {
  const sandbox: AnyObj = { setTimeout, clearTimeout, console };
  sandbox.window = sandbox;
  sandbox.__officeStandInConfig = config;
  createContext(sandbox);
  runInContext(readFileSync(join(__dirname, "officeStandIn.js"), "utf8"), sandbox);
  return sandbox;
}

const config = {
  sheets: [
    {
      name: "Tryghedsplan 2026",
      rows: [
        [null, null],
        ["Aktivitet", 2026],
        ["Din fritid", 120000],
        ["Fejl", { error: "#REF!" }],
      ],
    },
    { name: "Tom", rows: [] },
  ],
};

async function errorOf(p: Promise<unknown>): Promise<AnyObj> {
  try {
    await p;
  } catch (e) {
    return e as AnyObj;
  }
  throw new Error("expected a rejection");
}

describe("office stand-in keeps Office.js's rules", () => {
  it("refuses a read before load, and before sync after load", async () => {
    const w = standIn(config);
    const codes: string[] = [];
    await w.Excel.run(async (ctx: AnyObj) => {
      const range = ctx.workbook.worksheets.getItem("Tryghedsplan 2026").getUsedRange();
      try {
        void range.values;
      } catch (e) {
        codes.push((e as AnyObj).code);
      }
      range.load("values");
      try {
        void range.values;
      } catch (e) {
        codes.push((e as AnyObj).code);
      }
      await ctx.sync();
      expect(range.values).toEqual([
        ["Aktivitet", 2026],
        ["Din fritid", 120000],
        ["Fejl", "#REF!"],
      ]);
      // Loaded is not everything: another property is still unavailable.
      try {
        void range.address;
      } catch (e) {
        codes.push((e as AnyObj).code);
      }
    });
    expect(codes).toEqual(["PropertyNotLoaded", "PropertyNotLoaded", "PropertyNotLoaded"]);
  });

  it("reads address, types and null objects as Excel reports them", async () => {
    const w = standIn(config);
    await w.Excel.run(async (ctx: AnyObj) => {
      const used = ctx.workbook.worksheets.getItem("Tryghedsplan 2026").getUsedRangeOrNullObject();
      used.load("address,valueTypes");
      const empty = ctx.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject();
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Findes ikke");
      await ctx.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("'Tryghedsplan 2026'!A2:B4");
      expect(used.valueTypes).toEqual([
        ["String", "Double"],
        ["String", "Double"],
        ["String", "Error"],
      ]);
      expect(empty.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("applies writes at sync, in order, and fails a missing item at sync", async () => {
    const w = standIn(config);
    const err = await errorOf(
      w.Excel.run(async (ctx: AnyObj) => {
        const sheet = ctx.workbook.worksheets.add("Ny");
        sheet.getRange("A1:B1").values = [["x", 1]];
        expect(w.__standIn.snapshot().sheets.map((s: AnyObj) => s.name)).toEqual([
          "Tryghedsplan 2026",
          "Tom",
        ]);
        await ctx.sync();
        expect(w.__standIn.snapshot().sheets[2].cells).toEqual({
          A1: { value: "x" },
          B1: { value: 1 },
        });
        ctx.workbook.worksheets.getItem("Findes ikke").activate();
        await ctx.sync();
      })
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("refuses values whose shape does not match the range", async () => {
    const w = standIn(config);
    const err = await errorOf(
      w.Excel.run(async (ctx: AnyObj) => {
        ctx.workbook.worksheets.getItem("Tom").getRange("A1:C2").values = [[1, 2, 3]];
        await ctx.sync();
      })
    );
    expect(err.code).toBe("InvalidArgument");
    expect(w.__standIn.snapshot().sheets[1].cells).toEqual({});
  });

  it("loads collection items with the properties asked for, and only those", async () => {
    const w = standIn(config);
    await w.Excel.run(async (ctx: AnyObj) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s: AnyObj) => s.name)).toEqual(["Tryghedsplan 2026", "Tom"]);
      expect(() => sheets.items[0].id).toThrow(/is not available/);
    });
    expect(w.__standIn.snapshot().syncs).toBe(1);
  });
});
