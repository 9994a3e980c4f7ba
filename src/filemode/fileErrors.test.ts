import { HostError } from "../host/HostError";
import { CellEditError, PackageError } from "../ooxml/base/errors";
import { fileHostError } from "./fileErrors";

describe("fileHostError", () => {
  it("keeps the package's problem and the file, for the pane to word", () => {
    const e = fileHostError(new PackageError("BAD_XML", "xl/styles.xml", "bad"), "plan.xlsx");
    expect(e).toMatchObject({
      code: "FILE_UNREADABLE",
      about: { file: "plan.xlsx", package: { code: "BAD_XML", part: "xl/styles.xml" } },
    });
  });

  it("keeps the sheet and cell of a fix the copy could not take", () => {
    const problem = { code: "ARRAY_FORMULA" as const, sheet: "Budget", cell: "C1" };
    expect(fileHostError(new CellEditError(problem), "plan.xlsx")).toMatchObject({
      code: "FIX_NOT_WRITTEN",
      about: { file: "plan.xlsx", cellEdit: problem },
    });
  });

  it("passes HostErrors through and calls anything else unexpected, keeping its text", () => {
    const h = new HostError("NAME_TAKEN", "Budgetoversigt");
    expect(fileHostError(h, "plan.xlsx")).toBe(h);
    expect(fileHostError(new TypeError("x is undefined"), "plan.xlsx")).toMatchObject({
      code: "UNKNOWN",
      detail: "x is undefined",
    });
  });
});
