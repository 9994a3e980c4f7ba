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

  it("keeps the underlying text as the details of any other failure", () => {
    expect(errorText(new HostError("PROTECTED", "AccessDenied"), strings.en)).toEqual({
      message: strings.en.hostErrors.PROTECTED,
      detail: "AccessDenied",
    });
    expect(errorText(new Error("boom"), strings.da)).toEqual({
      message: strings.da.unexpectedError,
      detail: "boom",
    });
  });
});
