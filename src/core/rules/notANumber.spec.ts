import { notANumber } from "./notANumber";
import { grid, runRule } from "./testing";

describe("NOT_A_NUMBER", () => {
  it("flags text and Excel errors in amount cells; they are left out of the sums", () => {
    const rows = [
      ["Aktivitet", 2026, 2027],
      ["Det gode valg", "ca. 50.000", 10000],
      ["Din fritid", { error: "#REF!" }, true],
      ["Haven", "120.000 kr.", "-"],
    ];
    expect(runRule(notANumber, grid(rows))).toEqual([
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        cell: "Plan!B2",
        activity: "Det gode valg",
        year: 2026,
        values: { text: "ca. 50.000" },
      },
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        cell: "Plan!B3",
        activity: "Din fritid",
        year: 2026,
        values: { error: "#REF!" },
      },
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        cell: "Plan!C3",
        activity: "Din fritid",
        year: 2027,
        values: { text: "SAND" },
      },
    ]);
  });
});
