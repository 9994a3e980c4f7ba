import {
  APPROVED,
  planGrid,
  REVISIONS,
  type PlanRow,
  type PlanShape,
} from "../../../tests/fixtures/compare/revisions";
import { check } from "../check";
import { DEFAULT_FRAME_ORE } from "../settings";
import type { Grid, Report, Settings } from "../types";
import { approve, baselineFromReport } from "./baseline";
import { changedActivities, compare, type Changes } from "./compare";

const settings: Settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };
const ore = (kr: number) => kr * 100;

function report(g: Grid, s: Settings = settings): Report {
  const r = check(g, s);
  if (!r.ok) throw new Error("no table");
  return r.report;
}

function diff(now: PlanRow[], shape: PlanShape = {}, approvedShape: PlanShape = {}): Changes {
  const base = baselineFromReport(report(planGrid(APPROVED, approvedShape)), "2025-12-12");
  return compare(base, report(planGrid(now, shape)));
}

/** "status name: 2026 -20000, 2027 +20000" per changed activity, to read in a failure. */
const summary = (c: Changes): string[] =>
  changedActivities(c).map(
    (a) =>
      `${a.status} ${a.name}${a.approvedName ? ` (was ${a.approvedName})` : ""}:` +
      a.deltas.map((d) => ` ${d.year} ${d.delta > 0 ? "+" : ""}${d.delta / 100}`).join(",")
  );

describe("no change where users only rearrange", () => {
  it.each<[string, PlanRow[], PlanShape]>([
    ["the same plan", APPROVED, {}],
    ["rows reordered by area", REVISIONS.reorderedByArea(), {}],
    ["blank and section rows inserted", APPROVED, { sections: true }],
    ["a block moved (second header)", APPROVED, { splitAt: 3 }],
    ["the Nr. column dropped", APPROVED, { noNr: true }],
  ])("%s", (_, plan, shape) => {
    const c = diff(plan, shape);
    expect(summary(c)).toEqual([]);
    expect(c.years.every((y) => y.delta === 0)).toBe(true);
    expect(c.findings).toEqual({ new: [], resolved: [] });
  });

  it("a renamed sheet is no change", () => {
    const base = baselineFromReport(report(planGrid(APPROVED)), null);
    const c = compare(
      base,
      report(planGrid(APPROVED, {}, "Budget rev. 2"), { ...settings, planYear: 2026 })
    );
    expect(summary(c)).toEqual([]);
  });
});

describe("what users change", () => {
  it("a deleted row is one removed activity with negative deltas", () => {
    const c = diff(REVISIONS.rowDeleted());
    expect(summary(c)).toEqual(["removed Natteravne: 2026 -250000"]);
    expect(c.years[0]).toMatchObject({
      year: 2026,
      approvedTotal: ore(1900000),
      total: ore(1650000),
      delta: ore(-250000),
      approvedLeftover: 0,
      leftover: ore(250000),
    });
  });

  it("an inserted row with the rows below renumbered is one added activity", () => {
    const c = diff(REVISIONS.rowInserted());
    expect(summary(c)).toEqual(["added Lektiecafé: 2026 +80000, 2027 +80000"]);
  });

  it("a rename with the same Nr. keeps the activity and says its approved name", () => {
    const c = diff(REVISIONS.renamedWithNr());
    expect(summary(c)).toEqual(["changed Nattevandrere i Tingbjerg (was Natteravne):"]);
    expect(changedActivities(c)[0].how).toBe("nr");
  });

  it("a rename without Nr. is found by a similar name", () => {
    const c = diff(REVISIONS.renamedWithoutNr(), { noNr: true });
    expect(summary(c)).toEqual(["changed Tryghedsvandringer i Husum (was Tryghedsvandringer):"]);
    expect(changedActivities(c)[0].how).toBe("similar");
  });

  it("money moved between years shows only those years", () => {
    const c = diff(REVISIONS.moneyBetweenYears());
    expect(summary(c)).toEqual(["changed Det gode valg: 2026 -20000, 2027 +20000"]);
    expect(c.years.map((y) => y.delta / 100)).toEqual([-20000, 20000, 0]);
  });

  it("money moved between activities leaves the year's total", () => {
    const c = diff(REVISIONS.moneyBetweenActivities());
    expect(summary(c)).toEqual([
      "changed Lommepengejob: 2026 -50000",
      "changed Natteravne: 2026 +50000",
    ]);
    expect(c.years[0].delta).toBe(0);
  });

  it("a split shows as one removed and two added", () => {
    const c = diff(REVISIONS.split());
    expect(summary(c).sort()).toEqual([
      "added Tryghedsvandringer nord: 2026 +50000",
      "added Tryghedsvandringer syd: 2026 +50000",
      "removed Tryghedsvandringer: 2026 -100000",
    ]);
  });

  it("anchoring text added turns missing into present and resolves the finding", () => {
    const c = diff(REVISIONS.anchoringAdded());
    expect(changedActivities(c)).toMatchObject([
      {
        name: "Det gode valg",
        status: "changed",
        deltas: [],
        anchoring: { approved: "missing", now: "present" },
      },
    ]);
    expect(c.findings.new).toEqual([]);
    expect(c.findings.resolved.map((f) => [f.code, f.activity])).toEqual([
      ["MULTI_YEAR_NO_ANCHOR", "Det gode valg"],
    ]);
  });

  it("a new block adds its activity and a new over-frame finding", () => {
    const c = diff(REVISIONS.newBlock(), { splitAt: 7 });
    expect(summary(c)).toEqual(["added Sommerferieaktiviteter: 2026 +120000, 2027 +120000"]);
    expect(c.findings.new.map((f) => [f.code, f.year])).toEqual(
      expect.arrayContaining([
        ["OVER_FRAME", 2026],
        ["MULTI_YEAR_NO_ANCHOR", undefined],
      ])
    );
  });

  it("a changed frame changes the leftover, not the activities", () => {
    const c = diff(
      APPROVED,
      { frames: [2000000, 1900000, 1900000] },
      { frames: [1900000, 1900000, 1900000] }
    );
    expect(summary(c)).toEqual([]);
    expect(c.years[0]).toMatchObject({ delta: 0, approvedLeftover: 0, leftover: ore(100000) });
  });

  it("findings follow a renamed activity (not its cell), so nothing is new or resolved", () => {
    const moved = REVISIONS.renamedWithNr().reverse();
    const c = diff(moved);
    expect(c.findings).toEqual({ new: [], resolved: [] });
  });
});

describe("a baseline of another plan year", () => {
  it("compares only the years both have and says so", () => {
    const base = baselineFromReport(
      report(planGrid(APPROVED), { ...settings, planYear: 2025 }),
      "2024-12-10"
    );
    const now = report(planGrid(REVISIONS.moneyBetweenYears()), { ...settings, planYear: 2026 });
    const c = compare({ ...base, years: base.years.filter((y) => y.year !== 2026) }, now);
    expect(c.otherPlanYear).toBe(true);
    expect(c.years.map((y) => y.year)).toEqual([2027, 2028]);
    expect(summary(c)).toEqual(["changed Det gode valg: 2027 +20000"]);
  });
});

describe("approval history", () => {
  it("each approval appends one line with the date and totals per year", () => {
    const r = report(planGrid(APPROVED));
    const first = approve(r, "2025-12-12");
    const second = approve(report(planGrid(REVISIONS.rowDeleted())), "2026-03-05", first);
    expect(second.history).toEqual([
      { date: "2025-12-12", totals: { 2026: ore(1900000), 2027: ore(1050000), 2028: ore(500000) } },
      { date: "2026-03-05", totals: { 2026: ore(1650000), 2027: ore(1050000), 2028: ore(500000) } },
    ]);
    expect(second.approvedAt).toBe("2026-03-05");
  });
});
