#!/usr/bin/env node
// Builds assets/eksempel-tryghedsplan-2026.xlsx: the 2026 safety plan's economy table, typed from
// the plan ("Tryghedsplanens økonomi" and each activity's "Økonomi" and "Aktivitetsansvarlig(e) og
// samarbejder" sections), kept the way the working group would keep it. Run: npm run sample.
//
// Reading the plan's table: a row with two amounts is 2025 and 2026; one amount is 2026;
// "Kvinder, job og fællesskab" runs 2025-2028, "Kommunikation, dialog og synlighed" 2025-2028
// (fixed 4-year grant), "Sekretariatsbetjening" 6.000 kr. in each of the four years.
// Gaps the plan itself leaves (no anchoring plan for a multi-year amount, activities without
// named partners) are kept, so the check has something true to say.
const path = require("node:path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "assets", "eksempel-tryghedsplan-2026.xlsx");
const SHEET = "Tryghedsplan 2026";

const AB = "Aktive byrum";
const UB = "Uddannelse og beskæftigelse";
const PF = "Positive fællesskaber";
const KDS = "Kommunikation, dialog og synlighed";

// [nr, activity, area, responsible, partners, anchoring plan, 2025, 2026, 2027, 2028]
// prettier-ignore
const ROWS = [
  [1, "Lommepengejob for kriminalitetstruede unge", UB, "Ny Start",
    "Idrætsprojektet; Ressourcegården; Det boligsociale team; UU; 18+ enheden; BIF; Ungdomsskolen",
    null, 120000, 120000, null, null],
  [2, "Det gode valg", PF, "SSP Sekretariatet",
    "Helhedsplanen; Nærpolitiet; Ny Start; Klubberne; Energicenter Voldparken; Biblioteket",
    null, 170000, 150000, null, null],
  [3, "Tidlig foreningsstart", PF, "Brønshøj Boldklub",
    "BUF Klynge BV-A; SOF; DBU København", null, 213000, 213000, null, null],
  [4, "Tingbjerg Challenge", PF, "Tingbjerg Bibliotek/Kulturhus",
    "Copenhagen Cricket Club; Fædregruppen i Tingbjerg; Idrætsprojektet; FÆLLES OM Husum-Tingbjerg; Ny Start (SOF)",
    null, 25000, 25000, null, null],
  [5, "Kulturaktiviteter under åben himmel", AB, "Tingbjerg Bibliotek/Kulturhus",
    "FÆLLES OM Husum-Tingbjerg; Husum Bibliotek; Arbejdsgruppen bag Tingbjerg Challenge; Tingbjerg Skole",
    null, 150000, 125000, null, null],
  [6, "Kultur på volden/søndagspicnic", PF, "Energicenter Voldparken",
    "FÆLLES OM Husum-Tingbjerg; lokale aktører", null, 60000, 60000, null, null],
  [7, "Lys op! – Scenekunst for og med børn", PF, "Energicenter Voldparken",
    "Dans i Nordvest; Teater Ego; Pilegaardens Teaterskole; Commedia School",
    null, 40000, 40000, null, null],
  [8, "Kvinder, job og fællesskab", UB,
    "Den boligsociale helhedsplan, Tingbjerg Bibliotek/Kulturhus, Café Mors Varme Hænder",
    "Jobcenter København; FILT",
    "2026-2028: Mors Varme Hænder udvikles til en selvbærende socialøkonomisk forening, uafhængig af bidrag fra Tryghedsplanen",
    270000, 200000, 170000, 140000],
  [9, "Haven, Virkefeltet 16", PF, "Den boligsociale helhedsplan",
    "Projekt Perspektiv; Idrætsprojektet; Ny Start; Sundhedsplejerskerne; Jobcenter København; Tingbjerg Skole; KVUC",
    null, 280000, 210000, null, null],
  [null, "Skaberværelset", PF, "Den boligsociale helhedsplan", null, null, null, 80000, null, null],
  [null, "Unge voksnes kompetenceudvikling", UB, "Den boligsociale helhedsplan", null, null,
    null, 55000, null, null],
  [10, "Beskæftigelse for alle unge", UB, "FÆLLES OM Husum-Tingbjerg",
    "Idrætsprojektet; Tingbjerg Skole; Tingbjerg Bibliotek; Brønshøj Boldklub; Dans i Nordvest; IF Stadion; ECV; BIF",
    null, 300000, 300000, null, null],
  [11, "Din fritid", PF, "FÆLLES OM Husum-Tingbjerg",
    "EnergiCenter Voldparken; Brobygningsnetværket Din Fritid; Skolerne; KKFO'erne; Lokale foreninger",
    null, 120000, 120000, null, null],
  [12, "Nyt mødested midt i byggeriet", AB,
    "Den boligsociale helhedsplan (Byudviklingsteamet i Husum Nord)",
    "TMF (Forandringsplanen for Husum Nord); Områdefornyelsen; KFF; Energicenter Voldparken",
    null, null, 300000, null, null],
  [13, KDS, KDS, "Økonomiforvaltningen, Tingbjerg Bibliotek/Kulturhus (KFF)",
    "Alle partnerskabets parter", "Fast 4-årig bevilling", 250000, 330000, 330000, 330000],
  [14, "Bylivs- og tryghedspuljen", AB, "Arbejdsgruppen (projektleder i Sikker By)", null, null,
    47000, 113000, null, null],
  [15, "Sekretariatsbetjening (mødeforplejning)", null, null, null, null,
    6000, 6000, 6000, 6000],
];

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
  ws.getCell("A1").value = "Tryghedsplan 2026 – økonomi";
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
