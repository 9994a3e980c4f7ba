// The one list of findings: each code declared once (two schemas for one code would make the union
// and the stored-baseline reading ambiguous).
import { findingSchemas } from ".";

const codeOf = (s: (typeof findingSchemas)[number]): string =>
  s._zod.def.shape.code._zod.def.values[0];

describe("the list of findings", () => {
  it("declares each code once", () => {
    const codes = findingSchemas.map(codeOf);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
