import {
  activityCounts,
  areaSubtotals,
  frameFor,
  leftover,
  moneyYears,
  yearSpan,
  yearSummaries,
  yearTotals,
} from "./derived";
import { DEFAULT_FRAME_ORE } from "./settings";
import type { Activity, Ore, Settings } from "./types";

const o = (kr: number) => (kr * 100) as Ore;
/** An activity with amounts (kroner by year) aligned with `years`, null where none. */
const act = (
  id: number,
  years: number[],
  amounts: Record<number, number>,
  area?: string
): Activity => ({
  id,
  name: `A${id}`,
  ...(area ? { area } : {}),
  partners: [],
  row: id,
  cell: `Ark1!B${id + 1}`,
  amounts: years.map((y) => (amounts[y] === undefined ? null : o(amounts[y]))),
  block: 0,
  multiYear: false,
  anchoring: "notNeeded",
});
const OUTSIDE = { reason: "projectManagement", text: "Projektledelse", col: 1 } as const;
const settings: Settings = {
  defaultFrame: DEFAULT_FRAME_ORE,
  frames: { 2027: o(2000000) },
  currentYear: 2026,
};

describe("derived values", () => {
  const Y = [2025, 2026, 2027, 2028];
  const acts = [
    act(0, Y, { 2025: 100, 2026: 1000000 }, "Aktive byrum"),
    act(1, Y, { 2026: 950000.5, 2027: 3 }, "Positive fællesskaber"),
    act(2, Y, { 2026: 1 }, "Aktive byrum"),
  ];

  it("yearTotals sums per year, 0 when none", () => {
    expect(yearTotals(acts, Y)).toEqual([10000, 195000150, 300, 0]);
  });

  it("activityCounts: rows outside the frame are counted apart, never as activities", () => {
    expect(activityCounts(acts)).toEqual({ inFrame: 3, outsideFrame: 0 });
    const pm = { ...act(3, Y, { 2026: 310000 }), outsideFrame: OUTSIDE };
    expect(activityCounts([...acts, pm])).toEqual({ inFrame: 3, outsideFrame: 1 });
    expect(activityCounts([pm])).toEqual({ inFrame: 0, outsideFrame: 1 });
  });

  it("frameFor: settings > sheet > default", () => {
    expect(frameFor(2027, settings, { 2027: o(1), 2028: o(1500000) })).toBe(200000000);
    expect(frameFor(2028, settings, { 2027: o(1), 2028: o(1500000) })).toBe(150000000);
    expect(frameFor(2026, settings, {})).toBe(190000000);
  });

  it("frameFor: a frame the user gave for every year beats the sheet's Ramme row", () => {
    const given = { ...settings, defaultFrame: o(2100000), frameGiven: true };
    expect(frameFor(2028, given, { 2028: o(1500000) })).toBe(210000000);
    expect(frameFor(2027, given, { 2027: o(1) })).toBe(200000000); // per-year still wins
    expect(frameFor(2028, { ...given, frameGiven: false }, { 2028: o(1500000) })).toBe(150000000);
  });

  it("leftover is frame minus total", () => {
    expect(leftover(o(1490000), o(2000000))).toBe(51000000);
    expect(leftover(o(2000000), o(1900000))).toBe(-10000000);
  });

  it("yearSummaries flags over-frame years from the plan year on only", () => {
    const big = [act(0, [2025, 2026], { 2025: 2000000, 2026: 1950000 })];
    expect(yearSummaries(big, [2025, 2026], 2026, settings, {})).toEqual([
      {
        year: 2025,
        total: o(2000000),
        frame: o(1900000),
        leftover: o(-100000),
        overFrame: false,
        compareOnly: true,
        unreadAmounts: 0,
        unitInDoubt: false,
        status: "compareOnly",
      },
      {
        year: 2026,
        total: o(1950000),
        frame: o(1900000),
        leftover: o(-50000),
        overFrame: true,
        compareOnly: false,
        unreadAmounts: 0,
        unitInDoubt: false,
        status: "over",
      },
    ]);
  });

  it("areaSubtotals in order of appearance", () => {
    expect(areaSubtotals(acts, Y)).toEqual([
      { area: "Aktive byrum", amounts: [10000, 100000100, 0, 0] },
      { area: "Positive fællesskaber", amounts: [0, 95000050, 300, 0] },
    ]);
    expect(areaSubtotals([act(0, [2026], { 2026: 1 })], [2026])).toEqual([]);
  });

  it("areaSubtotals end with the activities without an area, so they sum to the total", () => {
    const none = act(0, Y, { 2026: 7, 2028: 2 });
    const subs = areaSubtotals([none, ...acts], Y);
    expect(subs.map((s) => s.area)).toEqual(["Aktive byrum", "Positive fællesskaber", null]);
    expect(subs[2].amounts).toEqual([0, o(7), 0, o(2)]);
    const totals = yearTotals([none, ...acts], Y);
    Y.forEach((_, i) => expect(subs.reduce((s, a) => s + a.amounts[i], 0)).toBe(totals[i]));
  });

  it("moneyYears and yearSpan", () => {
    const a = act(0, Y, { 2025: 5, 2026: 5, 2027: 0, 2028: 7 });
    expect(moneyYears(a, Y, 2026)).toEqual([2026, 2028]);
    expect(yearSpan([2026, 2028])).toBe("2026, 2028");
    expect(yearSpan([2026, 2027, 2028])).toBe("2026–2028");
    expect(yearSpan([2026])).toBe("2026");
  });
});
