// The one relationships reader (base/rels) in its two roles: the reader refuses a relationship
// without Id or Target, the writer carries it (a flaw the user's file had is not ours to refuse);
// and the writer's one removal of a relationship (the calcChain's, when the chain empties) takes
// out that element only, whatever prefix the rels part uses.
import { strToU8 } from "fflate";
import { PackageError } from "../../src/ooxml/base/errors";
import { readRels } from "../../src/ooxml/base/rels";
import { MAIN_NS, OoxmlPackage, packageRels, REL } from "../../src/ooxml/write/opc";
import { dropCalcChainSheet } from "../../src/ooxml/write/prune";

const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const CALC = `${REL}/calcChain`;
const CALC_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

function pkgOf(parts: Record<string, string>): OoxmlPackage {
  return new OoxmlPackage(new Map(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

describe("relationships: one reader for the reader and the writer", () => {
  const rels = `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="${REL}/hyperlink" Target="https://example.org/a%20b" TargetMode="External"/></Relationships>`;
  const pkg = pkgOf({ "xl/_rels/Workbook.xml.rels": rels });

  it("the reader refuses a relationship without an Id, naming the rels part", () => {
    expect(() => readRels(pkg, "xl/workbook.xml")).toThrow(PackageError);
    expect(() => readRels(pkg, "xl/workbook.xml")).toThrow(/xl\/_rels\/workbook\.xml\.rels/);
  });

  it("the writer keeps it (empty Id), resolves internal targets and leaves external ones", () => {
    expect(packageRels(pkg, "xl/workbook.xml")).toEqual([
      {
        id: "rId1",
        type: `${REL}/worksheet`,
        target: "xl/worksheets/sheet1.xml",
        external: false,
        part: "xl/worksheets/sheet1.xml",
      },
      {
        id: "",
        type: `${REL}/theme`,
        target: "xl/theme/theme1.xml",
        external: false,
        part: "xl/theme/theme1.xml",
      },
      { id: "rId3", type: `${REL}/hyperlink`, target: "https://example.org/a%20b", external: true },
    ]);
  });
});

describe("calcChain: an emptied chain goes with its relationship and content type", () => {
  const relsBefore =
    `<?xml version="1.0" encoding="UTF-8"?>\n<p:Relationships xmlns:p="${PKG_REL}">` +
    `<p:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<p:Relationship Id="rId7" Type="${CALC}" Target="calcChain.xml"/>` +
    `<p:Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
    `</p:Relationships>`;
  const parts = (chain: string): Record<string, string> => ({
    "[Content_Types].xml": `<Types xmlns="${CT_NS}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/calcChain.xml" ContentType="${CALC_CT}"/></Types>`,
    "xl/_rels/workbook.xml.rels": relsBefore,
    "xl/calcChain.xml": `<calcChain xmlns="${MAIN_NS}">${chain}</calcChain>`,
  });

  it("removes the part, its Override and exactly its Relationship element", () => {
    const pkg = pkgOf(parts(`<c r="A1" i="2"/><c r="B1"/>`));
    dropCalcChainSheet(pkg, "xl/workbook.xml", 2);
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(pkg.text("[Content_Types].xml")).not.toContain("calcChain");
    expect(pkg.text("xl/_rels/workbook.xml.rels")).toBe(
      relsBefore.replace(`<p:Relationship Id="rId7" Type="${CALC}" Target="calcChain.xml"/>`, "")
    );
    expect(packageRels(pkg, "xl/workbook.xml").map((r) => r.id)).toEqual(["rId1", "rId2"]);
  });

  it("keeps the chain and its relationship while another sheet's entries remain", () => {
    const pkg = pkgOf(parts(`<c r="A1" i="1"/><c r="A1" i="2"/>`));
    dropCalcChainSheet(pkg, "xl/workbook.xml", 2);
    expect(pkg.text("xl/calcChain.xml")).toBe(
      `<calcChain xmlns="${MAIN_NS}"><c r="A1" i="1"/></calcChain>`
    );
    expect(pkg.text("xl/_rels/workbook.xml.rels")).toBe(relsBefore);
  });
});
