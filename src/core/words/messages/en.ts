// English finding messages (when Office's display language is not Danish).
import { a1 } from "../../sheet/address";
import { formatKr, minus, ZERO_ORE } from "../../money";
import { formatDate, formatPercent, listWords } from "../format";
import { NOT_CALCULATED, type Finding, type FindingOf, type Ore } from "../../types";
import { en as labels } from "../en";
import { cellOf, exampleAmount, grantList, localCells, yearsOf, type MessageTable } from "./values";

/**
 * What to do about formulas saved without results (openpyxl, pandas and similar writers) or with
 * XlsxWriter's placeholder 0: LibreOffice keeps a stored result unless told to calculate again.
 */
const RECALCULATE =
  "The file was saved by a program that does not calculate formulas (such as openpyxl, pandas or " +
  "XlsxWriter); open and save the workbook in Excel or LibreOffice (there, press Ctrl+Shift+F9, " +
  "recalculate all, first) so the formulas are calculated.";

const UNIT_NAME = { "1000": "1.000 kr.", mio: "mio. kr." } as const;

const kr = (ore: Ore) => formatKr(ore, "en");
const act = (f: Finding) => (f.activity ? `“${f.activity}”` : "");
/** "at least " before a spent amount that leaves out a spending cell not read. */
const least = (f: { spentAtLeast?: true }) => (f.spentAtLeast ? "at least " : "");
const at = (f: Finding) => (f.at ? ` (${cellOf(f)})` : "");

function cellPlace(f: Finding): string {
  const parts: string[] = [];
  if (f.activity) parts.push(`activity “${f.activity}”`);
  if (f.year !== undefined) parts.push(String(f.year));
  const ctx = parts.length ? ` (${parts.join(", ")})` : "";
  return `${f.at ? `Cell ${cellOf(f)}` : "An amount cell"}${ctx}`;
}

/** Why a row is kept out of the frame (OUTSIDE_FRAME). */
const OUTSIDE_WHY = {
  projectManagement: () => "project management is paid outside the frame (partnership agreement)",
  marked: (text: string) => `the sheet says “${text}”`,
  frameColumn: (text: string) => `the Ramme column says “${text}”`,
} as const;

/** A unit the sheet states, where and in which cells: "“DKK 1,000” in the title (A1)". */
const stated = (u: FindingOf<"UNIT_CONFLICT">["others"][number]) =>
  `“${labels.amountUnit[u.unit]}” ${labels.unitPlace[u.source]} (${localCells(u.cells)})`;
const HOW_MANY = ["", "one", "two", "three"];

/** What the rows of a list disagree on (LIST_CONFLICT), in the plural. */
const LIST_ROLE = {
  area: "focus areas",
  responsible: "responsible parties",
  partners: "partner lists",
  anchoring: "anchoring plans",
  grantType: "grant types",
  frame: "answers in the frame column",
} as const;

/** The amount a list row without a year holds (LIST_YEAR_UNREAD). */
function unplacedAmount(f: { amount?: Ore; amountText?: string }): string {
  if (f.amount !== undefined) return `the amount ${kr(f.amount)}`;
  return `the amount “${f.amountText ?? ""}”`;
}

export const en: MessageTable = {
  OUTSIDE_FRAME: (f) =>
    `The row ${act(f)}${at(f)} is kept outside the frame, because ${OUTSIDE_WHY[f.reason](f.text)}.` +
    (f.amounts.length
      ? ` ${f.amounts.map((a) => `${kr(a.amount)} in ${a.year}`).join(", ")} ` +
        `${f.amounts.length === 1 ? "is" : "are"} shown apart and not counted in the year's total.`
      : ""),
  OVER_FRAME: (f) =>
    (f.atLeast === "unit"
      ? `The budget for ${f.year} exceeds the frame by at least ${kr(f.over)}, whichever of ` +
        `the sheet's units holds (see the error on the units).`
      : f.atLeast === "frameColumn"
        ? `The budget for ${f.year} exceeds the frame by at least ${kr(f.over)}, even without ` +
          `the activities the list has both inside and outside the frame (see the warning on ` +
          `the frame column).`
        : `The budget for ${f.year} is ${kr(f.total)}, exceeding the frame of ${kr(f.frame)} ` +
          `by ${kr(f.over)}.`) + ` Cut back, or move amounts to another year.`,
  MULTI_YEAR_NO_ANCHOR: (f) =>
    `Activity ${act(f)}${at(f)} has amounts in ${yearsOf(f.years)} but no anchoring plan` +
    `${f.anchoringText ? ` (it says “${f.anchoringText}”)` : ""}. ` +
    `Multi-year grants require an anchoring plan for the grant period.`,
  FIXED_GRANT: (f) =>
    `Activity ${act(f)}${at(f)} has a fixed grant (“${f.text}”) in ${yearsOf(f.years)} ` +
    `and needs no anchoring plan.`,
  NO_ANCHOR_COLUMN: (f) =>
    `${f.count} ${f.count === 1 ? "activity has" : "activities have"} ` +
    `multi-year grants, but the sheet has no anchoring-plan column. ` +
    `Add a column “Forankringsplan” so it can be checked.` +
    (f.grants.length > 0 ? ` Multi-year grants: ${grantList(f.grants, (n) => `“${n}”`)}.` : ""),
  NOT_A_NUMBER: (f) =>
    "error" in f.value && f.value.error === NOT_CALCULATED
      ? `${cellPlace(f)} holds a formula saved without its result, so the amount is unknown. ` +
        `The cell is left out of the sums. ${RECALCULATE}`
      : `${cellPlace(f)} holds ` +
        ("error" in f.value
          ? `the error ${f.value.error}. The cell is left out of the sums; correct the formula so it gives an amount.`
          : `“${f.value.text}”, which is not an amount. The cell is left out of the sums; ` +
            `enter the amount as a number, e.g. ${exampleAmount(f.value.text)}.`),
  AMBIGUOUS_NUMBER: (f) =>
    f.reading === "en"
      ? `${cellPlace(f)} holds “${f.text}”, written in English notation. ` +
        `It was read as ${kr(f.used)}; write it in Danish notation (dots group thousands).`
      : `${cellPlace(f)} holds “${f.text}”, which reads as ${kr(f.used)} in Danish ` +
        `notation but ${kr(f.other ?? ZERO_ORE)} in English. It was read as ${kr(f.used)} (Danish); ` +
        `write amounts with dots grouping thousands, e.g. 250.000.`,
  TEXT_AMOUNT: (f) =>
    `${cellPlace(f)} holds “${f.text}” as text. Budget check counts ${kr(f.amount)}, ` +
    `but the sheet's own SUM formulas skip text, so the sheet's totals leave the amount out.`,
  NEGATIVE_AMOUNT: (f) =>
    `${cellPlace(f)} has a negative amount: ${kr(f.amount)}. ` +
    `It is subtracted from the year's total; correct it if that is not intended.`,
  LIST_CONFLICT: (f) =>
    `Activity ${act(f)} has two different ${LIST_ROLE[f.role]} in the list: ` +
    `“${f.firstValue}” (${a1(f.first)}) and “${f.value}” (${cellOf(f)}). ` +
    (f.role === "frame"
      ? `Budget check counts it inside the frame, and a year it puts over the frame is ` +
        `uncertain; correct the rows so they agree.`
      : `Budget check uses the first; correct the rows so they agree.`),
  LIST_YEAR_UNREAD: (f) =>
    `The year cell ${cellOf(f)} (activity ${act(f)}) ` +
    (f.value === "" ? "is empty" : `holds “${f.value}”, which is not a year`) +
    (f.amount === undefined && f.amountText === undefined
      ? ". Write one year, e.g. 2026."
      : `, so ${unplacedAmount(f)} is counted in no year, and every year's total is uncertain. ` +
        `Write one year, e.g. 2026; if the amount covers several years, give each year a row of its own.`),
  DUPLICATE_ACTIVITY: (f) =>
    `Activity ${act(f)} appears more than once in the same table (${a1(f.first)} and ${cellOf(f)}). ` +
    `Both rows count; merge them if they are the same activity.`,
  TOTAL_MISMATCH: (f) =>
    (f.activity
      ? `The “I alt” line of ${act(f)} in ${cellOf(f)} for ${f.year} says ${kr(f.stated)}, but its budget lines `
      : `The sheet's total in ${cellOf(f)} for ${f.year} says ${kr(f.stated)}, but the activities `) +
    `add up to ${kr(f.computed)} (difference ${kr(f.difference)}). Correct the total or the amounts.`,
  PARTNERS_BELOW_TARGET: (f) =>
    `Only ${f.withTwo} of ${f.total} activities in ${f.year} ` +
    `(${formatPercent(f.share, "en")}) name two or more partners. ` +
    `The target is at least ${formatPercent(f.target, "en")}.`,
  PARTNERS_SHARE: (f) =>
    `${f.withTwo} of ${f.total} activities in ${f.year} ` +
    `(${formatPercent(f.share, "en")}) name two or more partners; ` +
    `the target of at least ${formatPercent(f.target, "en")} is met.`,
  MERGES_UNREAD: (f) =>
    `Excel could not give the merged cells of the sheet “${f.sheet}” ` +
    (f.reason === "notSupported"
      ? `(this version of Excel cannot read them for add-ins), `
      : `(512 or more merged areas), `) +
    `so the sheet was checked without them: a merged activity cell does not continue the activity above.`,
  UNIT_IN_DOUBT: (f) =>
    `The sheet states no unit, and the amounts look too small: the total for ${f.year} is ${kr(f.total)} ` +
    `against a frame of ${kr(f.frame)}, and the largest amount is ${kr(f.largest)}. ` +
    `Are the amounts in ${UNIT_NAME[f.likely]}? State the unit in the title, e.g. “Beløb i ${UNIT_NAME[f.likely]}”, ` +
    `or in Settings (budgettjek: --unit ${f.likely}). Until then no year is confirmed within the frame.`,
  UNIT_CONFLICT: (f) =>
    `The sheet states ${HOW_MANY[f.others.length + 1] ?? "several"} units: ` +
    `${listWords([stated(f), ...f.others.map(stated)], labels.and)}. Budget check cannot tell which one ` +
    `holds: the amounts are read in ${labels.amountUnit[f.used]}, and a year is reported over or ` +
    `within the frame only when it is so in each unit. State the unit in Settings or with --unit (kr, 1000 or mio), or correct ` +
    `the sheet so it states one unit only.`,
  PLAN_YEAR_OUTSIDE: (f) =>
    `The plan year given, ${f.year}, is neither among the sheet's year columns (${f.first}–${f.last}) ` +
    `nor next to them. Correct the plan year, or remove it so it is read from the sheet.`,
  SPENT_OVER_BUDGET: (f) =>
    `Activity ${act(f)}${at(f)} has spent ${least(f)}${kr(f.spent)} in ${f.year} against a budget of ` +
    `${kr(f.budget)}: ${least(f)}${kr(minus(f.spent, f.budget))} over. Find the money in the plan, or correct the spending.`,
  SPENT_NOT_STARTED: (f) =>
    `Activity ${act(f)}${at(f)} has a budget of ${kr(f.budget)} for ${f.year} but no spending ` +
    `${f.until ? `by ${formatDate(f.until, "en")}` : `in the accounts`}: not started?`,
  SPENT_WITHOUT_BUDGET: (f) =>
    `Activity ${act(f)}${at(f)} has spent ${least(f)}${kr(f.spent)} in ${f.year} but has no budget that year. ` +
    `Give the activity a budget for ${f.year}, or correct the spending.`,
  SPENT_NOT_A_NUMBER: (f) =>
    "error" in f.value && f.value.error === NOT_CALCULATED
      ? `${cellPlace(f)} is a spending cell holding a formula saved without its result. ` +
        `It is left out of the year's spending. ${RECALCULATE}`
      : `${cellPlace(f)} is a spending cell and holds ` +
        ("error" in f.value
          ? `the error ${f.value.error}`
          : `“${f.value.text}”, which is not an amount`) +
        `. It is left out of the year's spending; write the spending as a number, e.g. 50,000.`,
};
