// Danish finding messages: name the activity, year, cell and amounts, and say what to do.
import { formatKr, formatPercent } from "../format";
import type { Finding } from "../types";
import { has, num, str, type MessageTable } from "./values";

const kr = (f: Finding, key: string) => formatKr(num(f, key), "da");
const act = (f: Finding) => (f.activity ? `«${f.activity}»` : "");
/** Ends a sentence after an amount without doubling the full stop of "kr.". */
const end = (text: string) => (text.endsWith(".") ? text : `${text}.`);
const at = (f: Finding) => (f.cell ? ` (${f.cell})` : "");

/** "i cellen X (aktivitet «Y», 2026)" for cell-level findings. */
function cellPlace(f: Finding): string {
  const parts: string[] = [];
  if (f.activity) parts.push(`aktiviteten «${f.activity}»`);
  if (f.year !== undefined) parts.push(String(f.year));
  const ctx = parts.length ? ` (${parts.join(", ")})` : "";
  return `${f.cell ? `Cellen ${f.cell}` : "En beløbscelle"}${ctx}`;
}

export const da: MessageTable = {
  OVER_FRAME: (f) =>
    `Budgettet for ${f.year} er ${kr(f, "total")} og overskrider rammen på ${kr(f, "frame")} ` +
    `med ${end(kr(f, "over"))} Skær ned, eller flyt beløb til et andet år.`,
  MULTI_YEAR_NO_ANCHOR: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har beløb i ${str(f, "years")} men mangler forankringsplan` +
    `${has(f, "anchoringText") ? ` (der står «${str(f, "anchoringText")}»)` : ""}. ` +
    `Flerårige bevillinger kræver en forankringsplan for bevillingsperioden.`,
  FIXED_GRANT: (f) =>
    `Aktiviteten ${act(f)}${at(f)} har fast bevilling («${str(f, "text")}») i ${str(f, "years")} ` +
    `og kræver ingen forankringsplan.`,
  NO_ANCHOR_COLUMN: (f) =>
    `${num(f, "count")} ${num(f, "count") === 1 ? "aktivitet har" : "aktiviteter har"} ` +
    `flerårige bevillinger, men arket har ingen kolonne til forankringsplan. ` +
    `Tilføj en kolonne «Forankringsplan», så det kan tjekkes.`,
  NOT_A_NUMBER: (f) =>
    `${cellPlace(f)} indeholder ` +
    (has(f, "error") ? `fejlen ${str(f, "error")}` : `«${str(f, "text")}», som ikke er et beløb`) +
    `. Cellen er udeladt af summerne; skriv et beløb, fx 50.000.`,
  AMBIGUOUS_NUMBER: (f) =>
    str(f, "reading") === "en"
      ? `${cellPlace(f)} indeholder «${str(f, "text")}», skrevet i engelsk talformat. ` +
        `Der er regnet med ${kr(f, "used")}; skriv beløbet i dansk format, fx ${formatKr(num(f, "used"), "da").replace(" kr.", "")}.`
      : `${cellPlace(f)} indeholder «${str(f, "text")}», som på dansk læses som ${kr(f, "used")} ` +
        `men på engelsk som ${end(kr(f, "other"))} Der er regnet med ${kr(f, "used")} (dansk læsning); ` +
        `skriv beløbet med punktum som tusindtalsskilletegn, fx 250.000.`,
  NEGATIVE_AMOUNT: (f) =>
    `${cellPlace(f)} har et negativt beløb: ${end(kr(f, "amount"))} ` +
    `Det trækkes fra årets total; ret det, hvis det ikke er meningen.`,
  DUPLICATE_ACTIVITY: (f) =>
    `Aktiviteten ${act(f)} står flere gange i samme tabel (${str(f, "firstCell")} og ${f.cell}). ` +
    `Begge rækker tælles med; slå dem sammen, hvis det er den samme aktivitet.`,
  TOTAL_MISMATCH: (f) =>
    (f.activity
      ? `«I alt»-linjen for ${act(f)} i ${f.cell} for ${f.year} er ${kr(f, "stated")}, men budgetposterne `
      : `Arkets total i ${f.cell} for ${f.year} er ${kr(f, "stated")}, men aktiviteterne `) +
    `summer til ${kr(f, "computed")} (forskel ${kr(f, "difference")}). Ret totalen eller beløbene.`,
  PARTNERS_BELOW_TARGET: (f) =>
    `Kun ${num(f, "withTwo")} af ${num(f, "total")} aktiviteter i ${f.year} ` +
    `(${formatPercent(num(f, "share"), "da")}) har to eller flere samarbejdspartnere. ` +
    `Målet er mindst ${formatPercent(num(f, "target"), "da")}.`,
  PARTNERS_SHARE: (f) =>
    `${num(f, "withTwo")} af ${num(f, "total")} aktiviteter i ${f.year} ` +
    `(${formatPercent(num(f, "share"), "da")}) har to eller flere samarbejdspartnere; ` +
    `målet på mindst ${formatPercent(num(f, "target"), "da")} er nået.`,
};
