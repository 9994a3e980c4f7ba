// The fake must refuse what Office.js refuses, or the shell's tests would prove nothing.
import { FakeWorkbook } from "./standIn";

function setup() {
  const wb = new FakeWorkbook();
  wb.addSheet("Ark1").put("A1", [["Aktivitet", 2026]]);
  return { wb, rt: wb.runtime() };
}

describe("the stand-in keeps Office.js's proxy rules", () => {
  it("refuses a read without load", async () => {
    const { rt } = setup();
    await expect(
      rt.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("refuses a read after load but before sync", async () => {
    const { rt } = setup();
    await expect(
      rt.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
        range.load("values");
        /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read --
           the mistake under test */
        const early = range.values;
        /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read */
        await context.sync();
        return early;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("reads after load and sync, and counts the sync", async () => {
    const { wb, rt } = setup();
    const values = await rt.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Aktivitet", 2026]]);
    expect(wb.runs).toEqual([{ options: undefined, syncs: 1 }]);
  });

  it("applies writes only at sync, and refuses unsynced writes at the end of a run", async () => {
    const { wb, rt } = setup();
    await expect(
      rt.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("C1").values = [[1]];
        expect(wb.sheet("Ark1")?.cell("C1")).toBeUndefined();
      })
    ).rejects.toThrow("never synced");
    expect(wb.sheet("Ark1")?.cell("C1")).toBeUndefined();
  });

  it("refuses arrays that do not match the range", async () => {
    const { rt } = setup();
    await expect(
      rt.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fails getItem of a missing sheet at sync, and gives a null object with OrNullObject", async () => {
    const { rt } = setup();
    await expect(
      rt.run(async (context) => {
        context.workbook.worksheets.getItem("Væk").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const isNull = await rt.run(async (context) => {
      const s = context.workbook.worksheets.getItemOrNullObject("Væk");
      s.load("name");
      await context.sync();
      return s.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("refuses responses over the payload limit", async () => {
    const { wb, rt } = setup();
    wb.payloadLimit = 10;
    await expect(
      rt.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("A1:B1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("applies the 5 MB limits on the web only, requests refused whole", async () => {
    const big = [[`x`.repeat(3_000_000)], ["y".repeat(3_000_000)]];
    for (const platform of ["web", "windows", "mac", "ios"] as const) {
      const { wb, rt } = setup();
      wb.platform = platform;
      const write = rt.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Ark1");
        sheet.getRange("D1").values = [["før"]];
        sheet.getRange("C1:C2").values = big;
        await context.sync();
      });
      const read = () =>
        rt.run(async (context) => {
          const r = context.workbook.worksheets.getItem("Ark1").getRange("C1:C2").load("values");
          await context.sync();
          return r.values.length;
        });
      if (platform === "web") {
        await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
        // Nothing of the refused request ran.
        expect(wb.sheet("Ark1")?.cell("D1")).toBeUndefined();
        wb.sheet("Ark1")?.put("C1", big);
        await expect(read()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      } else {
        await write;
        await expect(read()).resolves.toBe(2);
      }
    }
  });

  it("treats text starting with = as a formula, and ' as text, like Excel", async () => {
    const { wb, rt } = setup();
    await rt.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Ark1");
      s.getRange("A2:B2").values = [["=1+1", "'=1+1"]];
      await context.sync();
    });
    expect(wb.sheet("Ark1")?.cell("A2")).toMatchObject({ formula: "1+1", value: null });
    expect(wb.sheet("Ark1")?.cell("B2")).toMatchObject({ value: "=1+1" });
  });
});

// Workbook.customXmlParts, ExcelApi 1.5:
// learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection and .../excel.customxmlpart
describe("the stand-in's custom XML parts", () => {
  const NS = "urn:example:budgettjek";

  it("adds a part, finds it by namespace, reads its XML after sync and deletes it", async () => {
    const { wb, rt } = setup();
    const id = await rt.run(async (context) => {
      const part = context.workbook.customXmlParts.add(`<a xmlns="${NS}"><b>1</b></a>`);
      part.load("id");
      await context.sync();
      return part.id;
    });
    expect(wb.customXmlParts).toEqual([
      { id, namespaceUri: NS, xml: `<a xmlns="${NS}"><b>1</b></a>` },
    ]);
    const xml = await rt.run(async (context) => {
      const found = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      const text = found.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      return text.value;
    });
    expect(xml).toBe(`<a xmlns="${NS}"><b>1</b></a>`);
    await rt.run(async (context) => {
      context.workbook.customXmlParts.getItem(id).delete();
      await context.sync();
    });
    expect(wb.customXmlParts).toEqual([]);
  });

  it("the stand-in refuses what Office.js refuses: a ClientResult before sync, XML without a root, and before ExcelApi 1.5", async () => {
    const { wb, rt } = setup();
    await expect(
      rt.run(async (context) => {
        const count = context.workbook.customXmlParts.getCount();
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
        const early = count.value;
        await context.sync();
        return early;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      rt.run(async (context) => {
        context.workbook.customXmlParts.add("kein xml");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    wb.supportUpTo("1.4");
    await expect(
      rt.run(async (context) => {
        context.workbook.customXmlParts.add(`<a xmlns="${NS}"/>`);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(wb.customXmlParts).toEqual([]);
  });

  it("lists parts of a namespace with their ids", async () => {
    const { rt } = setup();
    const listed = await rt.run(async (context) => {
      context.workbook.customXmlParts.add(`<x:a xmlns:x="${NS}"/>`);
      context.workbook.customXmlParts.add(`<a xmlns="urn:other"/>`);
      const mine = context.workbook.customXmlParts.getByNamespace(NS);
      mine.load("items/id,items/namespaceUri");
      await context.sync();
      return mine.items.map((p) => p.namespaceUri);
    });
    expect(listed).toEqual([NS]);
  });
});

describe("the stand-in refuses what Office.js refuses", () => {
  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities: "If an API
  // within the group doesn't offer undo support, the UndoNotSupported error is thrown"; the table
  // marks NamedItem.comment "No" on the web and "Yes" on Windows and Mac, Worksheet.delete "No"
  // everywhere, Worksheet.name "Yes" on the web and "No" on Windows and Mac.
  it.each([
    ["web", "NamedItem.comment", true],
    ["windows", "NamedItem.comment", false],
    ["mac", "NamedItem.comment", false],
    ["web", "Worksheet.delete", true],
    ["windows", "Worksheet.delete", true],
    ["web", "Worksheet.name", false],
    ["windows", "Worksheet.name", true],
  ] as const)(
    "undo-capabilities table: on %s, %s inside mergeUndoGroup throws UndoNotSupported: %s",
    async (platform, api, refused) => {
      const { wb, rt } = setup();
      wb.platform = platform;
      wb.supportUpTo("1.20");
      wb.addSheet("Ark2");
      const run = rt.run(
        async (context) => {
          const sheet = context.workbook.worksheets.getItem("Ark2");
          if (api === "NamedItem.comment") context.workbook.names.add("N", "=Ark1!$A$1", "x");
          if (api === "Worksheet.delete") sheet.delete();
          if (api === "Worksheet.name") sheet.name = "Nyt navn";
          await context.sync();
        },
        { mergeUndoGroup: true }
      );
      if (refused) await expect(run).rejects.toMatchObject({ code: "UndoNotSupported" });
      else await expect(run).resolves.toBeUndefined();
    }
  );

  it("undo-capabilities table: the same calls outside a merged group run on every platform", async () => {
    const { wb, rt } = setup();
    wb.supportUpTo("1.20");
    await rt.run(async (context) => {
      context.workbook.names.add("N", "=Ark1!$A$1", "x");
      await context.sync();
    });
    expect(wb.names.map((n) => n.comment)).toEqual(["x"]);
  });

  it("ExcelApi 1.7 requirement set: Workbook.name is read from 1.7 and refused below", async () => {
    const { wb, rt } = setup();
    const readName = () =>
      rt.run(async (context) => {
        const workbook = context.workbook;
        workbook.load("name");
        await context.sync();
        return workbook.name;
      });
    await expect(readName()).resolves.toBe(wb.name);
    wb.supportUpTo("1.6");
    await expect(readName()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("ExcelApi 1.8 requirement set and «Create a workbook»: createWorkbook from 1.8, an .xlsx in base64 only", async () => {
    const { wb } = setup();
    wb.supportUpTo("1.7");
    expect(wb.runtime().createWorkbook).toBeUndefined();
    wb.supportUpTo("1.8");
    const create = wb.runtime().createWorkbook!;
    await expect(create("ikke base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(create("UEsDBA")).rejects.toMatchObject({ code: "InvalidArgument" });
    // Base64 of text, not of a zip package.
    await expect(create(btoa("<workbook/>"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(wb.createdWorkbooks).toEqual([]);
    // A zip's local header: accepted (the shell's tests hand it real workbooks too).
    await create("UEsDBA==");
    expect(wb.createdWorkbooks).toEqual(["UEsDBA=="]);
  });

  it("ExcelApi 1.20 requirement set: mergeUndoGroup is refused below 1.20", async () => {
    const { rt } = setup();
    await expect(
      rt.run(async (context) => context.sync(), { mergeUndoGroup: true })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  // Range.getMergedAreasOrNullObject (ExcelApi 1.13): "if the merged areas count in this range is
  // more than 512, then this method will fail to return the result".
  it("Range.getMergedAreasOrNullObject reference: fails above 512 merged areas, counts only the range's own", async () => {
    const { wb, rt } = setup();
    wb.supportUpTo("1.13");
    const sheet = wb.sheet("Ark1")!;
    sheet.merges = Array.from({ length: 513 }, (_, i) => `A${i * 2 + 10}:B${i * 2 + 10}`);
    const read = (address?: string) =>
      rt.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Ark1");
        const areas = (address ? s.getRange(address) : s.getRange()).getMergedAreasOrNullObject();
        areas.load("address");
        await context.sync();
        return areas.isNullObject ? "" : areas.address;
      });
    await expect(read()).rejects.toMatchObject({ code: "GeneralException" });
    await expect(read("A1:B11")).resolves.toBe("Ark1!A10:B10");
    await expect(read("A1:B2")).resolves.toBe("");
  });

  // office-js issue #1831: with R1C1 reference style, Windows returns a name's value as
  // "Sheet1!R1C1"; Mac returns "Sheet1!$A$1" either way.
  it("office-js #1831: names come back in R1C1 on Windows when the workbook uses that style", async () => {
    const { wb, rt } = setup();
    wb.addName("Mærke", "=Ark1!$A$1");
    wb.referenceStyle = "R1C1";
    const read = async () =>
      rt.run(async (context) => {
        const n = context.workbook.names.getItem("Mærke");
        n.load("formula,value");
        await context.sync();
        return [n.formula, n.value];
      });
    wb.platform = "windows";
    expect(await read()).toEqual(["=Ark1!R1C1", "Ark1!R1C1"]);
    wb.platform = "mac";
    expect(await read()).toEqual(["=Ark1!$A$1", "Ark1!$A$1"]);
  });

  // NamedItem.getRangeOrNullObject (ExcelApi 1.4) resolves through the API: it follows a renamed
  // sheet, and a name whose sheet was deleted is #REF! with no range (learn.microsoft.com/
  // javascript/api/excel/excel.nameditem: type, value, getRangeOrNullObject).
  it("NamedItem reference: a name follows a renamed sheet and turns #REF! when its sheet is deleted", async () => {
    const { wb, rt } = setup();
    wb.addSheet("Budgetoversigt");
    wb.addName("Budgettjek_Oversigt", "=Budgetoversigt!$A$1");
    wb.addName("Budgettjek_OversigtNavn", '="Budgetoversigt"');
    const facts = () =>
      rt.run(async (context) => {
        const names = context.workbook.names;
        names.load("items/name,items/type,items/value,items/formula");
        await context.sync();
        const ranges = names.items.map((n) => {
          const r = n.getRangeOrNullObject();
          r.load("address");
          return r;
        });
        await context.sync();
        return names.items.map((n, i) => [
          n.name,
          n.type,
          n.value,
          n.formula,
          ranges[i].isNullObject ? null : ranges[i].address,
        ]);
      });
    wb.renameSheet("Budgetoversigt", "Budget 2025");
    expect(await facts()).toEqual([
      [
        "Budgettjek_Oversigt",
        "Range",
        "'Budget 2025'!$A$1",
        "='Budget 2025'!$A$1",
        "'Budget 2025'!A1",
      ],
      ["Budgettjek_OversigtNavn", "String", "Budgetoversigt", '="Budgetoversigt"', null],
    ]);
    wb.deleteSheet("Budget 2025");
    expect((await facts())[0]).toEqual([
      "Budgettjek_Oversigt",
      "Error",
      "#REF!",
      "=#REF!$A$1",
      null,
    ]);
  });

  // Table names are workbook-wide ("ItemAlreadyExists"), tables may not overlap, and clearing a
  // range leaves its table in place (learn.microsoft.com/javascript/api/excel/excel.table#name,
  // excel.range#clear).
  it("Table reference: table names are unique across sheets and clear() does not remove a table", async () => {
    const { wb, rt } = setup();
    wb.addSheet("Ark2");
    await rt.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Ark1").tables.add("D1:E3", true);
      t.name = "Oversigt";
      context.workbook.worksheets.getItem("Ark1").getRange().clear();
      await context.sync();
    });
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([["Oversigt", "Ark1"]]);
    await expect(
      rt.run(async (context) => {
        const t = context.workbook.worksheets.getItem("Ark2").tables.add("A1:B2", true);
        t.name = "oversigt";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const listed = await rt.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      return tables.items.map((t) => [t.name, t.worksheet.name]);
    });
    expect(listed).toEqual([
      ["Oversigt", "Ark1"],
      ["Table2", "Ark2"],
    ]);
  });

  // Office.js runs a batch's commands in order and stops at the first failure; what ran before it
  // stays (learn.microsoft.com/javascript/api/office/officeextension.error: traceMessages "executed
  // before the error occurred", and its example where a failing batch keeps its first inserts).
  it("a failed batch stays partly applied: the commands before the failure are kept", async () => {
    const { wb, rt } = setup();
    await expect(
      rt.run(async (context) => {
        context.workbook.worksheets.add("Halv");
        context.workbook.worksheets.getItem("Findes ikke").getRange("A1").values = [[1]];
        context.workbook.names.add("Efter", "=Ark1!$A$1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ark1", "Halv"]);
    expect(wb.names).toEqual([]);
  });
});
