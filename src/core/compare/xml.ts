// A small, strict XML reader and writer for our own baseline part: elements, attributes and text
// with namespaces resolved. No DTDs (a DOCTYPE is refused, so no entity expansion), no I/O.
// The core may import nothing but zod, and the part is ours, so a general XML library is not needed.

import { escapeMarkup } from "../xmlEscape";

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ("" when none). */
  ns: string;
  /** Attributes without namespace prefix (xmlns declarations excluded), by local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`bad reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[ref];
    if (v === undefined) throw new XmlError(`unknown entity ${whole}`);
    return v;
  });
}

/** Text or attribute value, escaped for XML (quotes too; line breaks kept in attributes). */
export function escapeXml(s: string): string {
  return escapeMarkup(s).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const NAME = /^[A-Za-z_][\w.:-]*$/;

interface Open {
  el: XmlElement;
  qname: string;
  scope: Map<string, string>;
}

function openTag(body: string, parent: Open | undefined): Open {
  const m = /^([^\s/>]+)/.exec(body);
  if (!m || !NAME.test(m[1])) throw new XmlError(`bad tag <${body.slice(0, 20)}`);
  const qname = m[1];
  const scope = new Map(parent?.scope ?? []);
  const raw: [string, string][] = [];
  const rest = body.slice(qname.length);
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(rest); a; a = ATTR.exec(rest)) {
    const value = decode(a[3] ?? a[4] ?? "");
    if (a[1] === "xmlns") scope.set("", value);
    else if (a[1].startsWith("xmlns:")) scope.set(a[1].slice(6), value);
    else raw.push([a[1], value]);
  }
  if (rest.replace(ATTR, "").trim()) throw new XmlError(`bad attributes in <${qname}>`);
  const [prefix, local] = qname.includes(":") ? qname.split(":", 2) : ["", qname];
  const ns = scope.get(prefix);
  if (prefix && ns === undefined) throw new XmlError(`undeclared prefix ${prefix}`);
  const attrs: Record<string, string> = {};
  for (const [k, v] of raw) attrs[k.includes(":") ? k.split(":", 2)[1] : k] = v;
  return { el: { name: local, ns: ns ?? "", attrs, children: [], text: "" }, qname, scope };
}

/** Index of the ">" closing the tag at `lt`; a ">" inside a quoted attribute value does not count. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
  }
  return -1;
}

/** Parses a document into its root element; throws XmlError on anything malformed. */
export function parseXml(xml: string, maxChars = 8_000_000): XmlElement {
  if (xml.length > maxChars) throw new XmlError("too large");
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length) stack[stack.length - 1].el.text += decode(text);
    else if (text.trim()) throw new XmlError("text outside the root");
    if (lt < 0) break;
    if (xml.startsWith("<?", lt) || xml.startsWith("<!--", lt)) {
      const end = xml.indexOf(xml[lt + 1] === "?" ? "?>" : "-->", lt);
      if (end < 0) throw new XmlError("unterminated");
      i = end + (xml[lt + 1] === "?" ? 2 : 3);
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0 || !stack.length) throw new XmlError("bad CDATA");
      stack[stack.length - 1].el.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<!", lt)) {
      throw new XmlError("DOCTYPE not allowed");
    } else {
      const gt = tagEnd(xml, lt);
      if (gt < 0) throw new XmlError("unterminated tag");
      const body = xml.slice(lt + 1, gt);
      i = gt + 1;
      if (body[0] === "/") {
        const open = stack.pop();
        if (!open || open.qname !== body.slice(1).trim()) throw new XmlError("mismatched end tag");
        continue;
      }
      const selfClosing = body.endsWith("/");
      if (root && !stack.length) throw new XmlError("two roots");
      const open = openTag(selfClosing ? body.slice(0, -1) : body, stack[stack.length - 1]);
      if (stack.length) stack[stack.length - 1].el.children.push(open.el);
      else root = open.el;
      if (!selfClosing) stack.push(open);
      if (stack.length > 64) throw new XmlError("too deep");
    }
  }
  if (!root || stack.length) throw new XmlError(root ? "unclosed element" : "no root element");
  return root;
}
