import { mergesUnread } from "./mergesUnread";
import { findingMessage } from "../../words/messages/index";
import { grid, runRule } from "../../../../tests/doubles/ruleTesting";

const rows = [
  ["Aktivitet", 2026],
  ["A", 100],
];

describe("MERGES_UNREAD", () => {
  it("says once, as info, that the sheet was checked without its merged cells, and why", () => {
    const g = { ...grid(rows), mergesUnread: "tooMany" as const };
    expect(runRule(mergesUnread, g)).toEqual([
      { code: "MERGES_UNREAD", severity: "info", sheet: "Plan", reason: "tooMany" },
    ]);
    const old = { ...grid(rows), mergesUnread: "notSupported" as const };
    expect(runRule(mergesUnread, old)).toEqual([
      { code: "MERGES_UNREAD", severity: "info", sheet: "Plan", reason: "notSupported" },
    ]);
  });

  it("is silent when the merges were read, or the shell gives none", () => {
    expect(runRule(mergesUnread, grid(rows))).toEqual([]);
  });
});

describe("MERGES_UNREAD in words", () => {
  it("names the reason: too many areas, or an Excel too old to read them", () => {
    const f = { code: "MERGES_UNREAD", severity: "info", sheet: "Plan" } as const;
    expect(findingMessage({ ...f, reason: "tooMany" }, "da")).toContain(
      "512 eller flere flettede områder"
    );
    const old = findingMessage({ ...f, reason: "notSupported" }, "da");
    expect(old).toContain("denne version af Excel kan ikke læse dem");
    expect(old).not.toContain("512");
    expect(findingMessage({ ...f, reason: "notSupported" }, "en")).toContain(
      "this version of Excel cannot read them"
    );
  });
});
