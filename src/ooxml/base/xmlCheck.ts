// Is a part well-formed XML with every prefix bound? The check before saving asks this of every
// part a copy adds or changes, our whole overview sheet included (4 MB for a 5,000-row plan), so
// it is a scanner over the text, not an event parser: saxes took 300 ms for that sheet, this a
// fraction (README, Commands: `npm run bench`). Its verdicts are the ones saxes gives with
// namespaces on (tests/ooxml/xmlCheck.spec.ts compares them over fixtures and broken variants):
// tags nest and match, attributes are unique and quoted, text and values hold no "<" and only
// known entity references, names use declared prefixes, no DOCTYPE, one root element.

/** The first thing wrong with the part, or undefined when it is well-formed. */
export function xmlFault(xml: string): string | undefined {
  const names: string[] = [];
  const scopes: Record<string, string>[] = [];
  let scope: Record<string, string> = { xml: "http://www.w3.org/XML/1998/namespace" };
  let roots = 0;
  let at = 0;
  // Most parts have no bad character, bare & or "]]>" anywhere: then text and values need no
  // look each (comments and CDATA may hold a bare &, so a hit means looking node by node).
  const plain = !BAD_CHAR.test(xml) && !BAD_AMP.test(xml) && !xml.includes("]]>");
  for (;;) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at && (!plain || names.length === 0)) {
      const bad = textFault(xml, at, textEnd, names.length > 0);
      if (bad) return bad;
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = special(xml, lt);
      if (typeof end === "string") return end;
      at = end;
    } else if (next === 0x2f /* / */) {
      END.lastIndex = lt;
      const m = END.exec(xml);
      if (!m) return "a malformed end tag";
      if (names.pop() !== m[1]) return `</${m[1]}> does not close an open element`;
      scope = scopes.pop() as Record<string, string>;
      at = END.lastIndex;
    } else {
      START.lastIndex = lt;
      const m = START.exec(xml);
      if (!m) return "a malformed start tag";
      if (names.length === 0 && roots++ > 0) return "more than one root element";
      const inner = startTagFault(m[1], m[2], scope, plain);
      if (typeof inner === "string") return inner;
      if (m[3] !== "/") {
        names.push(m[1]);
        scopes.push(scope);
        scope = inner;
      }
      at = START.lastIndex;
    }
  }
  if (names.length) return `<${names[names.length - 1]}> is not closed`;
  if (roots === 0) return "no root element";
  return undefined;
}

/** Comments, CDATA and processing instructions: the offset after them, or what is wrong. */
function special(xml: string, lt: number): number | string {
  const skip = (close: string, what: string): number | string => {
    const end = xml.indexOf(close, lt + 2);
    return end < 0 ? `${what} is not closed` : end + close.length;
  };
  if (xml.startsWith("<!--", lt)) return skip("-->", "a comment");
  if (xml.startsWith("<![CDATA[", lt)) return skip("]]>", "CDATA");
  if (xml.startsWith("<!DOCTYPE", lt)) return "a DOCTYPE";
  if (xml.startsWith("<?", lt)) return skip("?>", "a processing instruction");
  return "a malformed declaration";
}

// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const BAD_AMP = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/;

function textFault(xml: string, from: number, to: number, inside: boolean): string | undefined {
  const text = xml.slice(from, to);
  if (!inside) {
    // Before and after the root only white space (a byte-order mark aside).
    return /^[\s\uFEFF]*$/.test(text) ? undefined : "text outside the root element";
  }
  if (BAD_AMP.test(text)) return "a bare & or unknown entity";
  if (BAD_CHAR.test(text)) return "a character XML does not allow";
  if (text.includes("]]>")) return '"]]>" in text';
  return undefined;
}

/** A name as the scanner sees it: no markup, quotes or white space, at most one colon. */
const NAME = "[^\\s<>/=:\"'!?&]+(?::[^\\s<>/=:\"'!?&]+)?";
const START = new RegExp(
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  "y"
);
const END = new RegExp(`</(${NAME})\\s*>`, "y");
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");

/** The scope inside the element, or what is wrong with its start tag. */
function startTagFault(
  name: string,
  attrs: string,
  outer: Record<string, string>,
  plain: boolean
): Record<string, string> | string {
  let scope = outer;
  let seen: string[] | undefined;
  if (attrs) {
    ATTR.lastIndex = 0;
    for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
      const attr = m[1];
      if (!seen) seen = [attr];
      else if (seen.includes(attr)) return `attribute ${attr} twice on <${name}>`;
      else seen.push(attr);
      const value = m[2] ?? m[3] ?? "";
      if (!plain && (BAD_AMP.test(value) || BAD_CHAR.test(value)))
        return `a bare & or a character XML does not allow in attribute ${attr}`;
      if (attr === "xmlns" || attr.startsWith("xmlns:")) {
        if (scope === outer) scope = { ...outer };
        const prefix = attr === "xmlns" ? "" : attr.slice(6);
        if (prefix && !value) return `prefix ${prefix} declared empty`;
        scope[prefix] = value;
      }
    }
  }
  if (unbound(name, scope)) return `unbound namespace prefix in <${name}>`;
  for (const attr of seen ?? []) {
    if (!attr.startsWith("xmlns:") && unbound(attr, scope))
      return `unbound namespace prefix in attribute ${attr} of <${name}>`;
  }
  return scope;
}

function unbound(qname: string, scope: Record<string, string>): boolean {
  const colon = qname.indexOf(":");
  return colon > 0 && scope[qname.slice(0, colon)] === undefined;
}
