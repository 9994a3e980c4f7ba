// What the user asks to change in the workbook besides the overview: the selection ("Vis") and the
// stored settings. Range.select and Worksheet.activate (ExcelApi 1.1), Workbook.settings (1.4):
// learn.microsoft.com/javascript/api/excel/excel.range, excel.worksheet, excel.settingcollection.
import { parseAddress } from "../core/sheet";
import { parsePersistedSettings, type PersistedSettings } from "../core";
import { HostError } from "../host/HostError";
import type { OfficeRuntime } from "./officeRuntime";
import { SETTINGS_KEY } from "./sheetTracker";

/** Activates the cell's sheet and selects the cell ('Ark 1'!B7), in one sync. */
export function selectCell(rt: OfficeRuntime, address: string): Promise<void> {
  return rt.run(async (context) => {
    const parsed = parseAddress(address);
    // The pane formats the addresses it shows: a bad one is a programming error.
    if (!parsed) throw new HostError("UNKNOWN", `not a cell address: ${address}`);
    const sheet =
      parsed.sheet === undefined
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(parsed.sheet);
    sheet.activate();
    const cell = address.slice(address.lastIndexOf("!") + 1);
    sheet.getRange(cell).select();
    await context.sync();
  });
}

/** Stores the settings as JSON, validated on the way in: never settings we could not read back. */
export function saveSettings(rt: OfficeRuntime, settings: PersistedSettings): Promise<void> {
  return rt.run(async (context) => {
    const checked = parsePersistedSettings(settings);
    if (!checked.ok) {
      throw new HostError("SETTINGS_INVALID", undefined, { settings: checked.problems });
    }
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(checked.settings));
    await context.sync();
  });
}
