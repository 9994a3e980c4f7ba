// Just enough XML for editing package parts in place: find elements by local name (any prefix),
// read their attributes, and splice text at known positions. We never re-serialise a part: every
// byte we do not mean to change stays as it was, which a parse-and-serialise round trip cannot
// promise (attribute order, namespace prefixes, whitespace, mc:Ignorable extensions).
// The parts we edit this way (workbook.xml, its rels, [Content_Types].xml, styles.xml, a sheet's
// cells) are flat, generated XML without DOCTYPEs; comments and CDATA are skipped when scanning.
import { escapeMarkup } from "../../core";
import { PackageError } from "../base/errors";

export interface XmlElement {
  /** Offset of "<" and the offset just after the element's end (after "/>" or its end tag). */
  start: number;
  end: number;
  /** Offset just after the start tag's ">", and of the end tag's "<" (both = end when empty). */
  innerStart: number;
  innerEnd: number;
  /** Qualified name as written, e.g. "x:sheet" or "sheet". */
  qname: string;
  attrs: Map<string, string>;
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function escapeXml(s: string): string {
  // XML 1.0 cannot hold these control characters at all, not even escaped.
  // eslint-disable-next-line no-control-regex
  return escapeMarkup(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

function parseAttrs(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) attrs.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return attrs;
}

/** An attribute by local name, whatever its prefix ("r:id" for "id" with prefix). */
export function attrLocal(el: XmlElement, local: string): string | undefined {
  for (const [k, v] of el.attrs) {
    if (k === local || (k.endsWith(`:${local}`) && !k.startsWith("xmlns"))) return v;
  }
  return undefined;
}

/** Skips comments, CDATA and processing instructions starting at i (which is at "<"). */
function skipSpecial(xml: string, i: number): number {
  if (xml.startsWith("<!--", i)) return xml.indexOf("-->", i) + 3;
  if (xml.startsWith("<![CDATA[", i)) return xml.indexOf("]]>", i) + 3;
  if (xml.startsWith("<?", i)) return xml.indexOf("?>", i) + 2;
  return i;
}

/** Offset after the end tag matching the start tag that ends at `from` (nesting counted). */
function closeOf(xml: string, qname: string, from: number): number {
  let depth = 1;
  const open = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(?=[\\s/>])|</${qname}\\s*>`, "g");
  open.lastIndex = from;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (m[0].startsWith("</")) {
      if (--depth === 0) return m.index;
    } else {
      const gt = xml.indexOf(">", m.index);
      if (xml[gt - 1] !== "/") depth++;
    }
  }
  throw new PackageError("BAD_XML", undefined, `<${qname}> is not closed`);
}

/** Every element with this local name in xml[from, to), in document order (nested ones too). */
export function findElements(xml: string, local: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])|<!--|<!\\[CDATA\\[`, "g");
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    if (m[0] === "<!--" || m[0] === "<![CDATA[") {
      re.lastIndex = skipSpecial(xml, m.index);
      continue;
    }
    const gt = xml.indexOf(">", m.index);
    const tag = xml.slice(m.index, gt + 1);
    const qname = m[0].slice(1);
    const attrs = parseAttrs(tag.slice(qname.length + 1));
    if (xml[gt - 1] === "/") {
      out.push({ start: m.index, end: gt + 1, innerStart: gt + 1, innerEnd: gt + 1, qname, attrs });
      continue;
    }
    const innerEnd = closeOf(xml, qname, gt + 1);
    const end = xml.indexOf(">", innerEnd) + 1;
    out.push({ start: m.index, end, innerStart: gt + 1, innerEnd, qname, attrs });
  }
  return out;
}

export function findElement(xml: string, local: string, from = 0, to = xml.length) {
  return findElements(xml, local, from, to)[0];
}

/** The prefix (with ":") the document's root uses, "" for a default namespace. */
export function prefixOf(el: XmlElement): string {
  const colon = el.qname.indexOf(":");
  return colon < 0 ? "" : el.qname.slice(0, colon + 1);
}

export interface Splice {
  at: number;
  /** Characters to remove from `at` (0 = insert). */
  remove: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to xml. */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.at - a.at || b.remove - a.remove);
  let out = xml;
  for (const s of sorted) out = out.slice(0, s.at) + s.text + out.slice(s.at + s.remove);
  return out;
}

/** Sets attribute `name` on the start tag of `el` (replacing its value when present). */
export function setAttr(xml: string, el: XmlElement, name: string, value: string): Splice {
  const tagEnd =
    el.innerStart === el.end && xml[el.end - 2] === "/" ? el.end - 2 : el.innerStart - 1;
  const tag = xml.slice(el.start, tagEnd);
  const re = new RegExp(`\\s${name.replace(/[.]/g, "\\.")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m)
    return { at: el.start + m.index, remove: m[0].length, text: ` ${name}="${escapeXml(value)}"` };
  return { at: tagEnd, remove: 0, text: ` ${name}="${escapeXml(value)}"` };
}
