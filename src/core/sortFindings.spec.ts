import { sortFindings } from "./sortFindings";
import type { Finding } from "./types";

const f = (code: Finding["code"], severity: Finding["severity"], cell?: string): Finding => ({
  code,
  severity,
  ...(cell ? { cell } : {}),
  values: {},
});

describe("sortFindings", () => {
  it("severity first, then sheet order (row, then column); sheet-wide findings lead", () => {
    const input = [
      f("FIXED_GRANT", "info", "Plan!F18"),
      f("NEGATIVE_AMOUNT", "warning", "Plan!C10"),
      f("NOT_A_NUMBER", "error", "Plan!D5"),
      f("NOT_A_NUMBER", "error", "Plan!B5"),
      f("OVER_FRAME", "error"),
      f("AMBIGUOUS_NUMBER", "warning", "Plan!AA2"),
      f("TOTAL_MISMATCH", "warning", "Plan!B9"),
    ];
    expect(sortFindings(input).map((x) => `${x.code} ${x.cell ?? ""}`)).toEqual([
      "OVER_FRAME ",
      "NOT_A_NUMBER Plan!B5",
      "NOT_A_NUMBER Plan!D5",
      "AMBIGUOUS_NUMBER Plan!AA2",
      "TOTAL_MISMATCH Plan!B9",
      "NEGATIVE_AMOUNT Plan!C10",
      "FIXED_GRANT Plan!F18",
    ]);
  });

  it("keeps the input order for equal keys and does not mutate the input", () => {
    const a = f("OVER_FRAME", "error");
    const b = f("NO_ANCHOR_COLUMN", "error");
    const input = [a, b];
    expect(sortFindings(input)).toEqual([a, b]);
    expect(input).toEqual([a, b]);
  });

  it("orders by the cell's row and column however the sheet part is written", () => {
    const input = [
      f("NOT_A_NUMBER", "error", "'Plan ''2026'' !'!$C$10"),
      f("NOT_A_NUMBER", "error", "'Plan ''2026'' !'!B10"),
      f("NOT_A_NUMBER", "error", "Plan!AB2"),
      f("NOT_A_NUMBER", "error", "not an address"),
      f("NOT_A_NUMBER", "error", "C3"),
      f("NOT_A_NUMBER", "error", "Plan!ABCD1"),
      f("NOT_A_NUMBER", "error", "Plan!A0"),
    ];
    expect(sortFindings(input).map((x) => x.cell)).toEqual([
      "not an address",
      "Plan!ABCD1",
      "Plan!A0",
      "Plan!AB2",
      "C3",
      "'Plan ''2026'' !'!B10",
      "'Plan ''2026'' !'!$C$10",
    ]);
  });
});
