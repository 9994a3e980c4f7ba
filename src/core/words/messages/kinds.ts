// Per kind of finding, the words around a group of them: a title, why it matters for the plan and
// how to mend it (the pattern of Excel's accessibility checker: "Why fix" / "How to fix"). One
// table per language, keyed by code: a code without its texts is a compile error.
import type { FindingCode, Lang } from "../../types";

export interface KindText {
  /** The group's heading, e.g. "Flerårig bevilling uden forankringsplan". */
  title: string;
  /** One line: why it matters for the plan. */
  why: string;
  /** One line: how to mend it in the sheet. */
  how: string;
}

type KindTable = { readonly [C in FindingCode]: KindText };

const da: KindTable = {
  OUTSIDE_FRAME: {
    title: "Uden for rammen",
    why: "Projektledelse og rækker, arket markerer «uden for rammen», betales ikke af rammen.",
    how: "Intet at rette; hører rækken under rammen, så fjern markeringen.",
  },
  OVER_FRAME: {
    title: "Over rammen",
    why: "Styregruppen kan ikke godkende et år, der bruger mere end rammen.",
    how: "Skær ned på aktiviteter i året, eller flyt beløb til et år med plads.",
  },
  MULTI_YEAR_NO_ANCHOR: {
    title: "Flerårig bevilling uden forankringsplan",
    why: "En bevilling over flere år skal have en plan for, hvem der bærer aktiviteten videre.",
    how: "Skriv forankringsplanen i aktivitetens celle i kolonnen «Forankringsplan».",
  },
  FIXED_GRANT: {
    title: "Fast bevilling",
    why: "Faste bevillinger er undtaget fra kravet om forankringsplan.",
    how: "Intet at rette; står der «fast» ved en fejl, så ret bevillingstypen.",
  },
  NO_ANCHOR_COLUMN: {
    title: "Ingen kolonne til forankringsplan",
    why: "Uden kolonnen kan ingen se, om de flerårige bevillinger har en plan.",
    how: "Tilføj en kolonne «Forankringsplan» ved siden af aktiviteterne, og udfyld den.",
  },
  NOT_A_NUMBER: {
    title: "Tekst eller fejl i en beløbscelle",
    why: "Cellen tæller ikke med i årets total, så totalen er for lav.",
    how: "Står der tekst, så skriv beløbet som et tal, fx 50.000; står der en Excel-fejl (#DIV/0!, #REF!), så ret formlen.",
  },
  AMBIGUOUS_NUMBER: {
    title: "Tvetydigt tal",
    why: "«250,000» er 250 kr. på dansk men 250.000 kr. på engelsk: totalen kan være helt forkert.",
    how: "Vælg den rigtige læsning, eller skriv beløbet med punktum som tusindtalsskilletegn.",
  },
  TEXT_AMOUNT: {
    title: "Beløb skrevet som tekst",
    why: "Excels SUM springer tekst over, så arkets egne totaler viser arbejdsgruppen et for lavt tal.",
    how: "Skriv beløbet som et tal (knappen «Ret til tal» gør det i cellen).",
  },
  NEGATIVE_AMOUNT: {
    title: "Negativt beløb",
    why: "Et negativt beløb trækkes fra årets total og skjuler, hvad der faktisk bruges.",
    how: "Ret beløbet, hvis minus er en fejl; ellers skriv en bemærkning om det.",
  },
  LIST_CONFLICT: {
    title: "Listens rækker er uenige",
    why: "En aktivitets rækker i listen siger noget forskelligt; Budgettjek bruger den første række.",
    how: "Ret rækkerne, så aktiviteten har den samme værdi i dem alle (eller lad de senere celler stå tomme).",
  },
  LIST_YEAR_UNREAD: {
    title: "Årstal mangler i listen",
    why: "Et beløb uden årstal tælles ikke med i noget år, så årenes totaler kan mangle det.",
    how: "Skriv ét årstal (fx 2026) i rækkens årscelle; fordel et beløb for flere år på en række pr. år.",
  },
  DUPLICATE_ACTIVITY: {
    title: "Aktivitet to gange",
    why: "Står en aktivitet to gange, tælles dens beløb dobbelt.",
    how: "Slet den ene række, eller giv aktiviteterne hvert sit navn, hvis de er forskellige.",
  },
  TOTAL_MISMATCH: {
    title: "«I alt» stemmer ikke",
    why: "Arkets egen total viser styregruppen et andet tal, end aktiviteterne summer til.",
    how: "Brug en SUM-formel i totalen i stedet for et indtastet tal.",
  },
  PARTNERS_BELOW_TARGET: {
    title: "For få samarbejdspartnere",
    why: "Partnerskabet har et mål om to eller flere samarbejdspartnere for 75 % af aktiviteterne.",
    how: "Skriv to eller flere samarbejdspartnere i kolonnen «Samarbejdspartnere».",
  },
  PARTNERS_SHARE: {
    title: "Samarbejdspartnere",
    why: "Målet om to eller flere samarbejdspartnere for 75 % af aktiviteterne er nået.",
    how: "Intet at rette.",
  },
  MERGES_UNREAD: {
    title: "Tjekket uden flettede celler",
    why: "Uden dem hører en række under en flettet aktivitetscelle ikke med til aktiviteten ovenover.",
    how: "Fjern unødvendige fletninger (højst 512 flettede områder på arket), eller opdatér en gammel Excel, og tjek igen.",
  },
  UNIT_CONFLICT: {
    title: "To enheder på arket",
    why: "Arket siger ét sted, at beløbene står i én enhed, og et andet sted en anden; den ene læsning gør hver total mindst 1.000 gange for høj eller for lav.",
    how: "Angiv enheden i indstillingerne eller med --unit, eller ret arket, så titel, noter, kolonneoverskrifter og rammerækken angiver samme enhed.",
  },
  UNIT_IN_DOUBT: {
    title: "Enheden er i tvivl",
    why: "Uden en angivet enhed læses beløbene som kroner; står de i 1.000 kr., er hver total 1.000 gange for lav.",
    how: "Angiv enheden i titlen («Beløb i 1.000 kr.») eller under Indstillinger.",
  },
  PLAN_YEAR_OUTSIDE: {
    title: "Planåret passer ikke til arket",
    why: "Planåret afgør, hvilke år der tjekkes mod rammen; et år uden for arkets årskolonner giver forkerte fund.",
    how: "Ret planåret under Indstillinger, eller fjern det, så det læses fra arket.",
  },
  SPENT_OVER_BUDGET: {
    title: "Forbrug over budget",
    why: "Aktiviteten har brugt mere, end planen giver den i året; pengene må findes et andet sted.",
    how: "Flyt budget til aktiviteten (og søg godkendelse), eller ret forbruget, hvis det er tastet forkert.",
  },
  SPENT_NOT_STARTED: {
    title: "Ikke startet?",
    why: "Over halvdelen af året er gået uden forbrug: pengene bliver måske ikke brugt i år.",
    how: "Spørg den ansvarlige, om aktiviteten er i gang; flyt ellers pengene til en anden aktivitet eller et andet år.",
  },
  SPENT_WITHOUT_BUDGET: {
    title: "Forbrug uden budget",
    why: "Forbrug i et år, hvor aktiviteten intet budget har, betales af andre aktiviteters penge.",
    how: "Giv aktiviteten et budget for året (og søg godkendelse), eller ret forbruget.",
  },
  SPENT_NOT_A_NUMBER: {
    title: "Tekst eller fejl i en forbrugscelle",
    why: "Cellen tæller ikke med i årets forbrug, så forbruget ser for lavt ud.",
    how: "Skriv forbruget som et tal, fx 50.000, eller ret formlen.",
  },
};

const en: KindTable = {
  OUTSIDE_FRAME: {
    title: "Outside the frame",
    why: "Project management, and rows the sheet marks “uden for rammen”, are not paid from the frame.",
    how: "Nothing to mend; if the row belongs in the frame, remove the mark.",
  },
  OVER_FRAME: {
    title: "Over the frame",
    why: "The steering group cannot approve a year that spends more than its frame.",
    how: "Cut activities in that year, or move amounts to a year with room.",
  },
  MULTI_YEAR_NO_ANCHOR: {
    title: "Multi-year grant without an anchoring plan",
    why: "A grant over several years needs a plan for who carries the activity on.",
    how: "Write the anchoring plan in the activity's cell in the “Forankringsplan” column.",
  },
  FIXED_GRANT: {
    title: "Fixed grant",
    why: "Fixed grants are exempt from the anchoring-plan requirement.",
    how: "Nothing to mend; if “fast” is there by mistake, correct the grant type.",
  },
  NO_ANCHOR_COLUMN: {
    title: "No anchoring-plan column",
    why: "Without the column nobody can see whether the multi-year grants have a plan.",
    how: "Add a “Forankringsplan” column next to the activities and fill it in.",
  },
  NOT_A_NUMBER: {
    title: "Text or an error in an amount cell",
    why: "The cell is left out of the year's total, so the total is too low.",
    how: "Where there is text, enter the amount as a number, e.g. 50.000; where there is an Excel error (#DIV/0!, #REF!), correct the formula.",
  },
  AMBIGUOUS_NUMBER: {
    title: "Ambiguous number",
    why: "“250,000” is 250 kr. in Danish but 250,000 kr. in English: the total may be far off.",
    how: "Choose the right reading, or write the amount with dots grouping thousands.",
  },
  TEXT_AMOUNT: {
    title: "Amount stored as text",
    why: "Excel's SUM skips text, so the sheet's own totals show the working group too low a figure.",
    how: "Enter the amount as a number (the “Convert to number” button does it in the cell).",
  },
  NEGATIVE_AMOUNT: {
    title: "Negative amount",
    why: "A negative amount is subtracted from the year's total and hides what is really spent.",
    how: "Correct the amount if the minus is a mistake; otherwise add a remark.",
  },
  LIST_CONFLICT: {
    title: "The list's rows disagree",
    why: "An activity's rows in the list say different things; Budgettjek uses the first row.",
    how: "Correct the rows so the activity has the same value in all of them (or leave the later cells empty).",
  },
  LIST_YEAR_UNREAD: {
    title: "Year missing in the list",
    why: "An amount without a year is counted in no year, so the years' totals may lack it.",
    how: "Write one year (e.g. 2026) in the row's year cell; give an amount for several years a row per year.",
  },
  DUPLICATE_ACTIVITY: {
    title: "Activity listed twice",
    why: "An activity listed twice has its amounts counted twice.",
    how: "Delete one row, or give the activities different names if they differ.",
  },
  TOTAL_MISMATCH: {
    title: "“I alt” does not add up",
    why: "The sheet's own total shows the steering group a different figure than the activities sum to.",
    how: "Use a SUM formula in the total instead of a typed number.",
  },
  PARTNERS_BELOW_TARGET: {
    title: "Too few partners",
    why: "The partnership aims for two or more partners on 75 % of the activities.",
    how: "Name two or more partners in the “Samarbejdspartnere” column.",
  },
  PARTNERS_SHARE: {
    title: "Partners",
    why: "The aim of two or more partners on 75 % of the activities is met.",
    how: "Nothing to mend.",
  },
  MERGES_UNREAD: {
    title: "Checked without merged cells",
    why: "Without them, a row under a merged activity cell does not belong to the activity above it.",
    how: "Remove needless merges (at most 512 merged areas on the sheet), or update an old Excel, and check again.",
  },
  UNIT_CONFLICT: {
    title: "Two units on the sheet",
    why: "The sheet says in one place that the amounts are in one unit and in another place a different one; one of the readings makes every total at least 1,000 times too high or too low.",
    how: "State the unit in Settings or with --unit, or correct the sheet so its title, notes, column headers and frame row state the same unit.",
  },
  UNIT_IN_DOUBT: {
    title: "The unit is in doubt",
    why: "With no unit stated the amounts are read as kroner; if they are in 1.000 kr., every total is 1,000 times too low.",
    how: "State the unit in the title (“Beløb i 1.000 kr.”) or in Settings.",
  },
  PLAN_YEAR_OUTSIDE: {
    title: "The plan year does not fit the sheet",
    why: "The plan year decides which years are checked against the frame; a year outside the sheet's year columns gives wrong findings.",
    how: "Correct the plan year in Settings, or remove it so it is read from the sheet.",
  },
  SPENT_OVER_BUDGET: {
    title: "Spending over budget",
    why: "The activity has spent more than the plan gives it for the year; the money must come from elsewhere.",
    how: "Move budget to the activity (and seek approval), or correct the spending if it was mistyped.",
  },
  SPENT_NOT_STARTED: {
    title: "Not started?",
    why: "More than half the year has gone without spending: the money may not be used this year.",
    how: "Ask the person responsible whether it has started; otherwise move the money to another activity or year.",
  },
  SPENT_WITHOUT_BUDGET: {
    title: "Spending without budget",
    why: "Spending in a year where the activity has no budget is paid from other activities' money.",
    how: "Give the activity a budget for the year (and seek approval), or correct the spending.",
  },
  SPENT_NOT_A_NUMBER: {
    title: "Text or error in a spending cell",
    why: "The cell does not count in the year's spending, so spending looks too low.",
    how: "Write the spending as a number, e.g. 50,000, or mend the formula.",
  },
};

const tables: { readonly [L in Lang]: KindTable } = { da, en };

export function findingKind(code: FindingCode, lang: Lang): KindText {
  return tables[lang][code];
}
