// A column header that names spending for a year ("Forbrug 2026", "Regnskab 2025", "Bogført pr.
// 30.09.2026", "Spent Q3 2026"): read as spending, never as budget, with the date it runs to.
import type { CellValue, SpendingColumn } from "../types";
import { yearOf } from "./text";

/** What a spending header says: the year, and the date the spending runs to (ISO) when given. */
export interface SpendingHeader {
  year: number;
  until?: string;
}

/** The words working groups and finance offices write over spending (lower case, whole words). */
const SPENDING_WORD =
  /(?:^|[^a-zæøå])(?:forbrug(?:t|et)?|regnskab(?:et|stal)?|bogf(?:ø|oe)r(?:t|te|ing)|afholdte?|spent|actuals?|expenditures?)(?![a-zæøå])/;

/** A forecast is neither spending nor budget: "Forventet forbrug 2026" is left as it reads today. */
const FORECAST_WORD = /forvent|prognose|forecast|estimat|sk(?:ø|oe)n/;

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^feb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^(?:maj|may)/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^aug/, 8],
  [/^sep/, 9],
  [/^o[ck]t/, 10],
  [/^nov/, 11],
  [/^dec/, 12],
];

/** True when the text names spending (whatever else it says). */
export function namesSpending(text: string): boolean {
  const t = text.normalize("NFC").toLowerCase();
  return SPENDING_WORD.test(t) && !FORECAST_WORD.test(t);
}

/**
 * The cell as a spending header, or undefined. `below` is the cell under it in a two-row header
 * ("Forbrug" over 2026). A number alone is a year (budget), never spending.
 */
export function spendingHeader(
  v: CellValue | undefined,
  below?: CellValue
): SpendingHeader | undefined {
  if (typeof v !== "string" || !namesSpending(v)) return undefined;
  const year = yearOf(v) ?? yearOf(below ?? null);
  if (year === undefined) return undefined;
  const until = untilDate(v.normalize("NFC").toLowerCase(), year);
  return until === undefined ? { year } : { year, until };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO date, when it is a real day. */
function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The date a spending header runs to: "pr. 30.09.2026", "30/9-2026", "2026-09-30", "t.o.m.
 * september 2026", "30. september", "Q3 2026", "3. kvartal", "1. halvår". A month or quarter
 * alone runs to its last day. `year` fills in a date written without one.
 */
export function untilDate(text: string, year: number): string | undefined {
  const isoDate = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (isoDate) return iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
  const dmy = /(?:^|[^\d])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)/.exec(text);
  if (dmy) {
    const y = dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    return iso(y, Number(dmy[2]), Number(dmy[1]));
  }
  const month = monthIn(text);
  if (month) {
    const y = month.year ?? year;
    return iso(y, month.month, month.day ?? lastDay(y, month.month));
  }
  const quarter = /(?:^|[^a-z\d])(?:q([1-4])|([1-4])\.?\s*(?:kvartal|kvt|quarter))(?![a-z\d])/.exec(
    text
  );
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[2]);
    return iso(year, q * 3, lastDay(year, q * 3));
  }
  const half = /(?:^|[^\d])([12])\.?\s*(?:halvår|halvaar|half)/.exec(text);
  if (half) return half[1] === "1" ? iso(year, 6, 30) : iso(year, 12, 31);
  return undefined;
}

/** "30. september 2026", "september", "sept. 2026", "30 sep". */
function monthIn(text: string): { month: number; day?: number; year?: number } | undefined {
  const re = /(?:(?<!\d)(\d{1,2})\.?\s*)?([a-zæøå]{3,})\.?(?:\s*(\d{4}))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[2];
    if (word.length > 9) continue;
    const hit = MONTHS.find(([r]) => r.test(word));
    if (!hit || !isMonthWord(word)) continue;
    return {
      month: hit[1],
      ...(m[1] ? { day: Number(m[1]) } : {}),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    };
  }
  return undefined;
}

/** Only a month's name or its usual short form, not any word that starts like one ("marts", "mar"). */
function isMonthWord(w: string): boolean {
  return /^(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|mar(?:ts|ch)?|apr(?:il)?|maj|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/.test(
    w
  );
}

/** The share of the year gone by on `until` (0..1): 30.09.2026 of 2026 is 273/365. */
export function shareOfYear(until: string, year: number): number {
  const [y, m, d] = until.split("-").map(Number);
  if (y < year) return 0;
  if (y > year) return 1;
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return day / days;
}

/**
 * The header's spending columns, one cell at a time. In a two-row header the word may stand over
 * the years ("Forbrug" over 2026 | 2027, merged): it carries to the blank cells after it.
 */
export class SpendingColumns {
  readonly found: SpendingColumn[] = [];
  private carried = false;

  constructor(
    private readonly originCol: number,
    private readonly yearsRow: readonly CellValue[] | undefined
  ) {}

  /** True when the cell at `c` is a spending column (taken, or a second one for its year). */
  take(top: CellValue | undefined, c: number): boolean {
    const below = this.yearsRow?.[c];
    const blank = top === null || top === undefined || top === "";
    if (this.yearsRow && !blank) {
      this.carried = typeof top === "string" && namesSpending(top) && yearOf(top) === undefined;
    }
    const header =
      spendingHeader(top, below) ??
      (blank && this.carried && yearOf(below) !== undefined ? { year: yearOf(below)! } : undefined);
    if (!header) return false;
    if (!this.found.some((s) => s.year === header.year)) {
      this.found.push({ ...header, col: this.originCol + c });
    }
    return true;
  }
}
