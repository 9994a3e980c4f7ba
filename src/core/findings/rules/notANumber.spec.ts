import { notANumber } from "./notANumber";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

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
        at: at("B2"),
        activityId: 0,
        activity: "Det gode valg",
        year: 2026,
        value: { text: "ca. 50.000" },
      },
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        at: at("B3"),
        activityId: 1,
        activity: "Din fritid",
        year: 2026,
        value: { error: "#REF!" },
      },
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        at: at("C3"),
        activityId: 1,
        activity: "Din fritid",
        year: 2027,
        value: { text: "SAND" },
      },
    ]);
  });
});
