// The approved baseline in the workbook, as a custom XML part in our namespace, through
// Workbook.customXmlParts (ExcelApi 1.5, feature-detected: without it the pane offers no approval).
// A custom XML part, not a hidden sheet or the add-in's settings: Excel keeps it when the workbook is
// saved, a package writer that keeps unknown parts carries it byte for byte, and the command and
// file mode read it from the .xlsx without Office (src/ooxml/read/baselinePart.ts).
// learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection (add, getByNamespace)
// learn.microsoft.com/javascript/api/excel/excel.customxmlpart (getXml, delete)
// learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-5-requirement-set
import type { Baseline } from "../core/compare";
import { BASELINE_NS, baselineToXml } from "../core/compare";
import { pickStoredBaseline, type StoredBaseline } from "../core/compare";
import { HostError } from "../host/HostError";
import type { BaselineSaved } from "../host/WorkbookHost";
import { officeErrorCode } from "./officeErrors";
import type { OfficeRuntime } from "./officeRuntime";
import { REQUEST_LIMIT } from "./requestBudget";

const CUSTOM_XML_API = "1.5";

/** Our parts' XML by id, in two syncs (ids, then each part's text). */
async function readBaselineParts(rt: OfficeRuntime): Promise<[string, string][]> {
  return rt.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(BASELINE_NS);
    parts.load("items/id");
    await context.sync();
    const texts = parts.items.map((p) => [p.id, p.getXml()] as const);
    await context.sync();
    return texts.map(([id, xml]) => [id, xml.value] as [string, string]);
  });
}

/**
 * The stored baseline; `{ found: false }` where the host lacks ExcelApi 1.5. A read Excel refuses
 * is `{ found: false, unread: true }`, said quietly in the changes section, not an error: Excel on
 * iPad fails customXmlParts with GeneralException while the workbook is unsaved (office-js #3936).
 * Cell edit mode still goes to the pane, which says to finish the edit.
 */
export async function readOfficeBaseline(rt: OfficeRuntime): Promise<StoredBaseline> {
  if (!rt.supports(CUSTOM_XML_API)) return { found: false };
  try {
    return pickStoredBaseline(await readBaselineParts(rt));
  } catch (e) {
    if (officeErrorCode(e) === "InvalidOperationInCellEditMode") throw e;
    return { found: false, unread: true };
  }
}

/**
 * One custom XML part is one call (CustomXmlPartCollection.add takes the whole XML), and Excel on
 * the web refuses a request over 5 MB (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins); the part cannot be split without
 * every reader of the baseline (the command, file mode) learning to join parts. So on the web a
 * baseline near the limit (about 20,000 activities: 5.8 MB) is refused before anything is sent,
 * with BASELINE_TOO_LARGE, and the earlier baseline stays. Windows and Mac have no such limit.
 */
function refuseOverWebLimit(rt: OfficeRuntime, xml: string): void {
  if (rt.platform?.() !== "OfficeOnline") return;
  const bytes = new TextEncoder().encode(JSON.stringify(xml)).length + WEB_REQUEST_MARGIN;
  if (bytes > REQUEST_LIMIT) {
    throw new HostError("BASELINE_TOO_LARGE", `${bytes} bytes over ${REQUEST_LIMIT}`);
  }
}

/** Room in the request for the calls around the XML (the look-up, the deletes, ids). */
const WEB_REQUEST_MARGIN = 50_000;

/**
 * Adds the new part, then deletes the earlier ones of our namespace, in one batch: should the add
 * be refused, the old baseline is still there.
 */
export async function saveOfficeBaseline(
  rt: OfficeRuntime,
  baseline: Baseline
): Promise<BaselineSaved> {
  if (!rt.supports(CUSTOM_XML_API)) throw new HostError("NOT_SUPPORTED", "ExcelApi 1.5");
  const xml = baselineToXml(baseline);
  refuseOverWebLimit(rt, xml);
  await rt.run(async (context) => {
    const mine = context.workbook.customXmlParts.getByNamespace(BASELINE_NS);
    mine.load("items/id");
    await context.sync();
    // `items` is the list loaded at the sync above: the parts from before this add.
    context.workbook.customXmlParts.add(xml);
    mine.items.forEach((p) => p.delete());
    await context.sync();
  });
  // Stored in the workbook itself: no copy to name.
  return {};
}
