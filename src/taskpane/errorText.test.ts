import { HostError } from "../host/HostError";
import { errorText, needsLaterWords } from "./errorText";
import { strings } from "./strings";
import { laterStrings } from "./words/later";

describe("errorText", () => {
  it("words refused settings in the pane's language, naming each setting", () => {
    const e = new HostError("SETTINGS_INVALID", undefined, {
      settings: [
        { path: ["planYear"], code: "PLAN_YEAR_TOO_EARLY", value: "1800" },
        { path: ["sheet"], code: "SHEET_NAME_TOO_LONG" },
      ],
    });
    expect(errorText(e, laterStrings.da)).toEqual({
      message: "Indstillingerne kunne ikke gemmes, fordi en af dem ikke er gyldig.",
      detail:
        "Planår: Planår før 1990 (der står «1800»); Ark der tjekkes: Arknavne er højst 31 tegn",
    });
    expect(errorText(e, laterStrings.en).detail).toBe(
      'Plan year: Plan year before 1990 (it says "1800"); Sheet to check: Sheet names are at most 31 characters'
    );
  });

  it("words a file's problem, a fix the copy could not take and a sheet too large, naming them", () => {
    const file = "plan.xlsx";
    const damaged = new HostError("FILE_UNREADABLE", "BAD_XML xl/styles.xml", {
      file,
      package: { code: "BAD_XML", part: "xl/styles.xml" },
    });
    expect(errorText(damaged, laterStrings.da).detail).toBe(
      "plan.xlsx er beskadiget: delen xl/styles.xml er ikke gyldig XML"
    );
    expect(errorText(damaged, laterStrings.en).detail).toBe(
      "plan.xlsx is damaged: the part xl/styles.xml is not well-formed XML"
    );
    const fix = new HostError("FIX_NOT_WRITTEN", "SHARED_FORMULA", {
      file,
      cellEdit: { code: "SHARED_FORMULA", sheet: "Budget", cell: "G7" },
    });
    expect(errorText(fix, laterStrings.da)).toEqual({
      message: laterStrings.da.actionErrors.FIX_NOT_WRITTEN,
      detail:
        "Cellen G7 på arket «Budget» i plan.xlsx er en delt formel, som andre celler bruger; ret den i Excel",
    });
    const big = new HostError("TOO_LARGE", "2000000 cells", {
      cells: { sheet: "Data", count: 2_000_000, max: 1_000_000 },
    });
    expect(errorText(big, laterStrings.da).detail).toBe(
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

  it("words what opening meets with the pane's start-up words, the rest with the later ones", () => {
    const t = strings.da;
    expect(needsLaterWords(new HostError("PROTECTED", "AccessDenied"), t)).toBe(false);
    expect(needsLaterWords(new HostError("EDIT_MODE"), t)).toBe(false);
    expect(needsLaterWords(new Error("boom"), t)).toBe(false);
    expect(needsLaterWords(new HostError("WRITE_TOO_LARGE"), t)).toBe(true);
    expect(needsLaterWords(new HostError("NAME_IN_USE", "x", { nameIn: "table" }), t)).toBe(true);
    // A sheet too large in file mode names its cells: those words come later.
    const big = { cells: { sheet: "Data", count: 2_000_000, max: 1_000_000 } };
    expect(needsLaterWords(new HostError("TOO_LARGE", "2000000 cells", big), t)).toBe(true);
  });

  it("says 'unexpected' with the underlying text when the later words could not load", () => {
    const e = new HostError("WRITE_TOO_LARGE", "RequestPayloadSizeLimitExceeded: too large");
    expect(errorText(e, strings.da)).toEqual({
      message: strings.da.hostErrors.UNKNOWN,
      detail: "RequestPayloadSizeLimitExceeded: too large",
    });
    expect(errorText(e, laterStrings.da).message).toBe(
      laterStrings.da.actionErrors.WRITE_TOO_LARGE
    );
  });
});
