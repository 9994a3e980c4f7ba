// Cell edits in an existing sheet part, for fixes written into a copy: one cell's number (with a
// number format) or formula. The cell element is replaced (or inserted in row and column order);
// every other byte of the part stays. The cell keeps its style, except for a new number format,
// which is an appended style based on the cell's own (styles.xml stays append-only).
import { checkedZip } from "./check";
import { columnIndex, parseAddress } from "../../core/sheet";
import { asPackageError, CellEditError } from "../base/errors";
import { readWorkbookModel } from "../read/workbookModel";
import { OoxmlPackage } from "./opc";
import { dropCalcChainCells } from "./prune";
import { cellXml } from "./sheetPart";
import type { StyleBook } from "./styles";
import { openStyles, saveStyles } from "./stylesPart";
import {
  appendInside,
  applySplices,
  attrLocal,
  fitMarkup,
  rootOf,
  findElement,
  findElements,
  setAttr,
  type XmlElement,
} from "./xml";

export type CellEdit = {
  sheet: string;
  /** Unqualified A1 address, e.g. "G7". */
  address: string;
  numFmt?: string;
  /**
   * Cells (unqualified A1, nearest first) whose number format the edited cell takes instead of
   * `numFmt`: the first one with a number format that is neither General nor text.
   */
  numFmtFrom?: string[];
} & ({ number: number } | { formula: string });

const refCol = (ref: string): number => columnIndex(ref.replace(/\d+$/, ""));

function findCell(xml: string, row: XmlElement, ref: string): XmlElement | undefined {
  return findElements(xml, "c", row.innerStart, row.innerEnd).find(
    (c) => attrLocal(c, "r") === ref
  );
}

/** Where a new <c> goes in a row: before the first cell to its right. */
function cellSlot(xml: string, row: XmlElement, col: number): number {
  const next = findElements(xml, "c", row.innerStart, row.innerEnd).find(
    (c) => refCol(attrLocal(c, "r") ?? "") > col
  );
  return next ? next.start : row.innerEnd;
}

function checkReplaceable(xml: string, cell: XmlElement, where: Where): void {
  const f = findElement(xml, "f", cell.innerStart, cell.innerEnd);
  if (!f) return;
  const t = attrLocal(f, "t");
  if (t === "array" || (t === "shared" && attrLocal(f, "ref") !== undefined)) {
    throw new CellEditError({ code: t === "array" ? "ARRAY_FORMULA" : "SHARED_FORMULA", ...where });
  }
}

/** Built-in number format ids that say nothing about amounts: General and text ("@"). */
const PLAIN_FORMATS = new Set([0, 49]);

/** The number format id of the first neighbour that has one (not General, not text). */
function neighbourFormat(
  xml: string,
  rows: XmlElement[],
  addresses: string[],
  styles: StyleBook
): number | undefined {
  for (const address of addresses) {
    const ref = address.replace(/\$/g, "").toUpperCase();
    const rowNumber = Number(/\d+$/.exec(ref)?.[0]);
    const row = rows.find((r) => Number(attrLocal(r, "r")) === rowNumber);
    const cell = row && findCell(xml, row, ref);
    if (!cell) continue;
    const id = styles.numFmtIdOf(Number(attrLocal(cell, "s") ?? 0));
    if (!PLAIN_FORMATS.has(id)) return id;
  }
  return undefined;
}

/** The sheet (by its name in the workbook) and the cell a fix is for. */
type Where = { sheet: string; cell: string };

function editOne(xml: string, edit: CellEdit, styles: StyleBook, where: Where): string {
  const pos = parseAddress(edit.address);
  // The shells build the address from a finding's position: a bad one is a programming error.
  if (!pos || pos.sheet !== undefined) throw new Error(`not a cell address: ${edit.address}`);
  const ref = edit.address.replace(/\$/g, "").toUpperCase();
  const data = findElement(xml, "sheetData");
  if (!data) throw new CellEditError({ code: "NO_CELLS", ...where });
  const rows = findElements(xml, "row", data.innerStart, data.innerEnd);
  if (rows.some((r) => attrLocal(r, "r") === undefined)) {
    throw new CellEditError({ code: "UNNUMBERED_ROWS", ...where });
  }
  const row = rows.find((r) => Number(attrLocal(r, "r")) === pos.row + 1);
  const old = row ? findCell(xml, row, ref) : undefined;
  if (old) checkReplaceable(xml, old, where);
  const s0 = Number((old && attrLocal(old, "s")) ?? 0);
  const like = neighbourFormat(xml, rows, edit.numFmtFrom ?? [], styles);
  const s =
    like !== undefined
      ? styles.withNumFmtId(s0, like)
      : edit.numFmt !== undefined
        ? styles.withNumFmt(s0, edit.numFmt)
        : s0;
  const markup =
    "formula" in edit
      ? cellXml(ref, s, null, edit.formula.replace(/^=/, ""))
      : cellXml(ref, s, edit.number);
  const ns = rootOf(xml).uri;
  if (row) {
    const cell = fitMarkup(markup, row.scope, ns);
    if (old) return applySplices(xml, [{ at: old.start, remove: old.end - old.start, text: cell }]);
    if (row.selfClosing) return applySplices(xml, appendInside(row, cell));
    return applySplices(xml, [{ at: cellSlot(xml, row, pos.col), remove: 0, text: cell }]);
  }
  const rowXml = fitMarkup(`<row r="${pos.row + 1}">${markup}</row>`, data.scope, ns);
  const next = rows.find((r) => Number(attrLocal(r, "r")) > pos.row + 1);
  if (next) return applySplices(xml, [{ at: next.start, remove: 0, text: rowXml }]);
  return applySplices(xml, appendInside(data, rowXml));
}

/**
 * Applies the edits to the package (changed in place). A fix that cannot be written throws
 * CellEditError (sheet and cell named). A workbook without styles gets a styles part.
 */
export function editCells(pkg: OoxmlPackage, edits: CellEdit[]): void {
  const info = readWorkbookModel(pkg);
  const styles = openStyles(pkg, info.workbookPart);
  let formulas = false;
  for (const edit of edits) {
    const sheet = info.sheets.find((s) => s.name.toLowerCase() === edit.sheet.toLowerCase());
    const cell = edit.address.replace(/\$/g, "").toUpperCase();
    if (!sheet?.part || !pkg.has(sheet.part))
      throw new CellEditError({ code: "SHEET_MISSING", sheet: edit.sheet, cell });
    const where = { sheet: sheet.name, cell };
    pkg.setText(sheet.part, editOne(pkg.text(sheet.part) ?? "", edit, styles.book, where));
    // A cell that no longer holds a formula must leave the calculation chain (else Excel repairs).
    if ("number" in edit)
      dropCalcChainCells(
        pkg,
        info.workbookPart,
        sheet.sheetId,
        new Set([edit.address.replace(/\$/g, "").toUpperCase()])
      );
    else formulas = true;
  }
  saveStyles(pkg, info.workbookPart, styles);
  if (formulas) recalcOnLoad(pkg, info.workbookPart);
}

/** A new formula has no cached value: ask Excel to calculate the workbook when it opens it. */
function recalcOnLoad(pkg: OoxmlPackage, workbookPart: string): void {
  const xml = pkg.text(workbookPart) ?? "";
  const calc = findElement(xml, "calcPr");
  if (calc) {
    if (attrLocal(calc, "fullCalcOnLoad") === "1") return;
    pkg.setText(workbookPart, applySplices(xml, [setAttr(xml, calc, "fullCalcOnLoad", "1")]));
    return;
  }
  const root = rootOf(xml);
  // CT_Workbook: calcPr comes right after definedNames (or sheets, when there are none).
  const after =
    findElement(xml, "definedNames") ??
    findElement(xml, "externalReferences") ??
    findElement(xml, "sheets");
  if (!after) return;
  const calcPr = fitMarkup('<calcPr fullCalcOnLoad="1"/>', root.scope, root.uri);
  pkg.setText(workbookPart, applySplices(xml, [{ at: after.end, remove: 0, text: calcPr }]));
}

/** Bytes in, bytes out: a copy of the workbook with the edits. */
export function editCellsInCopy(input: Uint8Array, edits: CellEdit[]): Uint8Array {
  return asPackageError(() => {
    const pkg = OoxmlPackage.fromZip(input);
    editCells(pkg, edits);
    return checkedZip(pkg);
  });
}
