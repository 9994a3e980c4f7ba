// The check before saving scans text (base/xmlCheck) instead of running saxes, for speed: here
// its verdict (well-formed with every prefix bound, or not) is compared with saxes' on broken and
// sound snippets and on every XML part of a real package.
import { SaxesParser } from "saxes";
import { xmlFault } from "../../src/ooxml/base/xmlCheck";
import { OoxmlPackage } from "../../src/ooxml/write/opc";
import { fixture } from "./helpers";
import { describeWith } from "../tools";

function saxesFault(xml: string): boolean {
  const p = new SaxesParser({ xmlns: true });
  let bad = false;
  p.on("error", () => {
    bad = true;
  });
  p.on("doctype", () => {
    bad = true;
  });
  try {
    p.write(xml).close();
  } catch {
    bad = true;
  }
  return bad;
}

const M = 'xmlns="urn:m"';
const CASES = [
  `<a ${M}/>`,
  `<?xml version="1.0"?>\n<a ${M}><b x="1 > 2" y='say "hi"'>t &amp; &#x41; &#65;</b><!-- & --><![CDATA[ < & ]]></a>\n`,
  `\uFEFF<a ${M}/>`,
  `<x:a xmlns:x="urn:m"><x:b r:id="1" xmlns:r="urn:r"/></x:a>`,
  `<a ${M}><b/></a>`,
  // Broken: unbound prefixes (element, attribute), nesting, quotes, entities, roots, DOCTYPE.
  `<x:a/>`,
  `<a ${M}><b r:id="1"/></a>`,
  `<a ${M}><sheet xmlns:r="urn:r" r:id="1"/><sheet r:id="2"/></a>`,
  `<a ${M}><b></a></b>`,
  `<a ${M}><b></a>`,
  `<a ${M} x="1" x="2"/>`,
  `<a ${M} x="1/>`,
  `<a ${M}>fish & chips</a>`,
  `<a ${M}>&nbsp;</a>`,
  `<a ${M} v="a<b"/>`,
  `<a ${M}/><b/>`,
  `text<a ${M}/>`,
  `<!DOCTYPE a><a ${M}/>`,
  `<a ${M}>\u0001</a>`,
  `<a ${M}>]]></a>`,
  `<a ${M}><!-- open </a>`,
  ``,
];

describe("xmlFault agrees with saxes", () => {
  it.each(CASES.map((c) => [c]))("%j", (xml) => {
    expect(xmlFault(xml) !== undefined).toBe(saxesFault(xml));
  });
});

describeWith(["XlsxWriter"], "a real package", () => {
  it("passes every XML part of an XlsxWriter workbook", () => {
    const pkg = OoxmlPackage.fromZip(fixture("fidelity.xlsx"));
    const parts = pkg.names().filter((n) => /\.(xml|rels|vml)$/.test(n));
    expect(parts.length).toBeGreaterThan(20);
    for (const n of parts) expect([n, xmlFault(pkg.text(n) ?? "")]).toEqual([n, undefined]);
  });
});
