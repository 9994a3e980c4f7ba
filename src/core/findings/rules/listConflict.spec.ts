import { listConflict } from "./listConflict";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("LIST_CONFLICT", () => {
  it("names both cells where one activity's rows disagree; blanks and spelling are no conflict", () => {
    const rows = [
      ["Aktivitet", "Indsatsområde", "Ansvarlig", "År", "Beløb"],
      ["Haven", "Aktive byrum", "fsb", 2026, 1000],
      ["Din fritid", "Positive fællesskaber", null, 2026, 1000],
      ["Haven", null, "FSB.", 2027, 1000],
      ["Haven", "Positive fællesskaber", "SAB", 2028, 1000],
      ["Haven", "Uddannelse", null, 2028, 1000],
    ];
    expect(runRule(listConflict, grid(rows))).toEqual([
      {
        code: "LIST_CONFLICT",
        severity: "warning",
        at: at("B5"),
        activityId: 0,
        activity: "Haven",
        role: "area",
        value: "Positive fællesskaber",
        first: at("B2"),
        firstValue: "Aktive byrum",
      },
      {
        code: "LIST_CONFLICT",
        severity: "warning",
        at: at("C5"),
        activityId: 0,
        activity: "Haven",
        role: "responsible",
        value: "SAB",
        first: at("C2"),
        firstValue: "fsb",
      },
    ]);
  });

  it("says nothing on a wide table", () => {
    const rows = [
      ["Aktivitet", "Indsatsområde", 2026],
      ["Haven", "Aktive byrum", 1000],
      ["Haven", "Positive fællesskaber", 1000],
    ];
    expect(runRule(listConflict, grid(rows))).toEqual([]);
  });
});
