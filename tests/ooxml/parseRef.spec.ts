// The package reader's hand-written cell-reference parser agrees with the engine's parseAddress.
import fc from "fast-check";
import { columnLetter, parseAddress } from "../../src/core/sheet/address";
import { parseRef } from "../../src/ooxml/read/sheet";

describe("parseRef", () => {
  it("reads every reference Excel can write as parseAddress does, in either case", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        fc.boolean(),
        (row, col, lower) => {
          const letters = columnLetter(col);
          const ref = `${lower ? letters.toLowerCase() : letters}${row + 1}`;
          const p = parseAddress(ref);
          expect(p).toEqual({ row, col });
          expect(parseRef(ref)).toEqual([p!.row, p!.col]);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("gives a negative row or column where parseAddress finds no address", () => {
    for (const ref of ["", "A", "12", "A0", "$"]) {
      expect([ref, parseAddress(ref)]).toEqual([ref, undefined]);
      const [row, col] = parseRef(ref);
      expect([ref, row < 0 || col < 0]).toEqual([ref, true]);
    }
  });
});
