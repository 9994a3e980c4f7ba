import { formatPercent } from "./format";

describe("formatPercent", () => {
  test.each([
    [0.8, "80 %", "80%"],
    [2 / 3, "66,7 %", "66.7%"],
    [0.75, "75 %", "75%"],
    [1, "100 %", "100%"],
  ])("%p", (share, da, en) => {
    expect(formatPercent(share, "da")).toBe(da);
    expect(formatPercent(share, "en")).toBe(en);
  });
});
