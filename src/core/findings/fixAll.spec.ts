import { check } from "../check";
import { fixAllFor } from "./fixAll";
import { fixesFor } from "./fixes";
import { DEFAULT_FRAME_ORE } from "../settings";
import type { CellValue, Report } from "../types";

const settings = { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 };

function reportOf(rows: CellValue[][]): Report {
  const r = check({ sheetName: "Plan", originRow: 0, originCol: 0, rows }, settings);
  if (!r.ok) throw new Error("no table");
  return r.report;
}

const of = (report: Report, code: string) => report.findings.filter((f) => f.code === code);

describe("fixAllFor", () => {
  it("TEXT_AMOUNT: every text amount's one fix, in the findings' order", () => {
    const report = reportOf([
      ["Aktivitet", 2026],
      ["A", "120.000 kr."],
      ["B", 5000],
      ["C", "kr. 25.000"],
    ]);
    const group = of(report, "TEXT_AMOUNT");
    expect(group).toHaveLength(2);
    expect(fixAllFor(group, report)).toEqual(group.map((f) => fixesFor(f, report)[0]));
  });

  it("not for one finding (the finding's own button does that)", () => {
    const report = reportOf([
      ["Aktivitet", 2026],
      ["A", "120.000 kr."],
    ]);
    expect(fixAllFor(of(report, "TEXT_AMOUNT"), report)).toBeUndefined();
  });

  it("never for ambiguous numbers: each is a choice between two readings", () => {
    const report = reportOf([
      ["Aktivitet", 2026],
      ["A", "250,000"],
      ["B", "120,000"],
    ]);
    const group = of(report, "AMBIGUOUS_NUMBER");
    expect(group).toHaveLength(2);
    expect(fixAllFor(group, report)).toBeUndefined();
  });

  it("TOTAL_MISMATCH: a SUM for each total, or nothing when one total has no SUM to offer", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["A", 100, 10],
      ["B", 200, 20],
      ["I alt", 999, 99],
    ]);
    const group = of(report, "TOTAL_MISMATCH");
    expect(group).toHaveLength(2);
    expect(fixAllFor(group, report)?.map((f) => f.write)).toEqual([
      { kind: "formula", formula: "=SUM(B2:B3)", value: 300 },
      { kind: "formula", formula: "=SUM(C2:C3)", value: 30 },
    ]);
    // A total whose rows do not add up to the check's figure gets no SUM: no "fix all" either.
    const odd = {
      ...group[1],
      computed: group[1].code === "TOTAL_MISMATCH" ? 1 : 0,
    } as (typeof group)[1];
    expect(fixAllFor([group[0], odd], report)).toBeUndefined();
  });

  it("not for a mixed list", () => {
    const report = reportOf([
      ["Aktivitet", 2026, 2027],
      ["A", "120.000 kr.", 10],
      ["B", "kr. 200", 20],
      ["I alt", 999, 99],
    ]);
    const mixed = [...of(report, "TEXT_AMOUNT"), ...of(report, "TOTAL_MISMATCH")];
    expect(fixAllFor(mixed, report)).toBeUndefined();
  });
});

describe("the neighbours a number fix takes its format from", () => {
  it("are the four nearest activity rows, upper first at equal distance, as a sort would give", () => {
    // Activities on scattered rows (blank rows between), text amounts among them.
    const rows: CellValue[][] = [["Aktivitet", 2026]];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 120; i++) {
      for (let b = next() % 3; b > 0; b--) rows.push([]);
      rows.push([`A${i}`, next() % 4 === 0 ? `${i + 1}.000 kr.` : 1000]);
    }
    const report = reportOf(rows);
    const actRows = [...new Set(report.activities.map((a) => a.row))];
    const fixes = of(report, "TEXT_AMOUNT").flatMap((f) => fixesFor(f, report));
    expect(fixes.length).toBeGreaterThan(10);
    for (const fix of fixes) {
      if (fix.write.kind !== "number") throw new Error("a number fix");
      const at = fix.at.row;
      const expected = actRows
        .filter((r) => r !== at)
        .sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b)
        .slice(0, 4);
      expect(fix.write.formatFrom.map((p) => p.row)).toEqual(expected);
    }
  });
});
