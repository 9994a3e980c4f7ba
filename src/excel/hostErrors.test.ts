// What the pane says when Excel refuses, by where Excel refused: each failure is planted on the
// stand-in at the call that meets it (wb.failOn), and the words are the pane's own (errorText).
import { approve } from "../core/compare";
import type { Report } from "../core";
import { HostError, type HostErrorCode } from "../host/HostError";
import { errorText } from "../taskpane/errorText";
import { strings } from "../taskpane/strings";
import { laterStrings } from "../taskpane/words/later";
import { FakeWorkbook } from "../../tests/office/standIn";
import { APPROVED, planReport } from "../../tests/fixtures/compare/revisions";
import { createOfficeHost } from "./officeHost";

const report = (): Report => planReport(APPROVED);
const OVERVIEW = { sheetName: "Budgetoversigt", lang: "da" } as const;

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.supportUpTo("1.20");
  wb.addSheet("Tryghedsplan 2026").put("A1", [
    ["Aktivitet", 2026],
    ["Haven", 1000],
  ]);
  return wb;
}

async function failure(p: Promise<unknown>): Promise<HostError> {
  const e: unknown = await p.then(
    () => undefined,
    (x: unknown) => x
  );
  if (!(e instanceof HostError)) throw new Error(`expected a HostError, got ${String(e)}`);
  return e;
}

/** The pane's words for an error: its own, and (loaded for a failure an action meets) the later. */
const words = { da: laterStrings.da, en: laterStrings.en };
const messages = (lang: "da" | "en"): Record<HostErrorCode, string> => ({
  ...words[lang].hostErrors,
  ...words[lang].actionErrors,
});

/** The Danish and English messages of `code` (and that it is not the sheet-too-large one). */
function wordedAs(e: HostError, code: HostErrorCode): void {
  expect(e.code).toBe(code);
  expect(errorText(e, words.da).message).toBe(messages("da")[code]);
  expect(errorText(e, words.en).message).toBe(messages("en")[code]);
}

describe("a payload too large, worded by what was too large", () => {
  it("a sheet too large to read: the sheet is too large to read", async () => {
    const wb = workbook();
    // Even a one-row block is over the response limit: the read gives up.
    wb.payloadLimit = 10;
    const e = await failure(
      createOfficeHost({ runtime: wb.runtime() }).readSheet("Tryghedsplan 2026")
    );
    wordedAs(e, "TOO_LARGE");
    expect(strings.da.hostErrors.TOO_LARGE).toContain("Arket er for stort til at blive læst");
  });

  it("an overview too large to write: the write was too large, not the sheet", async () => {
    const wb = workbook();
    wb.failOn.set("TableCollection.add", "RequestPayloadSizeLimitExceeded");
    const e = await failure(
      createOfficeHost({ runtime: wb.runtime() }).writeOverview(report(), OVERVIEW)
    );
    wordedAs(e, "WRITE_TOO_LARGE");
    expect(errorText(e, words.da).message).not.toContain("læst");
    // The half-made sheet went again.
    expect(wb.sheets.map((s) => s.name)).toEqual(["Tryghedsplan 2026"]);
  });

  it("a plan too large to approve: too large to store as baseline, the old one kept", async () => {
    const wb = workbook();
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.saveBaseline?.(approve(report(), "2025-12-12"));
    const before = wb.customXmlParts.map((p) => p.xml);
    wb.failOn.set("CustomXmlPartCollection.add", "RequestPayloadSizeLimitExceeded");
    const e = await failure(host.saveBaseline!(approve(report(), "2026-01-05")));
    wordedAs(e, "BASELINE_TOO_LARGE");
    expect(errorText(e, words.da).message).toContain(
      "for stor til at blive gemt som godkendt grundlag"
    );
    expect(wb.customXmlParts.map((p) => p.xml)).toEqual(before);
  });
});

describe("a name already in use, worded by what has it", () => {
  it("a sheet (Excel says Worksheet): NAME_TAKEN, which asks for another sheet name", async () => {
    const wb = workbook();
    wb.failOn.set("WorksheetCollection.add", "ItemAlreadyExists");
    const e = await failure(
      createOfficeHost({ runtime: wb.runtime() }).writeOverview(report(), OVERVIEW)
    );
    wordedAs(e, "NAME_TAKEN");
  });

  it("a table: NAME_IN_USE naming a table, no sheet-name question", async () => {
    const wb = workbook();
    wb.failOn.set("Table.name", "ItemAlreadyExists");
    const e = await failure(
      createOfficeHost({ runtime: wb.runtime() }).writeOverview(report(), OVERVIEW)
    );
    expect(e).toMatchObject({ code: "NAME_IN_USE", about: { nameIn: "table" } });
    expect(errorText(e, words.da).message).toBe(words.da.nameInUse.table);
    expect(errorText(e, words.en).message).toBe(words.en.nameInUse.table);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Tryghedsplan 2026"]);
  });

  it("a defined name: NAME_IN_USE naming a name, no sheet-name question", async () => {
    const wb = workbook();
    wb.failOn.set("NamedItemCollection.add", "ItemAlreadyExists");
    const e = await failure(
      createOfficeHost({ runtime: wb.runtime() }).writeOverview(report(), OVERVIEW)
    );
    expect(e).toMatchObject({ code: "NAME_IN_USE", about: { nameIn: "name" } });
    expect(errorText(e, words.da).message).toBe(words.da.nameInUse.name);
    expect(errorText(e, words.en).message).toBe(words.en.nameInUse.name);
  });
});
