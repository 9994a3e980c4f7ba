// The round trips `npm run bench` prints, held here so a change that adds a sync fails CI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeHost } from "../../src/excel/officeHost";
import { countRoundTrips } from "./roundTrips";
import { FakeWorkbook } from "./standIn";

const SAMPLE = join(__dirname, "../../assets/eksempel-tryghedsplan-2026.xlsx");

describe("Office round trips on the stand-in with the bundled sample", () => {
  it("opens in one round trip, two when the budget is on another sheet; writes in three, re-checks in one", async () => {
    const counts = await countRoundTrips(new Uint8Array(readFileSync(SAMPLE)));
    // The write: look, write, then print setup in a sync of its own, so a refused print setup
    // keeps the written sheet (src/excel/pageLayout.ts). The change handler comes after the
    // first answer: the web's event registration, then its sync (which reads the sheet again).
    expect(counts).toEqual({ open: 1, openElsewhere: 2, write: 3, recheck: 1, watch: 2 });
  });

  it("opens in one sync, and reads the workbook afresh on each opening", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Ark1").put("A1", [["Aktivitet", 2026]]);
    const host = createOfficeHost({ runtime: wb.runtime() });
    const first = await host.open();
    expect(first.settings).toBeUndefined();
    expect(first.sheets).toEqual(["Ark1"]);
    expect(wb.syncs).toBe(1);
    wb.addSheet("Ark2");
    wb.settings.set("Budgettjek.settings", JSON.stringify({ version: 1, planYear: 2027 }));
    const again = await host.open();
    expect(again.sheets).toEqual(["Ark1", "Ark2"]);
    expect(again.settings).toEqual({ version: 1, planYear: 2027 });
    expect(wb.syncs).toBe(2);
  });
});
