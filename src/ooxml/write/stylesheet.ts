// The least a styles part must hold for the cells we write to mean what we say: at least one
// font, two fills (Excel reserves the first two), one border, one cell style format and one cell
// format. A workbook without a styles part (the standard allows it, Excel opens it) gets a new
// one; a part missing a list, or holding an empty `<fonts/>`, gets the list completed. Whatever
// the part already holds keeps its bytes and its indices.
import { MAIN_NS } from "./opc";
import {
  appendInside,
  applySplices,
  findElement,
  findElements,
  fitMarkup,
  rootOf,
  setAttr,
  type Splice,
} from "./xml";

/** CT_Stylesheet's children in schema order, with the items a list needs when it has none. */
const ORDER: { name: string; item?: string; first?: string }[] = [
  { name: "numFmts" },
  {
    name: "fonts",
    item: "font",
    first: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  },
  {
    name: "fills",
    item: "fill",
    first:
      '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  },
  {
    name: "borders",
    item: "border",
    first: "<border><left/><right/><top/><bottom/><diagonal/></border>",
  },
  {
    name: "cellStyleXfs",
    item: "xf",
    first: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
  },
  {
    name: "cellXfs",
    item: "xf",
    first: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  },
  {
    name: "cellStyles",
    item: "cellStyle",
    first: '<cellStyle name="Normal" xfId="0" builtinId="0"/>',
  },
  { name: "dxfs" },
  { name: "tableStyles" },
  { name: "colors" },
  { name: "extLst" },
];

/** A new, minimal styles part (the lists above with their first items). */
export function minimalStylesheet(): string {
  const lists = ORDER.filter((o) => o.first)
    .map((o) => `<${o.name} count="${itemCount(o)}">${o.first}</${o.name}>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">${lists}</styleSheet>`;
}

/** Item count of a list's `first` markup (its top-level items). */
function itemCount(o: { item?: string; first?: string }): number {
  const m = (o.first ?? "").match(new RegExp(`<${o.item}[\\s/>]`, "g"));
  return m ? m.length : 0;
}

/** The styles part with every list a cell format needs present and non-empty. */
export function completeStylesheet(xml: string): string {
  const root = rootOf(xml);
  const ns = root.uri;
  const splices: Splice[] = [];
  /** Missing lists by where they go (-1: at the end of the root), in schema order. */
  const inserts = new Map<number, string>();
  ORDER.forEach((o, i) => {
    if (!o.first || !o.item) return;
    const c = findElements(xml, o.name).find((el) => el.depth === 1);
    const n = itemCount(o);
    if (c) {
      if (findElements(xml, o.item, c.innerStart, c.innerEnd).length > 0) return;
      splices.push(setAttr(xml, c, "count", String(n)));
      splices.push(...appendInside(c, fitMarkup(o.first, c.scope, ns)));
      return;
    }
    const markup = fitMarkup(`<${o.name} count="${n}">${o.first}</${o.name}>`, root.scope, ns);
    const next = ORDER.slice(i + 1)
      .map((later) => findElement(xml, later.name))
      .find((el) => el !== undefined && el.depth === 1);
    const at = next ? next.start : -1;
    inserts.set(at, (inserts.get(at) ?? "") + markup);
  });
  for (const [at, markup] of inserts) {
    if (at >= 0) splices.push({ at, remove: 0, text: markup });
    else splices.push(...appendInside(root, markup));
  }
  return splices.length ? applySplices(xml, splices) : xml;
}
