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
    ["ItemAlreadyExists", "NAME_IN_USE"],
    ["ItemNotFound", "UNKNOWN"],
    ["InvalidOperation", "UNKNOWN"],
    ["GeneralException", "UNKNOWN"],
  ])("%s → %s, keeping the original text", (code, expected) => {
    const e = toHostError(new FakeOfficeError(code, "Arket er låst."));
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(expected);
    expect(e.detail).toBe(`${code}: Arket er låst.`);
  });

  it("tells what a payload too large was by what the call was doing", () => {
    for (const code of ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]) {
      const e = new FakeOfficeError(code);
      expect(toHostError(e).code).toBe("TOO_LARGE");
      expect(toHostError(e, "SHEET_MISSING", "read").code).toBe("TOO_LARGE");
      expect(toHostError(e, undefined, "write").code).toBe("WRITE_TOO_LARGE");
      expect(toHostError(e, undefined, "approve").code).toBe("BASELINE_TOO_LARGE");
    }
  });

  it("opens the sheet-name question only where Excel says a worksheet's name clashed", () => {
    const at = (where?: string) =>
      toHostError(new FakeOfficeError("ItemAlreadyExists", "Findes allerede.", where));
    expect(at("WorksheetCollection.add").code).toBe("NAME_TAKEN");
    expect(at("Worksheet.name").code).toBe("NAME_TAKEN");
    expect(at("Table.name")).toMatchObject({ code: "NAME_IN_USE", about: { nameIn: "table" } });
    expect(at("NamedItemCollection.add")).toMatchObject({
      code: "NAME_IN_USE",
      about: { nameIn: "name" },
    });
    // Excel gives errorLocation "if available": without it, a table or name (our own look-up
    // already refuses a sheet name in use before anything is written).
    expect(at()).toMatchObject({ code: "NAME_IN_USE", about: {} });
  });

  it("maps ItemNotFound to SHEET_MISSING only where the caller looked up the sheet", () => {
    expect(toHostError(new FakeOfficeError("ItemNotFound"), "SHEET_MISSING").code).toBe(
      "SHEET_MISSING"
    );
    expect(toHostError(new FakeOfficeError("ItemNotFound")).code).toBe("UNKNOWN");
  });

  it("maps InvalidOperation raised during cell edit as the edit-mode case", () => {
    const e = new FakeOfficeError(
      "InvalidOperation",
      "The operation is not allowed while the user is in cell edit mode."
    );
    expect(toHostError(e).code).toBe("EDIT_MODE");
  });

  it("passes HostErrors through and wraps anything else as UNKNOWN", () => {
    const h = new HostError("NAME_TAKEN", "Budgetoversigt");
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
