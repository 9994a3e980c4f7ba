// Scaling by the sheet's unit is exact: decimal digits shifted in integer arithmetic, for number
// cells (through their shortest decimal string) and text cells alike.
import fc from "fast-check";
import { digitsToOre, numberToOre, type AmountUnit } from "./amountScale";
import { parseAmount } from "./parseAmount";

const oreOf = (v: number | string, unit: AmountUnit): number | undefined => {
  const p = parseAmount(v, unit);
  return p.kind === "amount" ? p.ore : undefined;
};

describe("numberToOre and parseAmount: each unit", () => {
  test.each<[number | string, AmountUnit, number]>([
    [120, "1000", 12_000_000],
    [1900, "1000", 190_000_000],
    [0.006, "mio", 600_000],
    [0.12, "mio", 12_000_000],
    [1.9, "mio", 190_000_000],
    [0.31, "mio", 31_000_000],
    [120.5, "1000", 12_050_000],
    [0.1 + 0.2, "kr", 30],
    [-5, "1000", -500_000],
    [1e-7, "mio", 10], // 0,1 kr.
    ["120", "1000", 12_000_000],
    ["0,006", "mio", 600_000],
    ["1.900", "1000", 190_000_000],
    ["120,5", "1000", 12_050_000],
    ["-37,5", "1000", -3_750_000],
    // A text that names millions is millions whatever the sheet's unit.
    ["1,9 mio.", "1000", 190_000_000],
    ["1,9 mio. kr.", "kr", 190_000_000],
  ])("%p in %p is %p øre", (v, unit, expected) => {
    expect(oreOf(v, unit)).toBe(expected);
  });

  it("is what a float product would get wrong", () => {
    expect(0.29 * 1e8).not.toBe(29_000_000);
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(numberToOre(0.29, "mio")).toBe(29_000_000);
    expect(numberToOre(1.005, "kr")).toBe(101);
  });
});

describe("rounding to whole øre: half up, away from zero", () => {
  test.each<[number | string, number]>([
    ["120,555", 12056],
    ["120,554", 12055],
    ["-120,555", -12056],
    [120.555, 12056],
    [-120.555, -12056],
    [0.125, 13],
    [0.005, 1],
    [0.004, 0],
  ])("%p kr. is %p øre", (v, expected) => {
    expect(oreOf(v, "kr")).toBe(expected);
  });
  it("rounds after scaling: 0,000005555 mio. is 5,555 kr., so 5,56 kr.", () => {
    expect(oreOf("0,0000055", "mio")).toBe(550);
    expect(oreOf("0,000005555", "mio")).toBe(556);
    expect(oreOf(0.000005555, "mio")).toBe(556);
  });
});

describe("what is too big or not finite is not an amount", () => {
  it("refuses what øre cannot hold exactly", () => {
    expect(numberToOre(1e20, "kr")).toBeUndefined();
    expect(numberToOre(1e12, "mio")).toBeUndefined();
    expect(numberToOre(Infinity, "kr")).toBeUndefined();
    expect(numberToOre(NaN, "1000")).toBeUndefined();
    expect(parseAmount(1e12, "mio")).toEqual({ kind: "text", text: "1000000000000" });
  });
  it("shifts digits with a negative remainder to zero", () => {
    expect(digitsToOre("0", "0001", 0)).toBe(0);
    expect(digitsToOre("0", "005", 0)).toBe(1);
  });
});

/** A decimal with `decimals` fraction digits as integer parts (sign, whole, fraction). */
const decimalParts = (decimals: number, maxWhole: number) =>
  fc.record({
    negative: fc.boolean(),
    whole: fc.integer({ min: 0, max: maxWhole }),
    frac: fc.integer({ min: 0, max: 10 ** decimals - 1 }),
  });

function asText(p: { negative: boolean; whole: number; frac: number }, decimals: number): string {
  const frac = decimals === 0 ? "" : "," + String(p.frac).padStart(decimals, "0");
  return (p.negative ? "-" : "") + String(p.whole) + frac;
}

/** The expected øre by BigInt arithmetic, independent of the code under test. */
function expectedOre(
  p: { negative: boolean; whole: number; frac: number },
  decimals: number,
  exp10: number
): number {
  const scaled =
    (BigInt(p.whole) * 10n ** BigInt(decimals) + BigInt(p.frac)) * 10n ** BigInt(2 + exp10);
  const ore = Number(scaled / 10n ** BigInt(decimals));
  return p.negative && ore !== 0 ? -ore : ore;
}

describe("property: scaling is exact", () => {
  it("any amount with up to 2 decimals in kr., as a number cell and as text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), decimalParts(2, 10 ** 12), (d, raw) => {
        const p = { ...raw, frac: raw.frac % 10 ** d };
        const want = expectedOre(p, d, 0);
        expect(oreOf(asText(p, d), "kr")).toBe(want);
        expect(oreOf(Number(asText(p, d).replace(",", ".")), "kr")).toBe(want);
      }),
      { numRuns: 2000 }
    );
  });
  it("any amount with up to 6 decimals in mio., as a number cell and as text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), decimalParts(6, 10 ** 5), (d, raw) => {
        const p = { ...raw, frac: raw.frac % 10 ** d };
        const want = expectedOre(p, d, 6);
        expect(oreOf(asText(p, d), "mio")).toBe(want);
        expect(oreOf(Number(asText(p, d).replace(",", ".")), "mio")).toBe(want);
      }),
      { numRuns: 2000 }
    );
  });
  it("any amount with up to 5 decimals in 1.000 kr.", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), decimalParts(5, 10 ** 9), (d, raw) => {
        const p = { ...raw, frac: raw.frac % 10 ** d };
        const want = expectedOre(p, d, 3);
        expect(oreOf(Number(asText(p, d).replace(",", ".")), "1000")).toBe(want);
      }),
      { numRuns: 2000 }
    );
  });
});
