import { fixedGrant } from "./fixedGrant";
import { at, grid, runRule } from "../../../../tests/doubles/ruleTesting";

describe("FIXED_GRANT", () => {
  it("reports a fixed grant found in the grant-type or anchoring cell", () => {
    const rows = [
      ["Aktivitet", "Bevillingstype", "Forankringsplan", 2025, 2026, 2027, 2028],
      [
        "Kommunikation, dialog og synlighed",
        null,
        "Fast 4-årig bevilling",
        250000,
        330000,
        330000,
        330000,
      ],
      ["Akutpulje", "fast", null, null, 20000, null, null],
      ["Gammel fast post", "Fast", null, 10000, null, null, null],
      ["Fastholdelse", "Etårig", null, null, 5000, 5000, null],
    ];
    expect(runRule(fixedGrant, grid(rows))).toEqual([
      {
        code: "FIXED_GRANT",
        severity: "info",
        at: at("C2"),
        activityId: 0,
        activity: "Kommunikation, dialog og synlighed",
        years: [2026, 2027, 2028],
        text: "Fast 4-årig bevilling",
      },
      {
        code: "FIXED_GRANT",
        severity: "info",
        at: at("B3"),
        activityId: 1,
        activity: "Akutpulje",
        years: [2026],
        text: "fast",
      },
    ]);
  });
});
