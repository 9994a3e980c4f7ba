import { parseAmount, parseKroner, type ParsedAmount } from "./parseAmount";
import type { CellValue, Ore } from "../types";

const amount = (kr: number): ParsedAmount => ({ kind: "amount", ore: Math.round(kr * 100) as Ore });

describe("parseAmount: what reads as an amount", () => {
  test.each<[CellValue, ParsedAmount]>([
    [120000, amount(120000)],
    [0, amount(0)],
    [1900000.5, amount(1900000.5)],
    [0.1 + 0.2, { kind: "amount", ore: 30 as Ore }],
    [-5000, amount(-5000)],
    ["120.000", amount(120000)],
    ["120.000 kr.", amount(120000)],
    ["120.000 kr", amount(120000)],
    ["kr. 25.000", amount(25000)],
    ["Kr. 25.000", amount(25000)],
    ["25.000,-", amount(25000)],
    ["1.900.000,50", amount(1900000.5)],
    ["1,9 mio.", amount(1900000)],
    ["1,9 mio. kr.", amount(1900000)],
    ["2 mio", amount(2000000)],
    ["0,31 mio. kr.", amount(310000)],
    ["DKK 1.900.000", amount(1900000)],
    ["1.900.000 DKK", amount(1900000)],
    ["1\u00a0900\u00a0000", amount(1900000)],
    ["1\u2009900\u2009000 kr.", amount(1900000)],
    ["120.000\u00a0kr.", amount(120000)],
    ["30.000.", amount(30000)],
    ["1900000", amount(1900000)],
    ["  6.000  ", amount(6000)],
    ["-5.000", amount(-5000)],
    ["– 5.000 kr.", amount(-5000)],
    ["kr. -5.000", amount(-5000)],
    ["120,5", amount(120.5)],
  ])("%p", (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });
});

describe("parseAmount: blanks", () => {
  test.each<CellValue>([null, "", "   ", "-", "–", "—", "\u00a0"])("%p is blank", (input) => {
    expect(parseAmount(input)).toEqual({ kind: "blank" });
  });
});

describe("parseAmount: ambiguous notation", () => {
  it("reads 250,000 the Danish way (250) and keeps the English reading", () => {
    expect(parseAmount("250,000")).toEqual({
      kind: "amount",
      ore: 25000,
      ambiguous: { reading: "da", used: 25000, other: 25000000 },
    });
  });
  it("reads 1,900,000 the English way: Danish has no reading of it", () => {
    expect(parseAmount("1,900,000")).toEqual({
      kind: "amount",
      ore: 190000000,
      ambiguous: { reading: "en", used: 190000000 },
    });
  });
  it("reads 1234.50 as English decimals", () => {
    expect(parseAmount("1234.50")).toEqual({
      kind: "amount",
      ore: 123450,
      ambiguous: { reading: "en", used: 123450 },
    });
  });
  it("keeps the sign on both readings", () => {
    expect(parseAmount("-250,000 kr.")).toEqual({
      kind: "amount",
      ore: -25000,
      ambiguous: { reading: "da", used: -25000, other: -25000000 },
    });
  });
});

describe("parseAmount: refused", () => {
  test.each<[CellValue, ParsedAmount]>([
    ["ca. 50.000", { kind: "text", text: "ca. 50.000" }],
    ["50.000?", { kind: "text", text: "50.000?" }],
    ["se note", { kind: "text", text: "se note" }],
    ["12.34.56", { kind: "text", text: "12.34.56" }],
    ["1.9000", { kind: "text", text: "1.9000" }],
    ["kr.", { kind: "text", text: "kr." }],
    ["mio.", { kind: "text", text: "mio." }],
    [true, { kind: "text", text: "SAND" }],
    [false, { kind: "text", text: "FALSK" }],
    [Number.NaN, { kind: "text", text: "NaN" }],
    [Infinity, { kind: "text", text: "Infinity" }],
    [1e300, { kind: "text", text: "1e+300" }],
    // Too large for exact øre, written as text: refused as the same number typed as a number is.
    ["999.994.893.998.647 kr.", { kind: "text", text: "999.994.893.998.647 kr." }],
    ["158337269104817,58", { kind: "text", text: "158337269104817,58" }],
    [{ error: "#REF!" }, { kind: "error", error: "#REF!" }],
    [{ error: "#DIV/0!" }, { kind: "error", error: "#DIV/0!" }],
  ])("%p", (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });
});

describe("parseKroner (user input)", () => {
  test.each<[string, number | undefined]>([
    ["1.900.000", 190000000],
    ["1,9 mio.", 190000000],
    ["1900000", 190000000],
    ["1.900.000 kr.", 190000000],
    ["0", 0],
    ["250,000", undefined],
    ["-5.000", undefined],
    ["", undefined],
    ["ca. 2 mio.", undefined],
  ])("%p → %p", (input, ore) => {
    expect(parseKroner(input)).toBe(ore);
  });
});
