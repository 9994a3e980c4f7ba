// One XML grammar for the parts the writer edits: the same saxes parser the reader streams with,
// here namespace-aware and with positions, so every element's exact place in the text is known
// (start tag, content, end tag) along with the namespaces in scope there. Whatever a writer's
// habits (a prefix declared on the root, on each element, a default namespace, self-closing
// containers, ">" or quotes inside attribute values), the positions are the parser's, not a guess.
// A part that is not well-formed, or uses a prefix it never declares, is BAD_XML naming the part.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";
import { PackageError } from "./errors";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export interface XmlElement {
  /** Offset of "<" and the offset just after the element's end (after "/>" or its end tag). */
  start: number;
  end: number;
  /** Offset just after the start tag's ">", and of the end tag's "<" (both = end when empty). */
  innerStart: number;
  innerEnd: number;
  /** True for `<x/>`: no end tag, the start tag ends with "/>". */
  selfClosing: boolean;
  /** Qualified name as written ("x:sheet", "sheet"), its local part and its namespace URI. */
  qname: string;
  local: string;
  uri: string;
  /** Attributes by their names as written ("r:id", "name"), values unescaped. */
  attrs: Map<string, string>;
  /** The namespaces in scope inside this element: prefix → URI ("" is the default namespace). */
  scope: Readonly<Record<string, string>>;
  depth: number;
}

export interface XmlDoc {
  xml: string;
  /** Every element in document order (start-tag order). */
  elements: XmlElement[];
  root: XmlElement;
}

function attrMap(attributes: Record<string, SaxesAttributeNS>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k in attributes) out.set(k, attributes[k].value);
  return out;
}

function build(xml: string, part: string | undefined): XmlDoc {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let start = 0;
  parser.on("error", (e) => {
    // Stray text before or after the root element: LibreOffice reads such a part, so do we.
    if (/outside of root node/.test(e.message)) return;
    throw new PackageError("BAD_XML", part, e.message);
  });
  parser.on("doctype", () => {
    throw new PackageError("UNSAFE_XML", part, "a DOCTYPE");
  });
  parser.on("opentagstart", (tag) => {
    // The parser has read "<", the name and one character after it.
    start = xml.lastIndexOf(`<${tag.name}`, parser.position - 1);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = open[open.length - 1];
    const outer = parent ? parent.scope : { xml: XML_NS };
    const declared = Object.keys(tag.ns).length > 0;
    const el: XmlElement = {
      start,
      end: -1,
      innerStart: parser.position,
      innerEnd: -1,
      selfClosing: tag.isSelfClosing,
      qname: tag.name,
      local: tag.local,
      uri: tag.uri,
      attrs: attrMap(tag.attributes),
      scope: declared ? { ...outer, ...tag.ns } : outer,
      depth: open.length,
    };
    elements.push(el);
    open.push(el);
  });
  parser.on("closetag", () => {
    const el = open.pop() as XmlElement;
    el.end = parser.position;
    el.innerEnd = el.selfClosing ? el.end : xml.lastIndexOf("</", el.end - 1);
    if (el.selfClosing) el.innerStart = el.end;
  });
  parser.write(xml).close();
  if (elements.length === 0) throw new PackageError("BAD_XML", part, "no root element");
  return { xml, elements, root: elements[0] };
}

/** Parsed parts by text: a writer asks about the same part many times between edits. */
const cache = new Map<string, XmlDoc>();
const CACHE_SIZE = 8;

/** The part's elements with their positions and namespaces (cached by text). Throws BAD_XML. */
export function parseXml(xml: string, part?: string): XmlDoc {
  const hit = cache.get(xml);
  if (hit) return hit;
  const doc = build(xml, part);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(xml, doc);
  return doc;
}

/**
 * The first thing wrong with a part we wrote, or undefined when it is well-formed XML with every
 * prefix bound: the same parser, namespace-aware, without positions or a tree (the check before
 * saving asks this of each part a copy adds or changes, the generated overview sheet aside).
 * Stricter than the reader on one point: no text outside the root element.
 */
export function xmlFault(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let fault: string | undefined;
  parser.on("error", (e) => {
    fault ??= e.message;
  });
  parser.on("doctype", () => {
    fault ??= "a DOCTYPE";
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    fault ??= e instanceof Error ? e.message : String(e);
  }
  return fault;
}
