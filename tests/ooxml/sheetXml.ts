// A worksheet part we wrote, read back as a test reads it: through the writer's own XML grammar
// (base/xmlTree, namespace-aware with positions), not by patterns over the text, so a prefix, an
// attribute order or a self-closing cell reads like any other.
import { applySplices, attrLocal, findElements, unescapeXml } from "../../src/ooxml/write/xml";

export interface SheetCell {
  /** The formula without "=" (its cached value in `value`). */
  formula?: string;
  /** Inline text, a number, or a shared string's index as text. */
  value: string | number;
}

/** Every cell with a formula, text or value, by address ("G13"). */
export function sheetCells(xml: string): Map<string, SheetCell> {
  const out = new Map<string, SheetCell>();
  for (const c of findElements(xml, "c")) {
    const ref = attrLocal(c, "r");
    if (ref === undefined) continue;
    const inner = (local: string) => findElements(xml, local, c.innerStart, c.innerEnd);
    const text = (el: { innerStart: number; innerEnd: number }) =>
      unescapeXml(xml.slice(el.innerStart, el.innerEnd));
    const [f] = inner("f");
    const [v] = inner("v");
    const runs = inner("t");
    if (f) out.set(ref, { formula: text(f), value: Number(v && text(v)) });
    else if (runs.length) out.set(ref, { value: runs.map(text).join("") });
    else if (v) out.set(ref, { value: attrLocal(c, "t") === "s" ? text(v) : Number(text(v)) });
  }
  return out;
}

/** The part with every formula's cached result (<v>) left out, the formulas kept. */
export function withoutCachedValues(xml: string): string {
  const cached = findElements(xml, "c").flatMap((c) =>
    findElements(xml, "f", c.innerStart, c.innerEnd).length
      ? findElements(xml, "v", c.innerStart, c.innerEnd)
      : []
  );
  return applySplices(
    xml,
    cached.map((v) => ({ at: v.start, remove: v.end - v.start, text: "" }))
  );
}
