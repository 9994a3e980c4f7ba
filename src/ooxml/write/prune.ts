// Removing our old overview's parts when it is rewritten in place: the parts reachable from our
// sheet only (its table, drawing, chart, and whatever Excel hung on them when the user saved),
// never a part something else also uses (an image shared with another drawing stays).
import { removeOverrides } from "./contentTypes";
import { packageRels, REL, type OoxmlPackage } from "./opc";
import { relsPartOf } from "../base/rels";
import { removeRel } from "./relsEdit";
import { attrLocal, findElements } from "./xml";

function reachable(pkg: OoxmlPackage, roots: string[], skip: Set<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const part = todo.pop() as string;
    for (const r of packageRels(pkg, part)) {
      if (!r.part || seen.has(r.part) || skip.has(r.part)) continue;
      seen.add(r.part);
      todo.push(r.part);
    }
  }
  return seen;
}

/** Deletes the parts only our sheet uses (not the sheet part itself) and the sheet's rels. */
export function pruneSheetParts(pkg: OoxmlPackage, sheetPart: string): string[] {
  const ours = reachable(pkg, [sheetPart], new Set());
  const others = reachable(pkg, [""], new Set([sheetPart]));
  const gone = [...ours].filter((p) => p !== sheetPart && !others.has(p) && pkg.has(p));
  for (const p of gone) {
    pkg.delete(p);
    pkg.delete(pkg.actualName(relsPartOf(p)));
  }
  pkg.delete(pkg.actualName(relsPartOf(sheetPart)));
  removeOverrides(pkg, gone);
  return gone;
}

/** Drops calcChain entries of one sheet (by sheetId): the sheet is being rewritten. */
export function dropCalcChainSheet(pkg: OoxmlPackage, workbookPart: string, sheetId: number): void {
  dropCalcChain(pkg, workbookPart, (i) => i === sheetId);
}

/** Drops calcChain entries of some cells of one sheet (they no longer hold formulas). */
export function dropCalcChainCells(
  pkg: OoxmlPackage,
  workbookPart: string,
  sheetId: number,
  refs: Set<string>
): void {
  dropCalcChain(pkg, workbookPart, (i, r) => i === sheetId && refs.has(r));
}

/**
 * An entry for a cell that no longer holds a formula makes Excel repair the file. Entries omit i
 * when it repeats the previous one, so the kept entries get an explicit i where the one before
 * them changed.
 */
function dropCalcChain(
  pkg: OoxmlPackage,
  workbookPart: string,
  drop: (sheetId: number, ref: string) => boolean
): void {
  const rel = packageRels(pkg, workbookPart).find((r) => r.type === `${REL}/calcChain` && r.part);
  const xml = rel?.part ? pkg.text(rel.part) : undefined;
  if (!rel?.part || xml === undefined) return;
  const cells = findElements(xml, "c");
  let current = 0;
  let lastKept: number | undefined;
  const kept: string[] = [];
  for (const el of cells) {
    const i = attrLocal(el, "i");
    if (i !== undefined) current = Number(i);
    if (drop(current, attrLocal(el, "r") ?? "")) continue;
    let tag = xml.slice(el.start, el.end);
    if (i === undefined && lastKept !== current)
      tag = tag.replace(/^<([\w:]*c)\b/, `<$1 i="${current}"`);
    kept.push(tag);
    lastKept = current;
  }
  if (kept.length === cells.length) return;
  if (kept.length === 0 || cells.length === 0) {
    // An empty calcChain is invalid: the part, its relationship and content type go.
    pkg.delete(rel.part);
    removeOverrides(pkg, [rel.part]);
    removeRel(pkg, workbookPart, rel);
    return;
  }
  const first = cells[0];
  const last = cells[cells.length - 1];
  pkg.setText(rel.part, xml.slice(0, first.start) + kept.join("") + xml.slice(last.end));
}
