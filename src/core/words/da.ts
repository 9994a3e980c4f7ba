// The Danish labels: the one wording of each concept of the plan that the pane, the command's
// report, the overview sheet, the CSV, the PDF and the changes section all show. Its shape is the
// contract (`Labels` in ../labels.ts): en.ts must have every key, and nothing else.
// String table: exempt from the file-length rule.
import { HEADER_SCAN_ROWS } from "../sheet/detect";
import type { AmountUnit } from "../sheet/amountScale";
import type { StatedSource, UnitSource } from "../sheet/sheetUnit";
import type { AnchoringStatus, PlanYearSource, Severity } from "../types";

export const da = {
  appName: "Budgettjek",
  // The plan's columns and rows, in the partnership's own terms (DOMAIN.md).
  nr: "Nr.",
  activity: "Aktivitet",
  activities: "Aktiviteter",
  focusArea: "Indsatsområde",
  // Rows not paid from the frame (project management, rows marked "uden for rammen").
  outsideFrame: "Uden for rammen",
  responsible: "Aktivitetsansvarlig",
  partners: "Samarbejdspartnere",
  multiYear: "Flerårig",
  multiYearGrants: "Flerårige bevillinger",
  anchoring: "Forankring",
  anchoringStatus: {
    present: "Har forankringsplan",
    missing: "Mangler forankringsplan",
    fixed: "Fast bevilling",
    notNeeded: "Ikke nødvendig",
  } satisfies Record<AnchoringStatus, string>,
  remarks: "Bemærkninger",
  grantType: "Bevillingstype",
  budgetLine: "Budgetpost",
  // The years against the frame.
  year: "År",
  total: "I alt",
  frame: "Ramme",
  leftover: "Restbeløb",
  status: "Status",
  compareOnly: "til sammenligning",
  overFrameBy: (amount: string) => `Over rammen med ${amount}`,
  withinFrame: "Inden for rammen",
  /**
   * A year over (within) the frame whichever way its doubt goes: in every unit a sheet with two
   * units states (UNIT_CONFLICT), or with and without list activities both in and outside the frame.
   */
  overFrameAtLeast: (amount: string, why: string) => `Over rammen med mindst ${amount}, ${why}`,
  withinFrameAtLeast: (amount: string, why: string) =>
    `Inden for rammen med mindst ${amount} tilbage, ${why}`,
  eitherUnit: "hvilken af arkets enheder der end gælder",
  withoutInDoubt: "også uden de aktiviteter, listen har både i og uden for rammen",
  withInDoubt: "også med de aktiviteter, listen har både i og uden for rammen",
  frameInDoubt: "listen har en aktivitet både i og uden for rammen",
  /** A year whose total leaves out amounts that could not be read: never an all-clear. */
  uncertain: "Usikker",
  atLeast: (amount: string, unread: number) =>
    `mindst ${amount}; ${unread} ${unread === 1 ? "beløb" : "beløb"} kunne ikke læses`,
  atMost: (amount: string) => `højst ${amount}`,
  unitInDoubt: "enheden er ikke angivet, og beløbene ser for små ud",
  unitConflict: "arket angiver flere enheder",
  /** The word that ends a list: "a, b og c". */
  and: "og",
  /** The units a sheet states, each with its place ("1.000 kr. i titlen"), and the one read. */
  amountsInConflict: (stated: string, used: string) =>
    `Arket angiver flere enheder: ${stated}. Beløbene er læst i ${used}, ` +
    `og et år er kun over eller inden for rammen, når det er det i hver af dem`,
  unitPlace: {
    header: "i kolonneoverskriften",
    note: "i noten over tabellen",
    title: "i titlen",
    frameLabel: "i rammerækken",
  } satisfies Record<StatedSource, string>,
  // The unit the amounts were read in, and where (beside the plan year in every shell).
  amountsIn: (unit: string, source: string) => `Arkets beløb står i ${unit} (${source})`,
  amountUnit: { kr: "kr.", "1000": "1.000 kr.", mio: "mio. kr." } satisfies Record<
    AmountUnit,
    string
  >,
  unitSource: {
    settings: "fra indstillingerne",
    header: "fra kolonneoverskriften",
    note: "fra noten over tabellen",
    title: "fra titlen",
    frameLabel: "fra rammerækken",
    none: "ingen enhed angivet i arket",
  } satisfies Record<UnitSource, string>,
  /** How a long list was read (beside the unit line; a wide table says nothing). */
  listShape: {
    year: "Læst som liste: én række pr. aktivitet og år",
    line: "Læst som liste: én række pr. aktivitet, år og budgetpost",
  },
  planYear: (year: number, source: string) => `Planår ${year} (${source})`,
  planYearSource: {
    settings: "fra indstillingerne",
    title: "fra titlen",
    sheetName: "fra arkets navn",
    fileName: "fra filnavnet",
    columns: "første årskolonne fra i år",
  } satisfies Record<PlanYearSource, string>,
  /** Where the budget table is looked for (core/detect.ts), for each shell's "no table" sentence. */
  budgetTableWanted: `en overskriftsrække med en kolonne «Aktivitet» (eller «Indsats») og kolonner med årstal (fx 2026 eller «Budget 2026») i de første ${HEADER_SCAN_ROWS} rækker`,
  /** The settings, by their labels in the pane's form; refused settings are named by these too. */
  setting: {
    all: "Indstillingerne",
    version: "Version",
    planYear: "Planår",
    unit: "Enhed for beløbene",
    defaultFrameKr: "Ramme pr. år",
    framesKr: "Rammer for enkelte år",
    frameFor: (year: number | string) => `Ramme ${year}`,
    sheet: "Ark der tjekkes",
    overviewSheetName: "Oversigtsarkets navn",
    autoRecheck: "Tjek igen når arket ændres",
    columns: "Kolonneopsætning",
    headerRow: "Overskriftsrække",
    roles: "Kolonner",
    years: "Årskolonner",
  },
  // Findings.
  findings: "Fund",
  severity: { error: "Fejl", warning: "Advarsel", info: "Oplysning" } satisfies Record<
    Severity,
    string
  >,
  severityCounts: (e: number, w: number, n: number) =>
    `${e} fejl, ${w} ${w === 1 ? "advarsel" : "advarsler"}, ${n} ${n === 1 ? "oplysning" : "oplysninger"}`,
  // Spending beside the budget (only on sheets with spending columns).
  spending: {
    title: "Forbrug",
    spent: "Forbrugt",
    budget: "Budget",
    /** The overview sheet's and the CSV's columns per year with spending. */
    spentColumn: (year: number) => `Forbrug ${year}`,
    restColumn: (year: number) => `Rest ${year}`,
    /** Under the overview's Rest column: what it is (and so its sign: negative is overspent). */
    /** Under an overview's Forbrug I alt that leaves out cells not read: the sum is at least. */
    spentColumnBound: (n: number) => `mindst (${n} ${n === 1 ? "celle" : "celler"} ulæst)`,
    /** Under an overview's Rest I alt: the activities without a rest (budget or spending not read). */
    restColumnLeftOut: (n: number) => `${n} ${n === 1 ? "aktivitet" : "aktiviteter"} udeladt`,
    restSign: "budget − forbrug",
    /** Under a Forbrug column of a year the sheet has no budget column for. */
    noBudgetShort: "(intet budget)",
    notSpent: "Endnu ikke brugt",
    share: "Andel brugt",
    spentOf: (amount: string, percent: string) => `Forbrugt ${amount} (${percent})`,
    spentPlain: (amount: string) => `Forbrugt ${amount}`,
    until: (date: string) => `pr. ${date}`,
    yearAndBudget: (yearShare: string, budgetShare: string) =>
      `${yearShare} af året, ${budgetShare} af budgettet brugt`,
    leftToSpend: (amount: string) => `${amount} endnu ikke brugt`,
    overBudget: (amount: string) => `Over budgettet med ${amount}`,
    noBudget: "intet budget for året i arket",
    unread: (n: number) => `${n} ${n === 1 ? "forbrugscelle" : "forbrugsceller"} kunne ikke læses`,
    /** Beside the spending when the year's budget misses amounts (so the share is at most). */
    budgetUnread: (n: number) => `${n} budgetbeløb for året kunne ikke læses`,
    /** A figure that is a bound, not the figure itself: "mindst 1.250.000 kr.", "højst 51 %". */
    bound: {
      atLeast: (figure: string) => `mindst ${figure}`,
      atMost: (figure: string) => `højst ${figure}`,
    },
    /** What is left when both the budget and the spending miss amounts: no figure can be given. */
    restUnknown:
      "ukendt, hvor meget der endnu ikke er brugt: både budgettet og forbruget har beløb, der ikke kunne læses",
    /** What is left, and the share, with two units on the sheet: unknown until one is chosen. */
    restUnknownUnit: "ukendt, hvor meget der endnu ikke er brugt: arket angiver flere enheder",
    /** Beside the spending with two units on the sheet (the amounts are read in one of them). */
    unitConflict:
      "forbruget er læst i samme enhed som budgettet, men andel og rest kendes ikke, før enheden er afgjort i indstillingerne eller med --unit",
    /** In a table's cell where the figure cannot be known. */
    unknown: "ukendt",
    furthest: "Aktiviteter længst fra planen",
    difference: "Forskel",
  },
};
