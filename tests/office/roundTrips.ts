// Office round trips the pane costs, counted on the stand-in with the bundled sample: every
// Excel.run's syncs, through the real Office host and the pane's own start-up choice
// (src/host/startSheet.ts). Used by `npm run bench`; on Excel on the web each sync is a network
// round trip.
//   open            the sample's budget sheet is the active sheet: pane opening to first answer
//                   (settings, sheets, active sheet, title, the sheet's grid)
//   open-elsewhere  another sheet is active: the same, finding the budget on the other sheet
//   write           "Skriv oversigt" on the opened workbook (first write)
//   recheck         a re-check after an edit
//   watch           the checked sheet's change handler, registered after the first answer: on the
//                   web the session's first registration costs a round trip before its sync
// Round trips are the stand-in's syncs plus that registration (FakeWorkbook.roundTrips), on the
// web profile.
import ExcelJS from "exceljs";
import { check } from "../../src/core/check";
import { parsePersistedSettings, toEngineSettings } from "../../src/core/settings";
import type { Grid } from "../../src/core/types";
import { createOfficeHost } from "../../src/excel/officeHost";
import { startSheet } from "../../src/host/startSheet";
import { gridFromWorksheet } from "../xlsx/exceljsRead";
import { FakeWorkbook, type FakeInput } from "./standIn";

async function workbookFrom(sample: Uint8Array, active: string): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(sample as unknown as ArrayBuffer);
  const wb = new FakeWorkbook();
  wb.supportUpTo("1.20");
  wb.name = "eksempel-tryghedsplan-2026.xlsx";
  for (const ws of book.worksheets) {
    const grid: Grid = gridFromWorksheet(ws);
    const origin = `${String.fromCharCode(65 + grid.originCol)}${grid.originRow + 1}`;
    wb.addSheet(ws.name).put(origin, grid.rows as FakeInput[][]);
  }
  wb.addSheet("Noter").put("A1", [["Mødenoter"]]);
  wb.activeSheet = wb.sheet(active);
  return wb;
}

/** The pane's start-up, as App runs it: the opening, then the choice of sheet. */
async function openPane(wb: FakeWorkbook) {
  const host = createOfficeHost({ runtime: wb.runtime(), now: () => new Date(2026, 2, 15) });
  const opening = await host.open();
  const parsed = parsePersistedSettings(opening.settings);
  const settings = toEngineSettings(parsed.ok ? parsed.settings : { version: 1 }, 2026);
  const chosen = await startSheet(host, opening, undefined, settings);
  if (!chosen.name || !chosen.grid) throw new Error("no budget sheet found");
  // The first answer is shown here; the pane then watches the sheet it checked.
  const open = wb.roundTrips;
  await host.onSheetChanged(chosen.name, () => undefined);
  const watch = wb.roundTrips - open;
  return { host, sheet: chosen.name, grid: chosen.grid, settings, open, watch };
}

export async function countRoundTrips(sample: Uint8Array) {
  const budget = "Tryghedsplan 2026";
  const wb = await workbookFrom(sample, budget);
  const opened = await openPane(wb);

  const result = check(opened.grid, opened.settings);
  if (!result.ok) throw new Error("the sample did not check");
  let before = wb.roundTrips;
  await opened.host.writeOverview(result.report, { sheetName: "Budgetoversigt", lang: "da" });
  const write = wb.roundTrips - before;

  before = wb.roundTrips;
  await opened.host.readSheet(opened.sheet);
  const recheck = wb.roundTrips - before;

  const elsewhere = await openPane(await workbookFrom(sample, "Noter"));
  return {
    open: opened.open,
    openElsewhere: elsewhere.open,
    write,
    recheck,
    watch: opened.watch,
  };
}
