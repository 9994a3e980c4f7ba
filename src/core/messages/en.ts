// English finding messages (when Office's display language is not Danish).
import { formatKr, formatPercent } from "../format";
import type { Finding } from "../types";
import { has, num, str, type MessageTable } from "./values";

const kr = (f: Finding, key: string) => formatKr(num(f, key), "en");
const act = (f: Finding) => (f.activity ? `“${f.activity}”` : "");
const at = (f: Finding) => (f.cell ? ` (${f.cell})` : "");

function cellPlace(f: Finding): string {
  const parts: string[] = [];
  if (f.activity) parts.push(`activity “${f.activity}”`);
  if (f.year !== undefined) parts.push(String(f.year));
  const ctx = parts.length ? ` (${parts.join(", ")})` : "";
  return `${f.cell ? `Cell ${f.cell}` : "An amount cell"}${ctx}`;
}

export const en: MessageTable = {
  OVER_FRAME: (f) =>
    `The budget for ${f.year} is ${kr(f, "total")}, exceeding the frame of ${kr(f, "frame")} ` +
    `by ${kr(f, "over")}. Cut back, or move amounts to another year.`,
  MULTI_YEAR_NO_ANCHOR: (f) =>
    `Activity ${act(f)}${at(f)} has amounts in ${str(f, "years")} but no anchoring plan` +
    `${has(f, "anchoringText") ? ` (it says “${str(f, "anchoringText")}”)` : ""}. ` +
    `Multi-year grants require an anchoring plan for the grant period.`,
  FIXED_GRANT: (f) =>
    `Activity ${act(f)}${at(f)} has a fixed grant (“${str(f, "text")}”) in ${str(f, "years")} ` +
    `and needs no anchoring plan.`,
  NO_ANCHOR_COLUMN: (f) =>
    `${num(f, "count")} ${num(f, "count") === 1 ? "activity has" : "activities have"} ` +
    `multi-year grants, but the sheet has no anchoring-plan column. ` +
    `Add a column “Forankringsplan” so it can be checked.`,
  NOT_A_NUMBER: (f) =>
    `${cellPlace(f)} holds ` +
    (has(f, "error")
      ? `the error ${str(f, "error")}`
      : `“${str(f, "text")}”, which is not an amount`) +
    `. The cell is left out of the sums; enter an amount, e.g. 50.000.`,
  AMBIGUOUS_NUMBER: (f) =>
    str(f, "reading") === "en"
      ? `${cellPlace(f)} holds “${str(f, "text")}”, written in English notation. ` +
        `It was read as ${kr(f, "used")}; write it in Danish notation (dots group thousands).`
      : `${cellPlace(f)} holds “${str(f, "text")}”, which reads as ${kr(f, "used")} in Danish ` +
        `notation but ${kr(f, "other")} in English. It was read as ${kr(f, "used")} (Danish); ` +
        `write amounts with dots grouping thousands, e.g. 250.000.`,
  NEGATIVE_AMOUNT: (f) =>
    `${cellPlace(f)} has a negative amount: ${kr(f, "amount")}. ` +
    `It is subtracted from the year's total; correct it if that is not intended.`,
  DUPLICATE_ACTIVITY: (f) =>
    `Activity ${act(f)} appears more than once in the same table (${str(f, "firstCell")} and ${f.cell}). ` +
    `Both rows count; merge them if they are the same activity.`,
  TOTAL_MISMATCH: (f) =>
    (f.activity
      ? `The “I alt” line of ${act(f)} in ${f.cell} for ${f.year} says ${kr(f, "stated")}, but its budget lines `
      : `The sheet's total in ${f.cell} for ${f.year} says ${kr(f, "stated")}, but the activities `) +
    `add up to ${kr(f, "computed")} (difference ${kr(f, "difference")}). Correct the total or the amounts.`,
  PARTNERS_BELOW_TARGET: (f) =>
    `Only ${num(f, "withTwo")} of ${num(f, "total")} activities in ${f.year} ` +
    `(${formatPercent(num(f, "share"), "en")}) name two or more partners. ` +
    `The target is at least ${formatPercent(num(f, "target"), "en")}.`,
  PARTNERS_SHARE: (f) =>
    `${num(f, "withTwo")} of ${num(f, "total")} activities in ${f.year} ` +
    `(${formatPercent(num(f, "share"), "en")}) name two or more partners; ` +
    `the target of at least ${formatPercent(num(f, "target"), "en")} is met.`,
};
