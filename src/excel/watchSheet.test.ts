// The checked sheet's change handler, registered after the first answer (sheetTracker.ts, watch):
// the opening stays one round trip on the web, and an edit made between the opening read and the
// registration is not lost (the registration's batch reads the sheet again and compares).
import { FakeWorkbook } from "../../tests/office/standIn";
import { createOfficeHost } from "./officeHost";

const SHEET = "Tryghedsplan 2026";

function workbook(platform: FakeWorkbook["platform"] = "web"): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.platform = platform;
  wb.addSheet(SHEET).put("A1", [
    ["Aktivitet", 2026],
    ["Haven", 1000],
  ]);
  return wb;
}

describe("watching the checked sheet", () => {
  it("opens in one round trip with no handler; the web's event registration comes with the watch", async () => {
    const wb = workbook("web");
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.open();
    expect(wb.roundTrips).toBe(1);
    expect(wb.sheet(SHEET)?.changedHandlers.size).toBe(0);
    await host.onSheetChanged(SHEET, () => undefined);
    // The session's first registration (a round trip before the sync), then the sync.
    expect(wb.roundTrips - 1).toBe(2);
    await host.onSheetChanged(SHEET, () => undefined);
    expect(wb.roundTrips - 3).toBe(1);
  });

  it("costs one sync where Excel registers events without a round trip of its own", async () => {
    const wb = workbook("windows");
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.open();
    await host.onSheetChanged(SHEET, () => undefined);
    expect(wb.roundTrips).toBe(2);
  });

  it("calls the handler once at once when the sheet changed after it was read", async () => {
    const wb = workbook();
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.open();
    // The user types while the first answer is being shown: no handler sees it.
    wb.sheet(SHEET)?.put("B2", [[2500]]);
    const handler = jest.fn();
    await host.onSheetChanged(SHEET, handler);
    expect(handler).toHaveBeenCalledTimes(1);
    await wb.fireChanged(SHEET);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("stays quiet when nothing changed since the read", async () => {
    const wb = workbook();
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.open();
    const handler = jest.fn();
    await host.onSheetChanged(SHEET, handler);
    expect(handler).not.toHaveBeenCalled();
    // A sheet read again later is compared with that read.
    await host.readSheet(SHEET);
    await host.onSheetChanged(SHEET, handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it("re-checks once rather than miss a change when the sheet is too large to read again", async () => {
    const wb = workbook();
    const host = createOfficeHost({ runtime: wb.runtime() });
    await host.readSheet(SHEET);
    wb.payloadLimit = 10;
    const handler = jest.fn();
    await host.onSheetChanged(SHEET, handler);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(wb.sheet(SHEET)?.changedHandlers.size).toBe(1);
  });
});
