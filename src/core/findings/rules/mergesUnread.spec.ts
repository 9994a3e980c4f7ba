import { mergesUnread } from "./mergesUnread";
import { grid, runRule } from "../../../../tests/doubles/ruleTesting";

const rows = [
  ["Aktivitet", 2026],
  ["A", 100],
];

describe("MERGES_UNREAD", () => {
  it("says once, as info, that the sheet was checked without its merged cells", () => {
    const g = { ...grid(rows), mergesUnread: true };
    expect(runRule(mergesUnread, g)).toEqual([
      { code: "MERGES_UNREAD", severity: "info", sheet: "Plan" },
    ]);
  });

  it("is silent when the merges were read, or the shell gives none", () => {
    expect(runRule(mergesUnread, { ...grid(rows), mergesUnread: false })).toEqual([]);
    expect(runRule(mergesUnread, grid(rows))).toEqual([]);
  });
});
