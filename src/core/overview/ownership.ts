// Which overview sheet, names and tables are ours: one decision for every shell (the add-in's
// Office.js write and the package writer), over neutral facts the shell gathers.
//
// The marker is two hidden workbook-scoped names (no comment: Excel on the web cannot undo
// setting NamedItem.comment, and a name alone carries no undo trouble):
// - Budgettjek_Oversigt     = '<overview>'!$A$1   a reference: follows the sheet when renamed,
//                                                 becomes #REF! when the sheet is deleted;
// - Budgettjek_OversigtNavn = "<overview>"        a constant: does not follow renames.
// The overview is ours iff the reference resolves to an existing sheet whose name equals the
// constant (case-insensitively). Renamed by hand: that sheet is now the user's archive, and a fresh
// overview is written. Deleted: our stale names are dropped and a fresh overview is written.
import { quoteSheet } from "../sheet/address";
import { DEFAULT_OVERVIEW_SHEET, overviewTableName } from "./overviewNames";

export const MARKER_REF_NAME = "Budgettjek_Oversigt";
export const MARKER_CONST_NAME = "Budgettjek_OversigtNavn";
/** Names we make start with this (markers, and anything we add later). */
export const OUR_NAME_PREFIX = "Budgettjek_";
/** The leftover names the overview defines, one per year. */
const LEFTOVER_NAME = /^Restbeløb_\d{4}$/i;
/** Previous add-in markers: Budgettjek_oversigt, _2, … with the comment "Budgettjek". */
const LEGACY_MARKER = /^Budgettjek_oversigt(?:_\d+)?$/i;
const LEGACY_COMMENT = "Budgettjek";
/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

/** Where a defined name points, as the shell resolved it. */
export type NameTarget =
  | { kind: "sheet"; sheet: string }
  | { kind: "ref" } // #REF!: the sheet it pointed at was deleted
  | { kind: "constant"; value: string } // a text constant, unquoted
  | { kind: "other" }; // a formula, a number, an external or multi-sheet reference

export interface SheetFact {
  name: string;
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface NameFact {
  name: string;
  /** Sheet the name is scoped to; undefined = workbook scope. */
  scope?: string;
  target: NameTarget;
  /** Only read to recognise the previous add-in markers. */
  comment?: string;
}

export interface TableFact {
  name: string;
  sheet: string;
}

export interface WorkbookFacts {
  sheets: SheetFact[];
  names: NameFact[];
  tables: TableFact[];
}

export type OwnershipReason =
  | "ours" // our marker points at the sheet and its name matches: rewrite in place
  | "legacy-addin" // an overview from the add-in's previous marker: rewrite in place
  | "legacy-command" // an overview from the command's previous writer: rewrite in place
  | "renamed" // our overview was renamed by the user: it is their archive now
  | "deleted" // our overview was deleted: stale names dropped
  | "absent"; // no overview of ours

export interface NameRef {
  name: string;
  scope?: string;
}

export interface OwnershipDecision {
  reason: OwnershipReason;
  /** Our overview sheet to rewrite in place; undefined = add a new sheet. */
  ourSheet?: string;
  /** The sheet the user renamed (their archive now), for the message. */
  archivedSheet?: string;
  /** Name of the overview to write: ourSheet, else the preferred name or the next free one. */
  sheetName: string;
  /** Workbook-unique name for the overview's table. */
  tableName: string;
  /** Our names to delete before writing (stale, or about to be rewritten). */
  dropNames: NameRef[];
  /** Names the overview wants that the user owns: left alone, not written. */
  skipNames: string[];
  /** The two marker names to write, formulas without the leading "=". */
  marker: { name: string; formula: string }[];
}

const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();
const isWorkbookScope = (n: NameFact): boolean => n.scope === undefined;

/** `="Budgetoversigt"` or `"Budgetoversigt"` → Budgetoversigt; undefined when not a text constant. */
export function constantText(formula: string): string | undefined {
  const m = /^=?\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** The marker names for an overview sheet (formulas without "=", as OOXML stores them). */
export function markerNames(sheetName: string): { name: string; formula: string }[] {
  return [
    { name: MARKER_REF_NAME, formula: `${quoteSheet(sheetName)}!$A$1` },
    { name: MARKER_CONST_NAME, formula: `"${sheetName.replace(/"/g, '""')}"` },
  ];
}

/** "Budgetoversigt", else "Budgetoversigt 2", "Budgetoversigt 3", … (not taken, ≤ 31 chars). */
export function freeSheetName(taken: Iterable<string>, preferred = DEFAULT_OVERVIEW_SHEET): string {
  const used = new Set([...taken].map((s) => s.toLocaleLowerCase()));
  const base = preferred.slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** A table name not used by a table or a defined name (Excel keeps both in one namespace). */
export function freeTableName(taken: Iterable<string>, preferred: string): string {
  const used = new Set([...taken].map((s) => s.toLocaleLowerCase()));
  if (!used.has(preferred.toLocaleLowerCase())) return preferred;
  for (let i = 2; ; i++) {
    const candidate = `${preferred}${i}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

function findName(facts: WorkbookFacts, name: string): NameFact | undefined {
  return facts.names.find((n) => isWorkbookScope(n) && same(n.name, name));
}

/** The sheet a reference resolves to, if that sheet exists; "ref" when it is gone. */
function resolve(facts: WorkbookFacts, n: NameFact | undefined): string | "ref" | undefined {
  if (!n) return undefined;
  if (n.target.kind === "ref") return "ref";
  if (n.target.kind !== "sheet") return undefined;
  const sheet = n.target.sheet;
  return facts.sheets.find((s) => same(s.name, sheet))?.name ?? "ref";
}

const isLegacyMarker = (n: NameFact): boolean =>
  isWorkbookScope(n) && LEGACY_MARKER.test(n.name) && n.comment === LEGACY_COMMENT;

interface Found {
  reason: OwnershipReason;
  sheet?: string;
  archived?: string;
}

/** Our current marker, then the add-in's previous one, then the command's previous table. */
function findOurSheet(facts: WorkbookFacts, preferred: string): Found {
  const ref = findName(facts, MARKER_REF_NAME);
  const legacy = ref && isLegacyMarker(ref);
  if (ref && !legacy) {
    const sheet = resolve(facts, ref);
    if (sheet === "ref") return { reason: "deleted" };
    const constant = findName(facts, MARKER_CONST_NAME);
    const written = constant?.target.kind === "constant" ? constant.target.value : undefined;
    if (sheet !== undefined && written !== undefined && same(sheet, written)) {
      return { reason: "ours", sheet };
    }
    if (sheet !== undefined) return { reason: "renamed", archived: sheet };
  }
  const legacySheets = facts.names
    .filter(isLegacyMarker)
    .map((n) => resolve(facts, n))
    .filter((s): s is string => s !== undefined && s !== "ref");
  const legacySheet = legacySheets.find((s) => same(s, preferred)) ?? legacySheets[0];
  if (legacySheet !== undefined) return { reason: "legacy-addin", sheet: legacySheet };
  // The command wrote "Budgetoversigt" with a table named after the sheet; a user's sheet of another
  // name with a table called "<sheet>_tabel" is not claimed.
  const commandSheet = facts.sheets.find(
    (s) =>
      (same(s.name, preferred) || same(s.name, DEFAULT_OVERVIEW_SHEET)) &&
      facts.tables.some((t) => same(t.sheet, s.name) && same(t.name, overviewTableName(s.name)))
  );
  if (commandSheet) return { reason: "legacy-command", sheet: commandSheet.name };
  return { reason: "absent" };
}

/** Is this name ours to drop: our marker, or our pattern pointing at our (former) sheet or #REF!. */
function isOurName(facts: WorkbookFacts, n: NameFact, found: Found): boolean {
  if (n.scope !== undefined) {
    // Names scoped to the sheet we rewrite (its print titles) go with it; an archive keeps its own.
    const onSheet = found.sheet !== undefined && same(n.scope, found.sheet);
    return onSheet && (n.name.startsWith("_xlnm.") || n.name.startsWith(OUR_NAME_PREFIX));
  }
  // The renamed sheet is the user's now, but the names we made on it are still ours: re-pointed.
  const former = [found.sheet, found.archived].filter((s): s is string => s !== undefined);
  const onOurs = (sheet: string): boolean => former.some((s) => same(s, sheet));
  if (isLegacyMarker(n)) return true;
  const ourPattern = LEFTOVER_NAME.test(n.name) || n.name.toLowerCase().startsWith("budgettjek_");
  if (!ourPattern) return false;
  const target = resolve(facts, n);
  return target === "ref" || (target !== undefined && onOurs(target));
}

export interface DecideOptions {
  /** The sheet name the user wants for a new overview (default "Budgetoversigt"). */
  preferredName?: string;
  /** The workbook-scoped names the overview defines (e.g. Restbeløb_2026). */
  wantedNames?: string[];
}

/** The one decision: where to write the overview, what to name it, which names go. */
export function decideOwnership(
  facts: WorkbookFacts,
  options: DecideOptions = {}
): OwnershipDecision {
  const preferred = options.preferredName ?? DEFAULT_OVERVIEW_SHEET;
  const found = findOurSheet(facts, preferred);
  const sheetName =
    found.sheet ??
    freeSheetName(
      facts.sheets.map((s) => s.name),
      preferred
    );
  const markers = new Set([MARKER_REF_NAME, MARKER_CONST_NAME].map((s) => s.toLowerCase()));
  const dropNames: NameRef[] = facts.names
    .filter(
      (n) => (isWorkbookScope(n) && markers.has(n.name.toLowerCase())) || isOurName(facts, n, found)
    )
    .map((n) => (n.scope === undefined ? { name: n.name } : { name: n.name, scope: n.scope }));
  const dropped = (n: NameFact): boolean =>
    dropNames.some((d) => same(d.name, n.name) && d.scope === n.scope);
  const kept = facts.names.filter((n) => !dropped(n));
  const skipNames = (options.wantedNames ?? []).filter((w) =>
    kept.some((n) => isWorkbookScope(n) && same(n.name, w))
  );
  // Tables on the sheet we rewrite are replaced; every other table and kept name blocks its name.
  const otherTables = facts.tables.filter(
    (t) => found.sheet === undefined || !same(t.sheet, found.sheet)
  );
  const tableName = freeTableName(
    [...otherTables.map((t) => t.name), ...kept.map((n) => n.name), ...(options.wantedNames ?? [])],
    overviewTableName(sheetName)
  );
  return {
    reason: found.reason,
    ...(found.sheet !== undefined ? { ourSheet: found.sheet } : {}),
    ...(found.archived !== undefined ? { archivedSheet: found.archived } : {}),
    sheetName,
    tableName,
    dropNames,
    skipNames,
    marker: markerNames(sheetName),
  };
}
