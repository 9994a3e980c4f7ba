// Property tests: check() never throws on any grid, and a year's total is always the sum of the
// parsed amounts of that year's activities.
import fc from "fast-check";
import { check } from "./check";
import { parseAmount } from "./sheet/parseAmount";
import { DEFAULT_FRAME_ORE } from "./settings";
import type { CellValue, Grid, Settings } from "./types";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };

/** Any cell a sheet can hold: empty, numbers, booleans, text, these words and these errors. */
const anyCellWith = (words: CellValue[], errors: string[]): fc.Arbitrary<CellValue> =>
  fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.string(),
    fc.constantFrom(...words),
    fc.constantFrom<CellValue>(...errors.map((error) => ({ error })))
  );

const cell = anyCellWith(
  [
    "I alt",
    "Ramme",
    "Rest",
    "Aktivitet",
    "Budgetpost",
    "Forankringsplan",
    "Samarbejdspartnere",
    "Indsatsområde",
    "120.000 kr.",
    "250,000",
    "1,9 mio.",
    "-",
    "ca. 50.000",
    "fast",
    "Lønmidler",
    "Budget 2026",
    2025,
    2026,
    2027,
  ],
  ["#REF!", "#DIV/0!", "#N/A"]
);

/** Amount cells only (no header words), so a row can never start a new block by chance. */
const amountCell = anyCellWith(
  ["120.000 kr.", "250,000", "1,9 mio.", "-", "ca. 50.000", "1.900.000,50", "30.000."],
  ["#REF!", "#VALUE!"]
);

const header = fc.shuffledSubarray(
  ["Nr.", "Indsatsområde", "Ansvarlig", "Partnere", "Forankring", "Budgetpost", "Bemærkning"],
  { minLength: 0 }
);

/** A grid with a real header at a random place, random extra columns and ragged random rows. */
const budgetGrid: fc.Arbitrary<Grid> = fc
  .record({
    pad: fc.integer({ min: 0, max: 29 }),
    lead: fc.integer({ min: 0, max: 3 }),
    extra: header,
    years: fc.uniqueArray(fc.integer({ min: 2020, max: 2030 }), { minLength: 1, maxLength: 5 }),
    body: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
    originRow: fc.integer({ min: 0, max: 100 }),
    originCol: fc.integer({ min: 0, max: 10 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 0, max: 80 }),
        left: fc.integer({ min: 0, max: 15 }),
        h: fc.integer({ min: 0, max: 5 }),
        w: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 4 }
    ),
  })
  .map(({ pad, lead, extra, years, body, originRow, originCol, merges }) => {
    const headerRow: CellValue[] = [
      ...Array.from({ length: lead }, () => null),
      "Aktivitet",
      ...extra,
      ...years,
    ];
    return {
      sheetName: "Plan",
      originRow,
      originCol,
      rows: [...Array.from({ length: pad }, () => [] as CellValue[]), headerRow, ...body],
      merges: merges.map((m) => ({
        top: originRow + m.top,
        left: originCol + m.left,
        bottom: originRow + m.top + m.h,
        right: originCol + m.left + m.w,
      })),
    };
  });

const anyGrid: fc.Arbitrary<Grid> = fc.record({
  sheetName: fc.string(),
  originRow: fc.nat(1000),
  originCol: fc.nat(100),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
});

describe("check (properties)", () => {
  it("never throws on any grid", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyGrid, budgetGrid),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (g, planYear) => {
          check(g, { ...settings, planYear });
        }
      ),
      { numRuns: 400 }
    );
  });

  it("a year's total is the sum of the parsed amounts of that year's activities", () => {
    fc.assert(
      fc.property(budgetGrid, (g) => {
        const r = check(g, settings);
        if (!r.ok) return;
        const { report } = r;
        for (const [i, y] of report.years.entries()) {
          const sum = report.activities.reduce((s, a) => s + (a.amounts[i] ?? 0), 0);
          expect(y.total).toBe(sum);
          expect(y.leftover).toBe(y.frame - y.total);
          expect(Number.isInteger(y.total)).toBe(true);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("an activity's amount is the sum of the amount cells that feed it", () => {
    // Independent of the engine's bookkeeping: re-read the single-row activities' cells.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1 }), amountCell, amountCell), { maxLength: 30 }),
        (rows) => {
          const g: Grid = {
            sheetName: "P",
            originRow: 0,
            originCol: 0,
            rows: [["Aktivitet", 2026, 2027], ...rows.map(([n, a, b]) => ["x" + n, a, b])],
          };
          const r = check(g, settings);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const expected = [1, 2].map((c) =>
            r.report.activities.reduce((s, a) => {
              const p = parseAmount(g.rows[a.row][c]);
              return s + (p.kind === "amount" ? p.ore : 0);
            }, 0)
          );
          expect(r.report.years.map((y) => y.total)).toEqual(expected);
        }
      ),
      { numRuns: 300 }
    );
  });
});
