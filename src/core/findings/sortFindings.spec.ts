import { a1, parseAddress } from "../sheet/address";
import { sortFindings } from "./sortFindings";
import type { Finding } from "../types";

/** Only what the order reads (severity, position); the rest of a finding does not matter here. */
const f = (code: Finding["code"], severity: Finding["severity"], cell?: string): Finding => {
  const p = cell ? parseAddress(cell) : undefined;
  const at = p ? { at: { sheet: p.sheet ?? "", row: p.row, col: p.col } } : {};
  return { code, severity, ...at } as Finding;
};
const label = (x: Finding) => `${x.code} ${x.at ? a1(x.at) : ""}`;

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
    expect(sortFindings(input).map(label)).toEqual([
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
});
