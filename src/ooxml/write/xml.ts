// Editing package parts in place, by the positions the parser reports (base/xmlTree): find
// elements by local name in the part's own namespace, read their attributes, and splice text at
// known places. We never re-serialise a part: every byte we do not mean to change stays as it was,
// which a parse-and-serialise round trip cannot promise (attribute order, prefixes, whitespace,
// mc:Ignorable extensions). New markup is written unprefixed and then fitted to where it lands:
// the prefix bound there to its namespace, or a declaration of its own (see fitMarkup).
import { escapeMarkup } from "../../core";
import { parseXml, type XmlElement } from "../base/xmlTree";

export type { XmlElement } from "../base/xmlTree";

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

// What a value may hold that markup may not hold as written: the five markup characters aside,
// white space an attribute would fold into a space (and text would read \r\n as \n), characters
// XML 1.0 cannot hold at all, and halves of a surrogate pair standing alone (with the u flag a
// complete pair is one character outside this class).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const WHITE = /[\t\n\r]/g;

/**
 * The one escaping function for text and attribute values we write: markup characters as
 * entities, tab and line breaks as character references (kept as they are in both places), and
 * what XML cannot hold (control characters, U+FFFE/U+FFFF, a lone surrogate) left out. Every
 * value in a part we generate goes through here (cell text first through escapeCellText);
 * tests/ooxml/sheetText.property.spec.ts checks over nasty text that the result parses.
 */
export function escapeXml(s: string): string {
  // Most values (cell references, numbers, plain words) need nothing: a 5,000-row sheet asks often.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return escapeMarkup(s)
    .replace(WHITE, (c) => `&#${c.charCodeAt(0)};`)
    .replace(NOT_XML, "");
}

const XSTRING =
  // eslint-disable-next-line no-control-regex
  /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * A cell's text as SpreadsheetML stores it (ST_Xstring, as Excel writes it): a character XML
 * cannot hold as _xHHHH_, and the "_" of a literal "_x0041_" as _x005F_, so every reader that
 * decodes these (Excel, ours) gets the user's text back exactly; then escaped as any value.
 */
export function escapeCellText(s: string): string {
  if (!NEEDS_ESCAPE.test(s) && s.indexOf("_x") < 0) return s;
  return escapeXml(
    s.replace(XSTRING, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
  );
}

/** An attribute by local name, whatever its prefix ("r:id" for "id"); namespace declarations aside. */
export function attrLocal(el: XmlElement, local: string): string | undefined {
  const plain = el.attrs.get(local);
  if (plain !== undefined) return plain;
  for (const [k, v] of el.attrs) {
    if (k.endsWith(`:${local}`) && !k.startsWith("xmlns")) return v;
  }
  return undefined;
}

/**
 * Every element with this local name in the namespace of the part's root (SpreadsheetML in a
 * workbook, the package namespaces in rels and content types; an extension's same-named element
 * is not one of them) whose start lies in xml[from, to), in document order, nested ones too.
 */
export function findElements(xml: string, local: string, from = 0, to = xml.length): XmlElement[] {
  const { elements, root } = parseXml(xml);
  return elements.filter(
    (e) => e.local === local && e.uri === root.uri && e.start >= from && e.start < to
  );
}

export function findElement(
  xml: string,
  local: string,
  from = 0,
  to = xml.length
): XmlElement | undefined {
  return findElements(xml, local, from, to)[0];
}

/** The part's root element. */
export function rootOf(xml: string): XmlElement {
  return parseXml(xml).root;
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

/** Where the start tag's attributes end: before "/>" of an empty element, else before ">". */
function tagEnd(el: XmlElement): number {
  return el.selfClosing ? el.end - 2 : el.innerStart - 1;
}

/**
 * The attributes of a start tag as written: name and the span of `name="value"`. The tag is
 * well-formed (the parser read it), so a value runs to its own closing quote whatever it holds.
 */
function attrSpans(xml: string, el: XmlElement): { name: string; at: number; end: number }[] {
  const out: { name: string; at: number; end: number }[] = [];
  const stop = tagEnd(el);
  let i = el.start + 1 + el.qname.length;
  while (i < stop) {
    while (i < stop && /\s/.test(xml[i])) i++;
    if (i >= stop) break;
    const at = i;
    while (!/[\s=]/.test(xml[i])) i++;
    const name = xml.slice(at, i);
    i = xml.indexOf("=", i) + 1;
    while (/\s/.test(xml[i])) i++;
    const close = xml.indexOf(xml[i], i + 1);
    i = close + 1;
    out.push({ name, at, end: i });
  }
  return out;
}

/** Sets attribute `name` on the start tag of `el` (replacing its value when present). */
export function setAttr(xml: string, el: XmlElement, name: string, value: string): Splice {
  const text = `${name}="${escapeXml(value)}"`;
  const old = attrSpans(xml, el).find((a) => a.name === name);
  if (old) return { at: old.at, remove: old.end - old.at, text };
  return { at: tagEnd(el), remove: 0, text: ` ${text}` };
}

/**
 * Splices that put `markup` at the end of `el`'s content: before its end tag, or, for an empty
 * `<x/>`, by opening it (`<x …>markup</x>`) with its attributes kept.
 */
export function appendInside(el: XmlElement, markup: string): Splice[] {
  if (!markup) return [];
  if (el.selfClosing) return [{ at: el.end - 2, remove: 2, text: `>${markup}</${el.qname}>` }];
  return [{ at: el.innerEnd, remove: 0, text: markup }];
}

/** A prefix bound to `uri` in scope (never the default namespace), if any. */
function boundPrefix(scope: Readonly<Record<string, string>>, uri: string): string | undefined {
  for (const p in scope) if (p !== "" && scope[p] === uri) return p;
  return undefined;
}

/** A prefix free in scope, `wanted` if it is. */
function freePrefix(scope: Readonly<Record<string, string>>, wanted: string): string {
  if (!(wanted in scope)) return wanted;
  for (let n = 1; ; n++) if (!(`${wanted}${n}` in scope)) return `${wanted}${n}`;
}

const START_TAG = /<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g;

/**
 * Our own markup (elements written unprefixed for namespace `uri`, attributes of another
 * namespace written with the prefixes in `attrNs`, e.g. r:id) fitted to the scope where it lands:
 * - elements take the default namespace when it is `uri`, else a prefix bound to `uri` there,
 *   else each top-level element declares `uri` as its default namespace;
 * - an attribute prefix is renamed to one bound to its namespace there, else declared on each
 *   top-level element (under its own name when that is free, else a free variant).
 * Only for markup we generate: no comments, CDATA or "<" in text.
 */
export function fitMarkup(
  markup: string,
  scope: Readonly<Record<string, string>>,
  uri: string,
  attrNs: Record<string, string> = {}
): string {
  let out = markup;
  let decl = "";
  if (scope[""] !== uri) {
    const p = boundPrefix(scope, uri);
    if (p !== undefined)
      out = out.replace(START_TAG, (_, slash: string, n: string) => `<${slash}${p}:${n}`);
    else decl += ` xmlns="${uri}"`;
  }
  for (const [written, ns] of Object.entries(attrNs)) {
    if (scope[written] === ns) continue;
    const p = boundPrefix(scope, ns) ?? freePrefix(scope, written);
    if (p !== written) out = out.replace(new RegExp(`(\\s)${written}:`, "g"), `$1${p}:`);
    if (scope[p] !== ns) decl += ` xmlns:${p}="${ns}"`;
  }
  if (!decl) return out;
  // Each top-level element declares what it needs (depth counted over our own simple markup).
  let depth = 0;
  return out.replace(
    /<(\/?)([^\s/>]+)([^>]*?)(\/?)>/g,
    (m, close: string, name: string, rest: string, empty: string) => {
      if (close) {
        depth--;
        return m;
      }
      const top = depth === 0;
      if (!empty) depth++;
      return top ? `<${name}${decl}${rest}${empty}>` : m;
    }
  );
}
