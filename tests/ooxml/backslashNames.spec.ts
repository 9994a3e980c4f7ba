// A package whose part names use backslashes ("xl\workbook.xml", "xl\_rels\workbook.xml.rels";
// calamine's tests__issue_530.xlsx is one): the reader finds its parts forgiving the slashes, and
// the writer must edit those same parts, not add a relationships part beside them that no reader
// looks at (the copy would hold an overview sheet nobody sees).
import { check } from "../../src/core";
import { openWorkbookPackage } from "../../src/ooxml";
import { copyProblems } from "../../src/ooxml/write/check";
import { CT } from "../../src/ooxml/write/contentTypes";
import { MAIN_NS, OoxmlPackage, PKG_REL, REL } from "../../src/ooxml/write/opc";
import { writeOverviewCopy } from "../../src/ooxml/write/writeOverview";
import { asGrid, PLAN_2026 } from "../fixtures/plan2026";
import { SETTINGS } from "./helpers";
import { sheetXml } from "./packageFixtures";
import { buildZip } from "./zipFixtures";

const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

function backslashed(): Uint8Array {
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/></Types>`,
    },
    {
      name: "_rels\\.rels",
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl\\workbook.xml",
      data: `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Noter" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl\\_rels\\workbook.xml.rels",
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: "xl\\worksheets\\sheet1.xml", data: sheetXml([["Noter"], ["Intet budget her"]]) },
  ]);
}

it("reads a backslashed package's sheets and writes the overview into its own parts", () => {
  const input = backslashed();
  expect(openWorkbookPackage(input).sheets.map((s) => [s.name, s.part])).toEqual([
    ["Noter", "xl\\worksheets\\sheet1.xml"],
  ]);
  const result = check(asGrid(PLAN_2026), SETTINGS);
  if (!result.ok) throw new Error("the 2026 plan is not read as a budget");
  const out = writeOverviewCopy(input, result.report.overview, "da", {
    date: new Date(2026, 2, 5),
  });
  expect(openWorkbookPackage(out.bytes).sheets.map((s) => s.name)).toEqual([
    "Noter",
    "Budgetoversigt",
  ]);
  const pkg = OoxmlPackage.fromZip(out.bytes);
  // The workbook's relationships were edited where they are, not added as a second part.
  expect(pkg.names().filter((n) => /workbook\.xml\.rels$/.test(n))).toEqual([
    "xl\\_rels\\workbook.xml.rels",
  ]);
  // The styles part the writer creates sits beside the workbook, as a styles part does.
  expect(pkg.names().filter((n) => /styles/.test(n))).toEqual(["xl/styles.xml"]);
  expect(copyProblems(pkg)).toEqual([]);
});
