import { csvAmount, formatAmount, formatCount, formatKr, krToOre, ore, oreToKr } from "./money";

const o = ore;

describe("formatKr", () => {
  test.each([
    [190000000, "1.900.000 kr.", "DKK 1,900,000"],
    [190000050, "1.900.000,50 kr.", "DKK 1,900,000.50"],
    [5, "0,05 kr.", "DKK 0.05"],
    [0, "0 kr.", "DKK 0"],
    [-51000000, "-510.000 kr.", "DKK -510,000"],
    [12345678901, "123.456.789,01 kr.", "DKK 123,456,789.01"],
  ])("%i øre", (ore, da, en) => {
    expect(formatKr(o(ore), "da")).toBe(da);
    expect(formatKr(o(ore), "en")).toBe(en);
  });

  it("formats the number part alone", () => {
    expect(formatAmount(o(12000000), "da")).toBe("120.000");
    expect(formatAmount(o(-100), "en")).toBe("-1");
  });
});

describe("oreToKr / krToOre", () => {
  it("converts both ways", () => {
    expect(oreToKr(o(190000050))).toBe(1900000.5);
    expect(krToOre(1900000.5)).toBe(190000050);
    expect(krToOre(0.1 + 0.2)).toBe(30);
    expect(Object.is(krToOre(-0.001), 0)).toBe(true);
  });
});

describe("csvAmount", () => {
  it("writes kroner with a decimal comma from whole øre", () => {
    expect([o(20000050), o(-2000050), o(5), o(0), o(190000025)].map(csvAmount)).toEqual([
      "200000,5",
      "-20000,5",
      "0,05",
      "0",
      "1900000,25",
    ]);
  });
});

describe("formatCount", () => {
  it("groups thousands as the language does", () => {
    expect(formatCount(20000, "da")).toBe("20.000");
    expect(formatCount(20003, "en")).toBe("20,003");
    expect(formatCount(694, "da")).toBe("694");
  });
});
