#!/usr/bin/env node
// Builds assets/eksempel-tryghedsplan-2026.xlsx: the 2026 safety plan's economy table (typed from
// the plan in tests/fixtures/plan2026.json: "Tryghedsplanens økonomi" and each activity's "Økonomi"
// and "Aktivitetsansvarlig(e) og samarbejder" sections), kept the way the working group would keep
// it. Run: npm run sample.
//
// Reading the plan's table: a row with two amounts is 2025 and 2026; one amount is 2026;
// "Kvinder, job og fællesskab" runs 2025-2028, "Kommunikation, dialog og synlighed" 2025-2028
// (fixed 4-year grant), "Sekretariatsbetjening" 6.000 kr. in each of the four years.
// Gaps the plan itself leaves (no anchoring plan for a multi-year amount, activities without
// named partners) are kept, so the check has something true to say.
const path = require("node:path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "assets", "eksempel-tryghedsplan-2026.xlsx");
// The plan's rows are typed once, in tests/fixtures/plan2026.json, which the tests read too.
const PLAN = require("../tests/fixtures/plan2026.json");
const SHEET = PLAN.sheetName;

// [nr, activity, area, responsible, partners, anchoring plan, 2025, 2026, 2027, 2028]
const ROWS = PLAN.activities.map((a) => [
  a.nr,
  a.name,
  a.area,
  a.responsible,
  a.partners,
  a.anchoring,
  ...a.amounts,
]);

const HEADER = [
  "Nr.",
  "Aktivitet",
  "Indsatsområde",
  "Aktivitetsansvarlig",
  "Samarbejdspartnere",
  "Forankringsplan",
  2025,
  2026,
  2027,
  2028,
];

const AMOUNT = "#,##0";
const FIRST_YEAR_COL = 7; // G

function build() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tingbjerg-Husum Partnerskab";
  wb.title = "Tryghedsplan 2026";
  // Fixed dates, so rebuilding gives the same workbook contents.
  wb.created = new Date(Date.UTC(2026, 0, 15));
  wb.modified = new Date(Date.UTC(2026, 0, 15));

  const ws = wb.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 4 }] });
  ws.getCell("A1").value = PLAN.title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Partnerskabets arbejdsgruppe igangsætter følgende aktiviteter i 2026";

  const header = ws.getRow(4);
  HEADER.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { vertical: "bottom", wrapText: true, horizontal: i >= 6 ? "right" : "left" };
    c.border = { bottom: { style: "thin" } };
  });

  ROWS.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    r.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
    for (let y = 0; y < 4; y++) row.getCell(FIRST_YEAR_COL + y).numFmt = AMOUNT;
    row.alignment = { vertical: "top", wrapText: true };
  });

  // I alt: Excel SUM formulas, with the results Excel would have saved.
  const first = 5;
  const last = 4 + ROWS.length;
  const total = ws.getRow(last + 1);
  total.getCell(2).value = "I alt";
  total.getCell(2).font = { bold: true };
  for (let y = 0; y < 4; y++) {
    const col = FIRST_YEAR_COL + y;
    const letter = ws.getColumn(col).letter;
    const result = ROWS.reduce((s, r) => s + (r[6 + y] ?? 0), 0);
    const cell = total.getCell(col);
    cell.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result };
    cell.numFmt = AMOUNT;
    cell.font = { bold: true };
    cell.border = { top: { style: "thin" } };
  }

  ws.getCell(`A${last + 3}`).value =
    "Flerårige bevillinger kan tildeles, såfremt aktiviteten har en forankringsplan for " +
    "bevillingsperioden. Kommunikation, dialog og synlighed har en fast 4-årig bevilling.";
  ws.getCell(`A${last + 3}`).font = { italic: true };

  [6, 42, 28, 34, 48, 44, 12, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

async function main() {
  const wb = build();
  await wb.xlsx.writeFile(OUT);
  console.log(`Skrev ${path.relative(process.cwd(), OUT)} (${ROWS.length} rækker, 2025-2028).`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}

module.exports = { build, ROWS };
