import { HostError } from "../host/HostError";
import { FakeOfficeError } from "../../tests/office/standIn";
import { mapped, toHostError } from "./officeErrors";

describe("toHostError", () => {
  it.each([
    ["AccessDenied", "PROTECTED"],
    ["ResponsePayloadSizeLimitExceeded", "TOO_LARGE"],
    ["RequestPayloadSizeLimitExceeded", "TOO_LARGE"],
    ["ApiNotFound", "NOT_SUPPORTED"],
    ["NotImplemented", "NOT_SUPPORTED"],
    ["InvalidOperationInCellEditMode", "EDIT_MODE"],
    ["ItemAlreadyExists", "NAME_TAKEN"],
    ["ItemNotFound", "SHEET_MISSING"],
    ["GeneralException", "UNKNOWN"],
  ])("%s → %s, keeping the original text", (code, expected) => {
    const e = toHostError(new FakeOfficeError(code, "Arket er låst."));
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(expected);
    expect(e.detail).toBe(`${code}: Arket er låst.`);
  });

  it("passes HostErrors through and wraps anything else as UNKNOWN", () => {
    const h = new HostError("FILE_ENCRYPTED");
    expect(toHostError(h)).toBe(h);
    expect(toHostError(new TypeError("x is undefined"))).toMatchObject({
      code: "UNKNOWN",
      detail: "x is undefined",
    });
    expect(toHostError("streng")).toMatchObject({ code: "UNKNOWN", detail: "streng" });
  });

  it("rethrows mapped, never swallows", async () => {
    await expect(
      mapped(async () => {
        throw new FakeOfficeError("AccessDenied");
      })
    ).rejects.toMatchObject({ code: "PROTECTED" });
    await expect(mapped(async () => 7)).resolves.toBe(7);
  });
});
