import { partnersTarget } from "./partnersTarget";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("PARTNERS_BELOW_TARGET / PARTNERS_SHARE", () => {
  const head = ["Aktivitet", "Samarbejdspartnere", 2025, 2026];

  it("warns when under 75 % of the plan year's activities name two or more partners", () => {
    const rows = [
      head,
      ["A", "fsb; SAB", null, 1],
      ["B", "SSP og skolen", null, 1],
      ["C", "Politiet", null, 1],
      ["D", null, 5, 0],
    ];
    expect(runRule(partnersTarget, grid(rows))).toEqual([
      {
        code: "PARTNERS_BELOW_TARGET",
        severity: "warning",
        at: at("B1"),
        year: 2026,
        withTwo: 2,
        total: 3,
        share: 2 / 3,
        target: 0.75,
        separators: ["semicolon", "og"],
      },
    ]);
  });

  it("counts an activity whose plan-year amount could not be read as in the year", () => {
    // C's 2026 cell holds text, D's an Excel error: both are in 2026 with one partner each, so the
    // share is 2 of 4, not a confident 2 of 2.
    const rows = [
      head,
      ["A", "fsb; SAB", null, 1],
      ["B", "SSP og skolen", null, 1],
      ["C", "Politiet", null, "ca. 300.000"],
      ["D", "Biblioteket", null, { error: "#DIV/0!" }],
    ];
    expect(runRule(partnersTarget, grid(rows))).toMatchObject([
      { code: "PARTNERS_BELOW_TARGET", withTwo: 2, total: 4, share: 0.5 },
    ]);
  });

  it("reports the share as info when the target is met (75 % exactly)", () => {
    const rows = [
      head,
      ["A", "fsb; SAB", null, 1],
      ["B", "SSP og skolen", null, 1],
      ["C", "Politiet\nSSP", null, 1],
      ["D", "KFF", null, 1],
    ];
    expect(runRule(partnersTarget, grid(rows))).toEqual([
      {
        code: "PARTNERS_SHARE",
        severity: "info",
        at: at("B1"),
        year: 2026,
        withTwo: 3,
        total: 4,
        share: 0.75,
        target: 0.75,
        separators: ["semicolon", "og", "lineBreak"],
      },
    ]);
  });

  it('counts a lone "?" as none, "OG" as a separator, a suspended compound as one partner and the whole partnership as two or more', () => {
    const rows = [
      head,
      ["A", "?", null, 1],
      ["B", "fsb OG AAB", null, 1],
      ["C", "Teknik- og Miljøforvaltningen", null, 1],
      ["D", "Alle partnerskabets parter", null, 1],
      ["E", "Teknik- og Miljøforvaltningen; Kultur- og Fritidsforvaltningen", null, 1],
    ];
    expect(runRule(partnersTarget, grid(rows))).toEqual([
      {
        code: "PARTNERS_BELOW_TARGET",
        severity: "warning",
        at: at("B1"),
        year: 2026,
        withTwo: 3,
        total: 5,
        share: 3 / 5,
        target: 0.75,
        separators: ["og", "semicolon"],
      },
    ]);
  });

  it("is silent without a partners column", () => {
    expect(
      runRule(
        partnersTarget,
        grid([
          ["Aktivitet", 2026],
          ["A", 1],
        ])
      )
    ).toEqual([]);
  });
});
