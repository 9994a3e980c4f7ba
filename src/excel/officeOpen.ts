// The first answer in one round trip. On Excel on the web every sync is a network round trip, so
// opening the pane reads, in ONE batch: the stored settings, the sheets with their visibility, the
// active sheet (name, id, used range's values, value types and merged areas), the workbook's
// title, and the names and tables the ownership decision needs. Only when the active sheet holds
// no budget does a second batch read the first rows of the other visible sheets (readProbes;
// sheet by sheet if that batch is refused), then the chosen sheet is read whole. host.open()
// returns the first batch as one value and readFirstRows() the second, so the pane needs no
// second sync when the active sheet holds it. No change handler is registered here: on the web
// the first Worksheet.onChanged.add of a session waits for office.js to register for Rich API
// messages before its sync goes (GenericEventHandlers.add adds a pre-sync promise, the
// richApiMessage addHandlerAsync, in the bundled office.js), so it is registered once the first
// answer is shown (sheetTracker.ts, watch). If the batch fails (a sheet over the response limit,
// more than 512 merged areas), it is read again without the active sheet's cells; the host then
// reads sheets the usual way. APIs: Worksheet.getUsedRangeOrNullObject and
// Range.getUsedRangeOrNullObject (ExcelApi 1.4), Range.getMergedAreasOrNullObject (1.13),
// Workbook.settings (1.4): learn.microsoft.com/javascript/api/excel/excel.worksheet, excel.range,
// excel.workbook.
import type { Grid } from "../core";
import type { WorkbookFacts } from "../core/overview";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { parseRangeBox } from "./rangeAddress";
import { gridFromRange, MERGES_API, mergesRead, queueUsedRange } from "./sheetRead";
import { queueFacts } from "./workbookFacts";

/** Rows of each sheet read to find the budget table: its header is among the first 30 rows. */
const PROBE_ROWS = 30;

export interface Opening {
  settings: unknown;
  /** Visible sheets, in order. */
  sheets: string[];
  active?: { name: string; id: string };
  title?: string;
  facts: WorkbookFacts;
  /** The active sheet read whole (undefined when the opening batch had to leave it out). */
  activeGrid?: Grid;
}

/**
 * The second step, only when the active sheet holds no budget: the first rows of every other
 * visible sheet in ONE batch. Range.getUsedRangeOrNullObject (ExcelApi 1.4) of rows 1-60 gives the
 * used cells there; with the sheet's used range's address it tells whether those are the used
 * range's first PROBE_ROWS rows (then they settle whether the sheet has a budget table).
 */
export interface Probes {
  grids: Map<string, Grid>;
}

/**
 * The probes in one batch; when that batch is refused (on the web a response over ~5 MB,
 * ResponsePayloadSizeLimitExceeded), sheet by sheet, leaving out a sheet whose own read fails
 * (the host then reads that sheet the usual way, in row blocks if need be). Cell edit mode and
 * AccessDenied fail every read alike: they go to the caller, which does not keep the failure.
 */
export async function readProbes(rt: OfficeRuntime, names: string[]): Promise<Probes> {
  try {
    return await readProbeBatch(rt, names);
  } catch (e) {
    if (names.length < 2 || failsEveryRead(e)) throw e;
  }
  const out: Probes = { grids: new Map() };
  for (const name of names) {
    try {
      const one = await readProbeBatch(rt, [name]);
      one.grids.forEach((g, k) => out.grids.set(k, g));
    } catch (e) {
      if (failsEveryRead(e)) throw e;
    }
  }
  return out;
}

/** Errors no other batch would escape: the user is editing a cell, or the workbook refuses reads. */
function failsEveryRead(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === "InvalidOperationInCellEditMode" || code === "AccessDenied";
}

async function readProbeBatch(rt: OfficeRuntime, names: string[]): Promise<Probes> {
  if (names.length === 0) return { grids: new Map() };
  const withMerges = rt.supports(MERGES_API);
  return rt.run(async (context) => {
    const probes = names.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.load("id");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      const head = sheet.getRange(`1:${2 * PROBE_ROWS}`).getUsedRangeOrNullObject(true);
      head.load("address,values,valueTypes");
      // A probe that holds the whole sheet is its grid: its merged areas come with it.
      const merged = withMerges ? head.getMergedAreasOrNullObject() : undefined;
      merged?.load("address,areaCount");
      return { name, sheet, used, head, merged };
    });
    await context.sync();
    const out = new Map<string, Grid>();
    for (const p of probes) {
      if (p.used.isNullObject) {
        const empty = { sheetName: p.name, sheetId: p.sheet.id, originRow: 0, originCol: 0 };
        out.set(p.name.toLowerCase(), { ...empty, rows: [] });
        continue;
      }
      if (p.head.isNullObject) continue;
      const top = parseRangeBox(p.used.address);
      const grid = gridFromRange(p.name, p.head, mergesRead(p.merged));
      if (!top || top.top > PROBE_ROWS || grid.originRow !== top.top) continue;
      const complete = top.bottom - top.top + 1 <= PROBE_ROWS;
      out.set(p.name.toLowerCase(), {
        ...grid,
        rows: grid.rows.slice(0, PROBE_ROWS),
        sheetId: p.sheet.id,
        ...(complete ? {} : { probeOnly: true }),
      });
    }
    return { grids: out };
  });
}

export async function readOpening(rt: OfficeRuntime, settingsKey: string): Promise<Opening> {
  try {
    return await readOnce(rt, settingsKey, true);
  } catch (e) {
    if (failsEveryRead(e)) throw e;
    return readOnce(rt, settingsKey, false);
  }
}

async function readOnce(rt: OfficeRuntime, settingsKey: string, full: boolean): Promise<Opening> {
  return rt.run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    const setting = workbook.settings.getItemOrNullObject(settingsKey);
    setting.load("value");
    const queued = queueFacts(context);
    const active = workbook.worksheets.getActiveWorksheet();
    active.load("name,id");
    const read = full
      ? queueUsedRange(active, { values: true, merges: rt.supports(MERGES_API) })
      : undefined;
    await context.sync();

    const facts = await queued.finish(false);
    const activeGrid =
      read === undefined
        ? undefined
        : read.used.isNullObject
          ? { sheetName: active.name, originRow: 0, originCol: 0, rows: [] }
          : gridFromRange(active.name, read.used, mergesRead(read.merged));
    return {
      settings: setting.isNullObject ? undefined : setting.value,
      sheets: facts.sheets.filter((s) => s.visibility === "visible").map((s) => s.name),
      active: { name: active.name, id: active.id },
      ...(workbook.name ? { title: workbook.name } : {}),
      facts,
      ...(activeGrid ? { activeGrid: { ...activeGrid, sheetId: active.id } } : {}),
    };
  });
}
