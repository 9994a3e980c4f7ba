import type { Finding, FindingCode, FindingOf, Ore } from "../../types";
import { labelsFor } from "../labels";
import { anchoringLabel, findingMessage } from "./index";
import { howToMend } from "./howToMend";

const S = "Tryghedsplan 2026";
const at = (row: number, col: number) => ({ sheet: S, row, col });
const ore = (n: number) => n as Ore;
const cases: { [C in FindingCode]: FindingOf<C> } = {
  OUTSIDE_FRAME: {
    code: "OUTSIDE_FRAME",
    severity: "info",
    at: at(19, 1),
    activityId: 17,
    activity: "Projektledelse (Sikker By, ½ årsværk)",
    reason: "projectManagement",
    text: "Projektledelse (Sikker By, ½ årsværk)",
    amounts: [
      { year: 2026, amount: ore(31000000) },
      { year: 2027, amount: ore(31000000) },
    ],
  },
  OVER_FRAME: {
    code: "OVER_FRAME",
    severity: "error",
    year: 2026,
    total: ore(200000000),
    frame: ore(190000000),
    over: ore(10000000),
  },
  MULTI_YEAR_NO_ANCHOR: {
    code: "MULTI_YEAR_NO_ANCHOR",
    severity: "error",
    at: at(8, 1),
    activityId: 3,
    activity: "Kvinder, job og fællesskab",
    years: [2026, 2027, 2028],
    anchoringText: "nej",
  },
  FIXED_GRANT: {
    code: "FIXED_GRANT",
    severity: "info",
    at: at(15, 1),
    activityId: 9,
    activity: "Kommunikation, dialog og synlighed",
    years: [2026, 2027, 2028],
    text: "Fast 4-årig bevilling",
  },
  NO_ANCHOR_COLUMN: {
    code: "NO_ANCHOR_COLUMN",
    severity: "warning",
    at: at(2, 1),
    count: 3,
    grants: [
      { activityId: 0, activity: "Lommepengejob", at: at(3, 1) },
      { activityId: 2, activity: "Det gode valg", at: at(4, 1) },
      { activityId: 5, activity: "Haven", at: at(8, 1) },
    ],
  },
  NOT_A_NUMBER: {
    code: "NOT_A_NUMBER",
    severity: "error",
    at: at(4, 3),
    activityId: 1,
    activity: "Det gode valg",
    year: 2026,
    value: { text: "ca. 50.000" },
  },
  AMBIGUOUS_NUMBER: {
    code: "AMBIGUOUS_NUMBER",
    severity: "warning",
    at: at(15, 2),
    activityId: 9,
    activity: "Kommunikation",
    year: 2025,
    text: "250,000",
    reading: "da",
    used: ore(25000),
    other: ore(25000000),
  },
  NEGATIVE_AMOUNT: {
    code: "NEGATIVE_AMOUNT",
    severity: "warning",
    at: at(6, 3),
    activityId: 2,
    activity: "Tingbjerg Challenge",
    year: 2026,
    amount: ore(-500000),
  },
  TEXT_AMOUNT: {
    code: "TEXT_AMOUNT",
    severity: "warning",
    at: at(3, 3),
    activityId: 0,
    activity: "Lommepengejob",
    year: 2026,
    text: "120.000 kr.",
    amount: ore(12000000),
  },
  LIST_CONFLICT: {
    code: "LIST_CONFLICT",
    severity: "warning",
    at: at(8, 2),
    activityId: 0,
    activity: "Lommepengejob",
    role: "area",
    value: "Aktive byrum",
    first: at(2, 2),
    firstValue: "Uddannelse og beskæftigelse",
  },
  LIST_YEAR_UNREAD: {
    code: "LIST_YEAR_UNREAD",
    severity: "error",
    at: at(5, 3),
    activityId: 1,
    activity: "Natteravne",
    value: "2026/27",
    amount: ore(10000000),
  },
  DUPLICATE_ACTIVITY: {
    code: "DUPLICATE_ACTIVITY",
    severity: "warning",
    at: at(11, 1),
    activityId: 6,
    activity: "Din fritid",
    first: at(3, 1),
  },
  TOTAL_MISMATCH: {
    code: "TOTAL_MISMATCH",
    severity: "warning",
    at: at(19, 3),
    year: 2026,
    stated: ore(190000000),
    computed: ore(189000000),
    difference: ore(1000000),
  },
  PARTNERS_BELOW_TARGET: {
    code: "PARTNERS_BELOW_TARGET",
    severity: "warning",
    at: at(2, 4),
    year: 2026,
    withTwo: 2,
    total: 3,
    share: 2 / 3,
    target: 0.75,
  },
  PARTNERS_SHARE: {
    code: "PARTNERS_SHARE",
    severity: "info",
    at: at(2, 4),
    year: 2026,
    withTwo: 4,
    total: 5,
    share: 0.8,
    target: 0.75,
  },
  MERGES_UNREAD: { code: "MERGES_UNREAD", severity: "info", sheet: S },
  UNIT_CONFLICT: {
    code: "UNIT_CONFLICT",
    severity: "error",
    at: at(0, 0),
    unit: "1000",
    source: "title",
    cells: [at(0, 0)],
    others: [{ unit: "kr", source: "header", cells: [at(2, 3), at(2, 4)] }],
    used: "kr",
  },
  UNIT_IN_DOUBT: {
    code: "UNIT_IN_DOUBT",
    severity: "warning",
    year: 2026,
    total: ore(233700),
    frame: ore(190000000),
    largest: ore(45000),
    likely: "1000",
  },
  PLAN_YEAR_OUTSIDE: {
    code: "PLAN_YEAR_OUTSIDE",
    severity: "error",
    year: 1999,
    first: 2025,
    last: 2028,
  },
  SPENT_OVER_BUDGET: {
    code: "SPENT_OVER_BUDGET",
    severity: "warning",
    at: at(6, 11),
    activityId: 3,
    activity: "Haven",
    year: 2026,
    spent: ore(21250000),
    budget: ore(20000000),
  },
  SPENT_NOT_STARTED: {
    code: "SPENT_NOT_STARTED",
    severity: "info",
    at: at(7, 11),
    activityId: 4,
    activity: "Din fritid",
    year: 2026,
    budget: ore(12000000),
    until: "2026-09-30",
  },
  SPENT_WITHOUT_BUDGET: {
    code: "SPENT_WITHOUT_BUDGET",
    severity: "warning",
    at: at(8, 10),
    activityId: 5,
    activity: "Lommepengejob",
    year: 2025,
    spent: ore(1500000),
  },
  SPENT_NOT_A_NUMBER: {
    code: "SPENT_NOT_A_NUMBER",
    severity: "warning",
    at: at(9, 11),
    activityId: 6,
    activity: "Det gode valg",
    year: 2026,
    value: { text: "ca. 40.000" },
  },
};

const danish: Record<FindingCode, string> = {
  OUTSIDE_FRAME:
    "Rækken «Projektledelse (Sikker By, ½ årsværk)» ('Tryghedsplan 2026'!B20) er holdt uden for rammen, fordi projektledelse betales uden for rammen (partnerskabsaftalen). 310.000 kr. i 2026, 310.000 kr. i 2027 vises for sig og tælles ikke med i årets total.",
  OVER_FRAME:
    "Budgettet for 2026 er 2.000.000 kr. og overskrider rammen på 1.900.000 kr. med 100.000 kr. Skær ned, eller flyt beløb til et andet år.",
  MULTI_YEAR_NO_ANCHOR:
    "Aktiviteten «Kvinder, job og fællesskab» ('Tryghedsplan 2026'!B9) har beløb i 2026–2028 men mangler forankringsplan (der står «nej»). Flerårige bevillinger kræver en forankringsplan for bevillingsperioden.",
  FIXED_GRANT:
    "Aktiviteten «Kommunikation, dialog og synlighed» ('Tryghedsplan 2026'!B16) har fast bevilling («Fast 4-årig bevilling») i 2026–2028 og kræver ingen forankringsplan.",
  NO_ANCHOR_COLUMN:
    "3 aktiviteter har flerårige bevillinger, men arket har ingen kolonne til forankringsplan. Tilføj en kolonne «Forankringsplan», så det kan tjekkes. Flerårige bevillinger: «Lommepengejob» (B4), «Det gode valg» (B5), «Haven» (B9).",
  NOT_A_NUMBER:
    "Cellen 'Tryghedsplan 2026'!D5 (aktiviteten «Det gode valg», 2026) indeholder «ca. 50.000», som ikke er et beløb. Cellen er udeladt af summerne; skriv beløbet som et tal, fx 50.000.",
  AMBIGUOUS_NUMBER:
    "Cellen 'Tryghedsplan 2026'!C16 (aktiviteten «Kommunikation», 2025) indeholder «250,000», som på dansk læses som 250 kr. men på engelsk som 250.000 kr. Der er regnet med 250 kr. (dansk læsning); skriv beløbet med punktum som tusindtalsskilletegn, fx 250.000.",
  NEGATIVE_AMOUNT:
    "Cellen 'Tryghedsplan 2026'!D7 (aktiviteten «Tingbjerg Challenge», 2026) har et negativt beløb: -5.000 kr. Det trækkes fra årets total; ret det, hvis det ikke er meningen.",
  TEXT_AMOUNT:
    "Cellen 'Tryghedsplan 2026'!D4 (aktiviteten «Lommepengejob», 2026) indeholder «120.000 kr.» som tekst. Budgettjek regner med 120.000 kr., men arkets egne SUM-formler springer tekst over, så arkets totaler mangler beløbet.",
  LIST_CONFLICT:
    "Aktiviteten «Lommepengejob» har to forskellige indsatsområder i listen: «Uddannelse og beskæftigelse» ('Tryghedsplan 2026'!C3) og «Aktive byrum» ('Tryghedsplan 2026'!C9). Budgettjek bruger den første; ret rækkerne, så de siger det samme.",
  LIST_YEAR_UNREAD:
    "Årscellen 'Tryghedsplan 2026'!D6 (aktiviteten «Natteravne») indeholder «2026/27», som ikke er et årstal, så beløbet 100.000 kr. er ikke talt med i noget år, og hvert års total er usikker. Skriv ét årstal, fx 2026; dækker beløbet flere år, så fordel det på en række pr. år.",
  DUPLICATE_ACTIVITY:
    "Aktiviteten «Din fritid» står flere gange i samme tabel ('Tryghedsplan 2026'!B4 og 'Tryghedsplan 2026'!B12). Begge rækker tælles med; slå dem sammen, hvis det er den samme aktivitet.",
  TOTAL_MISMATCH:
    "Arkets total i 'Tryghedsplan 2026'!D20 for 2026 er 1.900.000 kr., men aktiviteterne summer til 1.890.000 kr. (forskel 10.000 kr.). Ret totalen eller beløbene.",
  PARTNERS_BELOW_TARGET:
    "Kun 2 af 3 aktiviteter i 2026 (66,7 %) har to eller flere samarbejdspartnere. Målet er mindst 75 %.",
  PARTNERS_SHARE:
    "4 af 5 aktiviteter i 2026 (80 %) har to eller flere samarbejdspartnere; målet på mindst 75 % er nået.",
  MERGES_UNREAD:
    "Excel kunne ikke give de flettede celler på arket «Tryghedsplan 2026» (512 eller flere flettede områder), så arket er tjekket uden dem: en flettet aktivitetscelle fortsætter ikke aktiviteten ovenover.",
  UNIT_CONFLICT:
    "Arket angiver to enheder: «1.000 kr.» i titlen (A1) og «kr.» i kolonneoverskriften (D3, E3). Budgettjek kan ikke vide, hvilken der gælder: beløbene er læst i kr., og et år meldes kun over eller inden for rammen, når det er det i hver enhed. Angiv enheden i indstillingerne eller med --unit (kr, 1000 eller mio), eller ret arket, så det kun angiver én enhed.",
  UNIT_IN_DOUBT:
    "Arket angiver ingen enhed, og beløbene ser for små ud: totalen for 2026 er 2.337 kr. mod en ramme på 1.900.000 kr., og det største beløb er 450 kr. Står beløbene i 1.000 kr.? Angiv enheden i titlen, fx «Beløb i 1.000 kr.», eller under Indstillinger (budgettjek: --unit 1000). Indtil da er intet år godkendt som inden for rammen.",
  PLAN_YEAR_OUTSIDE:
    "Det angivne planår 1999 er hverken blandt arkets årskolonner (2025–2028) eller lige ved siden af dem. Ret planåret, eller fjern det, så det læses fra arket.",
  SPENT_OVER_BUDGET:
    "Aktiviteten «Haven» ('Tryghedsplan 2026'!L7) har brugt 212.500 kr. i 2026 mod et budget på 200.000 kr.: 12.500 kr. over. Find pengene i planen, eller ret forbruget.",
  SPENT_NOT_STARTED:
    "Aktiviteten «Din fritid» ('Tryghedsplan 2026'!L8) har 120.000 kr. i budget for 2026, men intet forbrug pr. 30.09.2026: ikke startet?",
  SPENT_WITHOUT_BUDGET:
    "Aktiviteten «Lommepengejob» ('Tryghedsplan 2026'!K9) har brugt 15.000 kr. i 2025, men har intet budget det år. Giv aktiviteten et budget for 2025, eller ret forbruget.",
  SPENT_NOT_A_NUMBER:
    "Cellen 'Tryghedsplan 2026'!L10 (aktiviteten «Det gode valg», 2026) er en forbrugscelle og indeholder «ca. 40.000», som ikke er et beløb. Den er udeladt af årets forbrug; skriv forbruget som et tal, fx 50.000.",
};

describe("findingMessage", () => {
  test.each(Object.keys(cases) as FindingCode[])("da %s", (code) => {
    expect(findingMessage(cases[code], "da")).toBe(danish[code]);
  });

  test.each(Object.keys(cases) as FindingCode[])("en %s names the same amounts", (code) => {
    const text = findingMessage(cases[code], "en");
    expect(text.length).toBeGreaterThan(30);
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it("en wording", () => {
    expect(findingMessage(cases.OVER_FRAME, "en")).toBe(
      "The budget for 2026 is DKK 2,000,000, exceeding the frame of DKK 1,900,000 by DKK 100,000. Cut back, or move amounts to another year."
    );
    expect(findingMessage(cases.NOT_A_NUMBER, "en")).toBe(
      "Cell 'Tryghedsplan 2026'!D5 (activity “Det gode valg”, 2026) holds “ca. 50.000”, which is not an amount. The cell is left out of the sums; enter the amount as a number, e.g. 50.000."
    );
  });

  it("UNIT_CONFLICT in English, and three units with many cells", () => {
    expect(findingMessage(cases.UNIT_CONFLICT, "en")).toBe(
      "The sheet states two units: “DKK 1,000” in the title (A1) and “DKK” in the column header (D3, E3). Budget check cannot tell which one holds: the amounts are read in DKK, and a year is reported over or within the frame only when it is so in each unit. State the unit in Settings or with --unit (kr, 1000 or mio), or correct the sheet so it states one unit only."
    );
    const three: Finding = {
      ...cases.UNIT_CONFLICT,
      others: [
        { unit: "kr", source: "header", cells: [2, 3, 4, 5, 6].map((c) => at(2, c)) },
        { unit: "mio", source: "frameLabel", cells: [at(20, 1)] },
      ],
    };
    expect(findingMessage(three, "da")).toMatch(
      /^Arket angiver tre enheder: «1\.000 kr\.» i titlen \(A1\), «kr\.» i kolonneoverskriften \(C3, D3, E3, F3 …\) og «mio\. kr\.» i rammerækken \(B21\)\. /
    );
  });

  it("spending in English, and a past year's accounts without a date", () => {
    expect(findingMessage(cases.SPENT_NOT_STARTED, "en")).toBe(
      "Activity “Din fritid” ('Tryghedsplan 2026'!L8) has a budget of DKK 120,000 for 2026 but no spending by 30 September 2026: not started?"
    );
    const { until: _until, ...accounts } = cases.SPENT_NOT_STARTED;
    expect(findingMessage({ ...accounts, year: 2025 }, "da")).toBe(
      "Aktiviteten «Din fritid» ('Tryghedsplan 2026'!L8) har 120.000 kr. i budget for 2025, men intet forbrug i regnskabet: ikke startet?"
    );
    expect(findingMessage(cases.SPENT_OVER_BUDGET, "en")).toBe(
      "Activity “Haven” ('Tryghedsplan 2026'!L7) has spent DKK 212,500 in 2026 against a budget of DKK 200,000: DKK 12,500 over. Find the money in the plan, or correct the spending."
    );
  });

  it("NOT_A_NUMBER for an Excel error and an English-notation reading", () => {
    const err: Finding = { ...cases.NOT_A_NUMBER, value: { error: "#REF!" } };
    expect(findingMessage(err, "da")).toBe(
      "Cellen 'Tryghedsplan 2026'!D5 (aktiviteten «Det gode valg», 2026) indeholder fejlen #REF!. Cellen er udeladt af summerne; ret formlen, så den giver et beløb."
    );
    const { other: _other, ...danishReading } = cases.AMBIGUOUS_NUMBER;
    const en: Finding = {
      ...danishReading,
      text: "1,900,000",
      reading: "en",
      used: ore(190000000),
    };
    expect(findingMessage(en, "da")).toBe(
      "Cellen 'Tryghedsplan 2026'!C16 (aktiviteten «Kommunikation», 2025) indeholder «1,900,000», skrevet i engelsk talformat. Der er regnet med 1.900.000 kr.; skriv beløbet i dansk format, fx 1.900.000."
    );
  });

  it("LIST_YEAR_UNREAD: a blank year cell, an unread amount, no amount", () => {
    const { amount: _amount, ...noAmount } = cases.LIST_YEAR_UNREAD;
    expect(findingMessage({ ...noAmount, value: "", amountText: "ca. 300.000" }, "da")).toBe(
      "Årscellen 'Tryghedsplan 2026'!D6 (aktiviteten «Natteravne») er tom, så beløbet «ca. 300.000» er ikke talt med i noget år, og hvert års total er usikker. Skriv ét årstal, fx 2026; dækker beløbet flere år, så fordel det på en række pr. år."
    );
    expect(findingMessage({ ...noAmount, value: "ukendt" }, "en")).toBe(
      "The year cell 'Tryghedsplan 2026'!D6 (activity “Natteravne”) holds “ukendt”, which is not a year. Write one year, e.g. 2026."
    );
  });

  it("a budget-line total names the activity", () => {
    const f: Finding = { ...cases.TOTAL_MISMATCH, activityId: 1, activity: "Det gode valg" };
    expect(findingMessage(f, "da")).toBe(
      "«I alt»-linjen for «Det gode valg» i 'Tryghedsplan 2026'!D20 for 2026 er 1.900.000 kr., men budgetposterne summer til 1.890.000 kr. (forskel 10.000 kr.). Ret totalen eller beløbene."
    );
  });
});

describe("labels", () => {
  it("severity and anchoring", () => {
    expect(labelsFor("da").severity.error).toBe("Fejl");
    expect(labelsFor("en").severity.warning).toBe("Warning");
    expect(anchoringLabel("fixed", "da")).toBe("Fast bevilling");
    expect(anchoringLabel("notNeeded", "en")).toBe("Not needed");
  });
});

describe("howToMend", () => {
  const below = cases.PARTNERS_BELOW_TARGET;
  it("names the separators the sheet's partners cells use", () => {
    expect(howToMend({ ...below, separators: ["semicolon"] }, "da")).toBe(
      "Skriv to eller flere samarbejdspartnere i kolonnen «Samarbejdspartnere», adskilt med semikolon (;)."
    );
    expect(howToMend({ ...below, separators: ["comma", "og"] }, "en")).toBe(
      "Name two or more partners in the “Samarbejdspartnere” column, separated by commas or “og”."
    );
  });

  it("offers the usual separators when no cell names two partners yet", () => {
    expect(howToMend({ ...below, separators: [] }, "da")).toBe(
      "Skriv to eller flere samarbejdspartnere i kolonnen «Samarbejdspartnere», adskilt med semikolon (;), komma eller linjeskift."
    );
    expect(howToMend(below, "da")).toContain("adskilt med semikolon (;), komma eller linjeskift");
  });

  it("is the kind's text for other codes", () => {
    expect(howToMend(cases.OVER_FRAME, "da")).toBe(
      "Skær ned på aktiviteter i året, eller flyt beløb til et år med plads."
    );
  });
});
