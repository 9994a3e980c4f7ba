import { HostError } from "../host/HostError";
import { errorText } from "./errorText";
import { strings } from "./strings";

describe("errorText", () => {
  it("words refused settings in the pane's language, naming each setting", () => {
    const e = new HostError("SETTINGS_INVALID", undefined, {
      settings: [
        { path: ["planYear"], code: "PLAN_YEAR_TOO_EARLY", value: "1800" },
        { path: ["sheet"], code: "SHEET_NAME_TOO_LONG" },
      ],
    });
    expect(errorText(e, strings.da)).toEqual({
      message: "Indstillingerne kunne ikke gemmes, fordi en af dem ikke er gyldig.",
      detail:
        "Planår: Planår før 1990 (der står «1800»); Ark der tjekkes: Arknavne er højst 31 tegn",
    });
    expect(errorText(e, strings.en).detail).toBe(
      'Plan year: Plan year before 1990 (it says "1800"); Sheet to check: Sheet names are at most 31 characters'
    );
  });

  it("words a file's problem, a fix the copy could not take and a sheet too large, naming them", () => {
    const file = "plan.xlsx";
    const damaged = new HostError("FILE_UNREADABLE", "BAD_XML xl/styles.xml", {
      file,
      package: { code: "BAD_XML", part: "xl/styles.xml" },
    });
    expect(errorText(damaged, strings.da).detail).toBe(
      "plan.xlsx er beskadiget: delen xl/styles.xml er ikke gyldig XML"
    );
    expect(errorText(damaged, strings.en).detail).toBe(
      "plan.xlsx is damaged: the part xl/styles.xml is not well-formed XML"
    );
    const fix = new HostError("FIX_NOT_WRITTEN", "SHARED_FORMULA", {
      file,
      cellEdit: { code: "SHARED_FORMULA", sheet: "Budget", cell: "G7" },
    });
    expect(errorText(fix, strings.da)).toEqual({
      message: strings.da.hostErrors.FIX_NOT_WRITTEN,
      detail:
        "Cellen G7 på arket «Budget» i plan.xlsx er en delt formel, som andre celler bruger; ret den i Excel",
    });
    const big = new HostError("TOO_LARGE", "2000000 cells", {
      cells: { sheet: "Data", count: 2_000_000, max: 1_000_000 },
    });
    expect(errorText(big, strings.da).detail).toBe(
      "Arket «Data» har 2.000.000 udfyldte celler; i browseren læses højst 1.000.000."
    );
  });

  it("keeps the underlying text as the details of any other failure", () => {
    expect(errorText(new HostError("PROTECTED", "AccessDenied"), strings.en)).toEqual({
      message: strings.en.hostErrors.PROTECTED,
      detail: "AccessDenied",
    });
    expect(errorText(new Error("boom"), strings.da)).toEqual({
      message: strings.da.hostErrors.UNKNOWN,
      detail: "boom",
    });
  });
});
