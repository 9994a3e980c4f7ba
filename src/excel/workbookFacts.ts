// The neutral facts the ownership decision (src/core/overview/ownership.ts) needs, gathered through the
// API, never by parsing a name's formula text: a name's target is its range's worksheet
// (NamedItem.getRangeOrNullObject, ExcelApi 1.4), a deleted sheet shows as type "Error" with no
// range, a text constant as type "String" with its value (learn.microsoft.com/javascript/api/
// excel/excel.nameditem). R1C1 workbooks on Windows return formulas as "Sheet!R1C1" (office-js
// issue #1831), which is why text is not read.
//
// queueFacts() only queues loads, so the caller batches them with whatever else it reads; after
// that sync, finish() builds the facts. Names the look-up could not know in advance (e.g. a
// Restbeløb name for a year no longer in the plan) cost one more sync, only when they exist.
import {
  MARKER_CONST_NAME,
  MARKER_REF_NAME,
  OUR_NAME_PREFIX,
  type NameFact,
  type NameTarget,
  type SheetFact,
  type WorkbookFacts,
} from "../core/overview";

interface Pending {
  range: Excel.Range;
  sheet: Excel.Worksheet;
}

export interface QueuedFacts {
  /**
   * After the caller's sync: the facts. With `resolveLate`, names not known in advance cost one
   * more sync (only when they exist); without, their target is left as "other" (enough to tell
   * which sheet is ours: that rests on the two marker names alone).
   */
  finish(resolveLate?: boolean): Promise<WorkbookFacts>;
}

/** Names whose target can matter to the decision: ours by prefix, and the per-year leftovers. */
const mayBeOurs = (name: string): boolean =>
  name.toLowerCase().startsWith(OUR_NAME_PREFIX.toLowerCase()) || /^Restbeløb_\d{4}$/i.test(name);

function queueTarget(names: Excel.NamedItemCollection, name: string): Pending {
  const range = names.getItemOrNullObject(name).getRangeOrNullObject();
  // isNullObject is known only for a loaded object: the range's address is the cheapest load.
  range.load("address");
  // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation, not a read
  const sheet = range.worksheet;
  sheet.load("name");
  return { range, sheet };
}

const VISIBILITY: Record<string, SheetFact["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Queues the loads: sheets with visibility, every workbook name (name, type, value, comment),
 * every table with its worksheet, and the ranges of `known` names (our markers and the names the
 * caller is about to write), so the usual case needs no second sync.
 */
export function queueFacts(context: Excel.RequestContext, known: string[] = []): QueuedFacts {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = workbook.names;
  names.load("items/name,items/type,items/value,items/comment");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const pending = new Map<string, Pending>();
  for (const name of [MARKER_REF_NAME, MARKER_CONST_NAME, ...known]) {
    pending.set(name.toLowerCase(), queueTarget(names, name));
  }

  return {
    async finish(resolveLate = true) {
      const late = names.items.filter(
        (n) =>
          resolveLate &&
          mayBeOurs(n.name) &&
          n.type === "Range" &&
          !pending.has(n.name.toLowerCase())
      );
      for (const n of late) pending.set(n.name.toLowerCase(), queueTarget(names, n.name));
      if (late.length > 0) await context.sync();
      return {
        sheets: sheets.items.map((s) => ({
          name: s.name,
          visibility: VISIBILITY[String(s.visibility)] ?? "visible",
        })),
        names: names.items.map((n): NameFact => ({
          name: n.name,
          target: targetOf(n, pending.get(n.name.toLowerCase())),
          ...(n.comment ? { comment: n.comment } : {}),
        })),
        tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      };
    },
  };
}

function targetOf(n: Excel.NamedItem, p: Pending | undefined): NameTarget {
  const type = String(n.type);
  if (type === "String") return { kind: "constant", value: String(n.value) };
  if (type === "Error") return { kind: "ref" };
  if (type !== "Range" || !p) return { kind: "other" };
  return p.range.isNullObject ? { kind: "ref" } : { kind: "sheet", sheet: p.sheet.name };
}
