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
