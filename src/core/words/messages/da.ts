// Danish finding messages: name the activity, year, cell and amounts, and say what to do.
import { a1 } from "../../sheet/address";
import { formatKr, minus, ZERO_ORE } from "../../money";
import { formatDate, formatPercent, listWords } from "../format";
import { NOT_CALCULATED, type Finding, type FindingOf, type Ore } from "../../types";
import { da as labels } from "../da";
import { cellOf, exampleAmount, grantList, localCells, yearsOf, type MessageTable } from "./values";

/**
 * What to do about formulas saved without results (openpyxl, pandas and similar writers) or with
 * XlsxWriter's placeholder 0: LibreOffice keeps a stored result unless told to calculate again.
 */
const RECALCULATE =
  "Filen er gemt af et program, der ikke regner formler ud (fx openpyxl, pandas eller XlsxWriter); " +
  "åbn og gem projektmappen i Excel eller LibreOffice (dér først Ctrl+Skift+F9, genberegn alt), " +
  "så regnes formlerne ud.";

const UNIT_NAME = { "1000": "1.000 kr.", mio: "mio. kr." } as const;

const kr = (ore: Ore) => formatKr(ore, "da");
const act = (f: Finding) => (f.activity ? `«${f.activity}»` : "");
/** Ends a sentence after an amount without doubling the full stop of "kr.". */
const end = (text: string) => (text.endsWith(".") ? text : `${text}.`);
/** "mindst " before a spent amount that leaves out a spending cell not read. */
const least = (f: { spentAtLeast?: true }) => (f.spentAtLeast ? "mindst " : "");
const at = (f: Finding) => (f.at ? ` (${cellOf(f)})` : "");

/** "i cellen X (aktivitet «Y», 2026)" for cell-level findings. */
function cellPlace(f: Finding): string {
  const parts: string[] = [];
  if (f.activity) parts.push(`aktiviteten «${f.activity}»`);
  if (f.year !== undefined) parts.push(String(f.year));
  const ctx = parts.length ? ` (${parts.join(", ")})` : "";
  return `${f.at ? `Cellen ${cellOf(f)}` : "En beløbscelle"}${ctx}`;
}

/** Why a row is kept out of the frame (OUTSIDE_FRAME). */
const OUTSIDE_WHY = {
  projectManagement: () => "projektledelse betales uden for rammen (partnerskabsaftalen)",
  marked: (text: string) => `arket skriver «${text}»`,
  frameColumn: (text: string) => `Ramme-kolonnen siger «${text}»`,
} as const;

/** A unit the sheet states, where and in which cells: "«1.000 kr.» i titlen (A1)" (UNIT_CONFLICT). */
const stated = (u: FindingOf<"UNIT_CONFLICT">["others"][number]) =>
  `«${labels.amountUnit[u.unit]}» ${labels.unitPlace[u.source]} (${localCells(u.cells)})`;
const HOW_MANY = ["", "én", "to", "tre"];

/** What the rows of a list disagree on (LIST_CONFLICT), in the plural. */
const LIST_ROLE = {
  area: "indsatsområder",
  responsible: "ansvarlige",
  partners: "lister af samarbejdspartnere",
  anchoring: "forankringsplaner",
  grantType: "bevillingstyper",
  frame: "svar i Ramme-kolonnen",
} as const;

/** The amount a list row without a year holds (LIST_YEAR_UNREAD). */
function unplacedAmount(f: { amount?: Ore; amountText?: string }): string {
  if (f.amount !== undefined) return `beløbet ${kr(f.amount)}`;
  return `beløbet «${f.amountText ?? ""}»`;
}

export const da: MessageTable = {
  OUTSIDE_FRAME: (f) =>
    `Rækken ${act(f)}${at(f)} er holdt uden for rammen, fordi ${OUTSIDE_WHY[f.reason](f.text)}.` +
    (f.amounts.length
      ? ` ${f.amounts.map((a) => `${kr(a.amount)} i ${a.year}`).join(", ")} ` +
        `vises for sig og tælles ikke med i årets total.`
      : ""),
  OVER_FRAME: (f) =>
    (f.atLeast === "unit"
      ? `Budgettet for ${f.year} overskrider rammen med mindst ${kr(f.over)}, hvilken af arkets ` +
        `enheder der end gælder (se fejlen om enhederne).`
      : f.atLeast === "frameColumn"
        ? `Budgettet for ${f.year} overskrider rammen med mindst ${kr(f.over)}, også uden de ` +
          `aktiviteter, listen har både i og uden for rammen (se advarslen om Ramme-kolonnen).`
        : `Budgettet for ${f.year} er ${kr(f.total)} og overskrider rammen på ${kr(f.frame)} ` +
          `med ${end(kr(f.over))}`) + ` Skær ned, eller flyt beløb til et andet år.`,
  MULTI_YEAR_NO_ANCHOR: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har beløb i ${yearsOf(f.years)} men mangler forankringsplan` +
    `${f.anchoringText ? ` (der står «${f.anchoringText}»)` : ""}. ` +
    `Flerårige bevillinger kræver en forankringsplan for bevillingsperioden.`,
  FIXED_GRANT: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har fast bevilling («${f.text}») i ${yearsOf(f.years)} ` +
    `og kræver ingen forankringsplan.`,
  NO_ANCHOR_COLUMN: (f) =>
    `${f.count} ${f.count === 1 ? "aktivitet har" : "aktiviteter har"} ` +
    `flerårige bevillinger, men arket har ingen kolonne til forankringsplan. ` +
    `Tilføj en kolonne «Forankringsplan», så det kan tjekkes.` +
    (f.grants.length > 0 ? ` Flerårige bevillinger: ${grantList(f.grants, (n) => `«${n}»`)}.` : ""),
  NOT_A_NUMBER: (f) =>
    "error" in f.value && f.value.error === NOT_CALCULATED
      ? `${cellPlace(f)} har en formel, der er gemt uden sit resultat, så beløbet kendes ikke. ` +
        `Cellen er udeladt af summerne. ${RECALCULATE}`
      : `${cellPlace(f)} indeholder ` +
        ("error" in f.value
          ? `fejlen ${f.value.error}. Cellen er udeladt af summerne; ret formlen, så den giver et beløb.`
          : `«${f.value.text}», som ikke er et beløb. Cellen er udeladt af summerne; ` +
            `skriv beløbet som et tal, fx ${exampleAmount(f.value.text)}.`),
  AMBIGUOUS_NUMBER: (f) =>
    f.reading === "en"
      ? `${cellPlace(f)} indeholder «${f.text}», skrevet i engelsk talformat. ` +
        `Der er regnet med ${kr(f.used)}; skriv beløbet i dansk format, fx ${formatKr(f.used, "da").replace(" kr.", "")}.`
      : `${cellPlace(f)} indeholder «${f.text}», som på dansk læses som ${kr(f.used)} ` +
        `men på engelsk som ${end(kr(f.other ?? ZERO_ORE))} Der er regnet med ${kr(f.used)} (dansk læsning); ` +
        `skriv beløbet med punktum som tusindtalsskilletegn, fx 250.000.`,
  TEXT_AMOUNT: (f) =>
    `${cellPlace(f)} indeholder «${f.text}» som tekst. Budgettjek regner med ${kr(f.amount)}, ` +
    `men arkets egne SUM-formler springer tekst over, så arkets totaler mangler beløbet.`,
  NEGATIVE_AMOUNT: (f) =>
    `${cellPlace(f)} har et negativt beløb: ${end(kr(f.amount))} ` +
    `Det trækkes fra årets total; ret det, hvis det ikke er meningen.`,
  LIST_CONFLICT: (f) =>
    `Aktiviteten ${act(f)} har to forskellige ${LIST_ROLE[f.role]} i listen: ` +
    `«${f.firstValue}» (${a1(f.first)}) og «${f.value}» (${cellOf(f)}). ` +
    (f.role === "frame"
      ? `Budgettjek tæller aktiviteten med i rammen, og et år, den bringer over rammen, er ` +
        `usikkert; ret rækkerne, så de siger det samme.`
      : `Budgettjek bruger den første; ret rækkerne, så de siger det samme.`),
  LIST_YEAR_UNREAD: (f) =>
    `Årscellen ${cellOf(f)} (aktiviteten ${act(f)}) ` +
    (f.value === "" ? "er tom" : `indeholder «${f.value}», som ikke er et årstal`) +
    (f.amount === undefined && f.amountText === undefined
      ? ". Skriv ét årstal, fx 2026."
      : `, så ${unplacedAmount(f)} er ikke talt med i noget år, og hvert års total er usikker. ` +
        `Skriv ét årstal, fx 2026; dækker beløbet flere år, så fordel det på en række pr. år.`),
  DUPLICATE_ACTIVITY: (f) =>
    `Aktiviteten ${act(f)} står flere gange i samme tabel (${a1(f.first)} og ${cellOf(f)}). ` +
    `Begge rækker tælles med; slå dem sammen, hvis det er den samme aktivitet.`,
  TOTAL_MISMATCH: (f) =>
    (f.activity
      ? `«I alt»-linjen for ${act(f)} i ${cellOf(f)} for ${f.year} er ${kr(f.stated)}, men budgetposterne `
      : `Arkets total i ${cellOf(f)} for ${f.year} er ${kr(f.stated)}, men aktiviteterne `) +
    `summer til ${kr(f.computed)} (forskel ${kr(f.difference)}). Ret totalen eller beløbene.`,
  PARTNERS_BELOW_TARGET: (f) =>
    `Kun ${f.withTwo} af ${f.total} aktiviteter i ${f.year} ` +
    `(${formatPercent(f.share, "da")}) har to eller flere samarbejdspartnere. ` +
    `Målet er mindst ${formatPercent(f.target, "da")}.`,
  PARTNERS_SHARE: (f) =>
    `${f.withTwo} af ${f.total} aktiviteter i ${f.year} ` +
    `(${formatPercent(f.share, "da")}) har to eller flere samarbejdspartnere; ` +
    `målet på mindst ${formatPercent(f.target, "da")} er nået.`,
  MERGES_UNREAD: (f) =>
    `Excel kunne ikke give de flettede celler på arket «${f.sheet}» ` +
    (f.reason === "notSupported"
      ? `(denne version af Excel kan ikke læse dem for tilføjelsesprogrammer), `
      : `(512 eller flere flettede områder), `) +
    `så arket er tjekket uden dem: en flettet aktivitetscelle fortsætter ikke aktiviteten ovenover.`,
  UNIT_IN_DOUBT: (f) =>
    `Arket angiver ingen enhed, og beløbene ser for små ud: totalen for ${f.year} er ${kr(f.total)} ` +
    `mod en ramme på ${kr(f.frame)}, og det største beløb er ${end(kr(f.largest))} ` +
    `Står beløbene i ${UNIT_NAME[f.likely]}? Angiv enheden i titlen, fx «Beløb i ${UNIT_NAME[f.likely]}», ` +
    `eller under Indstillinger (budgettjek: --unit ${f.likely}). Indtil da er intet år godkendt som inden for rammen.`,
  UNIT_CONFLICT: (f) =>
    `Arket angiver ${HOW_MANY[f.others.length + 1] ?? "flere"} enheder: ` +
    `${listWords([stated(f), ...f.others.map(stated)], labels.and)}. Budgettjek kan ikke vide, hvilken ` +
    `der gælder: beløbene er læst i ${labels.amountUnit[f.used]}, og et år meldes kun over eller ` +
    `inden for rammen, når det er det i hver enhed. Angiv enheden i indstillingerne eller med --unit (kr, 1000 eller mio), ` +
    `eller ret arket, så det kun angiver én enhed.`,
  PLAN_YEAR_OUTSIDE: (f) =>
    `Det angivne planår ${f.year} er hverken blandt arkets årskolonner (${f.first}–${f.last}) ` +
    `eller lige ved siden af dem. Ret planåret, eller fjern det, så det læses fra arket.`,
  SPENT_OVER_BUDGET: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har brugt ${least(f)}${kr(f.spent)} i ${f.year} mod et budget på ` +
    `${kr(f.budget)}: ${least(f)}${end(kr(minus(f.spent, f.budget)))} over. Find pengene i planen, eller ret forbruget.`,
  SPENT_NOT_STARTED: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har ${kr(f.budget)} i budget for ${f.year}, men intet forbrug ` +
    `${f.until ? `pr. ${formatDate(f.until, "da")}` : `i regnskabet`}: ikke startet?`,
  SPENT_WITHOUT_BUDGET: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har brugt ${least(f)}${kr(f.spent)} i ${f.year}, men har intet budget det år. ` +
    `Giv aktiviteten et budget for ${f.year}, eller ret forbruget.`,
  SPENT_NOT_A_NUMBER: (f) =>
    "error" in f.value && f.value.error === NOT_CALCULATED
      ? `${cellPlace(f)} er en forbrugscelle med en formel, der er gemt uden sit resultat. ` +
        `Den er udeladt af årets forbrug. ${RECALCULATE}`
      : `${cellPlace(f)} er en forbrugscelle og indeholder ` +
        ("error" in f.value
          ? `fejlen ${f.value.error}`
          : `«${f.value.text}», som ikke er et beløb`) +
        `. Den er udeladt af årets forbrug; skriv forbruget som et tal, fx 50.000.`,
};
