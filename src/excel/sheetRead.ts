// Reads one sheet into the engine's Grid: values, value types (to see error cells), the used
// range's origin and, where ExcelApi 1.13 exists, the used range's merged areas. One Excel.run,
// one sync. Range.getMergedAreasOrNullObject "will fail to return the result" above 512 merged
// areas (learn.microsoft.com/javascript/api/excel/excel.range, ExcelApi 1.13): it is asked of the
// used range only (not the whole sheet), its areaCount is loaded with it (RangeAreas.areaCount,
// ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.rangeareas) and 512 or more areas
// count as unread, since Excel may hand back a partial list rather than fail; when the batch
// still fails the sheet is read again without merges. Either way, and below ExcelApi 1.13 where
// merges cannot be read at all, the grid says so (mergesUnread), so the check never fails for it.
import type { CellValue, Grid, MergeRange, MergesUnread } from "../core";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { boxAddress, parseAreas, parseRangeBox, type RangeBox } from "./rangeAddress";

/**
 * Cells per block when a sheet is too large for one response. Excel on the web refuses responses
 * over ~5 MB; values + valueTypes cost roughly 20-100 bytes a cell in JSON, so 40,000 cells stay
 * near 2-4 MB even with long texts. A block that still fails is halved.
 */
const CELLS_PER_BLOCK = 40_000;

export function cellValue(value: unknown, type: string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}

function toRows(values: unknown[][], types: unknown[][]): CellValue[][] {
  return values.map((row, r) => row.map((v, c) => cellValue(v, String(types[r]?.[c] ?? ""))));
}

/** A range read with address, values and value types (and its merged areas, as read) as a Grid. */
export function gridFromRange(
  sheetName: string,
  r: { address: string; values: unknown[][]; valueTypes: unknown[][] },
  merges: MergesRead = { merges: [] }
): Grid {
  const box = parseRangeBox(r.address);
  return {
    sheetName,
    originRow: box?.top ?? 0,
    originCol: box?.left ?? 0,
    rows: toRows(r.values, r.valueTypes),
    ...merges,
  };
}

function emptyGrid(sheetName: string, merges: MergesRead): Grid {
  return { sheetName, originRow: 0, originCol: 0, rows: [], ...merges };
}

/** Rows per block for a sheet `columns` wide (at least one row). */
function rowsPerBlock(columns: number, cellsPerBlock = CELLS_PER_BLOCK): number {
  return Math.max(1, Math.floor(cellsPerBlock / Math.max(1, columns)));
}

/** `withTitle`: also read the workbook's name (not needed when the opening batch read it). */
export async function readSheetGrid(
  rt: OfficeRuntime,
  sheetName: string,
  withTitle = true
): Promise<Grid> {
  const withMerges = rt.supports(MERGES_API);
  try {
    return await readOnce(rt, sheetName, { merges: withMerges, title: withTitle });
  } catch (e) {
    if (!withMerges || !mayBeMergeFailure(e)) throw e;
    const grid = await readOnce(rt, sheetName, { merges: false, title: withTitle });
    return { ...grid, mergesUnread: "tooMany" };
  }
}

/** Failures that are not about the sheet itself: worth one more read without merged areas. */
function mayBeMergeFailure(e: unknown): boolean {
  const code = officeErrorCode(e);
  return !["ItemNotFound", "InvalidOperationInCellEditMode", "AccessDenied"].includes(code ?? "");
}

/** Range.getMergedAreasOrNullObject is ExcelApi 1.13. */
export const MERGES_API = "1.13";

/**
 * "If the merged areas count in this range is more than 512, then this method will fail to return
 * the result" (Range.getMergedAreasOrNullObject): a list of 512 or more may be cut short.
 */
export const MAX_MERGED_AREAS = 512;

/** A sheet's merged areas as read, or why they could not be. */
export interface MergesRead {
  merges: MergeRange[];
  mergesUnread?: MergesUnread;
}

/**
 * Queues a sheet's used range (its address; with `values` also its values and value types) and,
 * with `merges`, its merged areas' address; nothing is synced. valuesOnly: cells that only carry
 * formatting do not widen the read (Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4;
 * Range.getMergedAreasOrNullObject, ExcelApi 1.13).
 */
export function queueUsedRange(sheet: Excel.Worksheet, want: { values: boolean; merges: boolean }) {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (want.values) used.load("address,values,valueTypes");
  else used.load("address");
  const merged = want.merges ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load("address,areaCount");
  return { used, merged };
}

/**
 * After the sync: the merged areas, none when there are none; unread when they were not asked
 * (Excel below ExcelApi 1.13) or Excel counts MAX_MERGED_AREAS or more.
 */
export function mergesRead(merged: Excel.RangeAreas | undefined): MergesRead {
  if (!merged) return { merges: [], mergesUnread: "notSupported" };
  if (merged.isNullObject) return { merges: [] };
  if (merged.areaCount >= MAX_MERGED_AREAS) return { merges: [], mergesUnread: "tooMany" };
  return { merges: parseAreas(merged.address) };
}

/**
 * With `withTitle`, queues the workbook's name, a source for the plan year ("Tryghedsplan
 * 2026.xlsx"; Workbook.name, ExcelApi 1.7); the returned function reads it after the sync.
 */
function queueTitle(context: Excel.RequestContext, withTitle: boolean) {
  if (!withTitle) return (): { workbookTitle?: string } => ({});
  const workbook = context.workbook;
  workbook.load("name");
  return (): { workbookTitle?: string } => (workbook.name ? { workbookTitle: workbook.name } : {});
}

/**
 * What both reads queue before their first sync: the sheet's name and id (getItem takes a name or
 * an id, WorksheetCollection.getItem, ExcelApi 1.1; the grid carries the sheet's current name and
 * id, so a renamed sheet is followed), its used range, its merged areas and the workbook's name.
 */
function queueSheetRead(
  context: Excel.RequestContext,
  sheetName: string,
  want: ReadExtras & { values: boolean }
) {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("name,id");
  return { sheet, ...queueUsedRange(sheet, want), title: queueTitle(context, want.title) };
}

/** What a sheet read asks besides the cells: merged areas, the workbook's name. */
interface ReadExtras {
  merges: boolean;
  title: boolean;
}

async function readOnce(rt: OfficeRuntime, sheetName: string, extras: ReadExtras) {
  try {
    return await rt.run(async (context) => {
      const want = { values: true, ...extras };
      const { sheet, used, merged, title } = queueSheetRead(context, sheetName, want);
      await context.sync();
      const merges = mergesRead(merged);
      const grid = used.isNullObject
        ? emptyGrid(sheet.name, merges)
        : gridFromRange(sheet.name, used, merges);
      return {
        ...grid,
        sheetId: sheet.id,
        ...title(),
      };
    });
  } catch (e) {
    if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    return readInBlocks(rt, sheetName, extras);
  }
}

/**
 * The large-sheet path: the used range's size (and, when asked, the workbook's name) in one sync,
 * then one sync per block of rows.
 */
async function readInBlocks(rt: OfficeRuntime, sheetName: string, extras: ReadExtras) {
  return rt.run(async (context) => {
    const want = { values: false, ...extras };
    const { sheet, used, merged, title } = queueSheetRead(context, sheetName, want);
    await context.sync();
    const merges = mergesRead(merged);
    const box = used.isNullObject ? undefined : parseRangeBox(used.address);
    if (!box) return { ...emptyGrid(sheet.name, merges), sheetId: sheet.id, ...title() };

    const rows: CellValue[][] = [];
    let blockRows = rowsPerBlock(box.right - box.left + 1);
    let top = box.top;
    while (top <= box.bottom) {
      const part: RangeBox = { ...box, top, bottom: Math.min(box.bottom, top + blockRows - 1) };
      const range = sheet.getRange(boxAddress(part));
      range.load("values,valueTypes");
      try {
        // One sync per block: each response stays under the host's limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || blockRows === 1) throw e;
        blockRows = Math.max(1, Math.floor(blockRows / 2));
        continue;
      }
      rows.push(...toRows(range.values, range.valueTypes));
      top = part.bottom + 1;
    }
    const grid: Grid = {
      sheetName: sheet.name,
      sheetId: sheet.id,
      originRow: box.top,
      originCol: box.left,
      rows,
      ...merges,
      ...title(),
    };
    return grid;
  });
}
