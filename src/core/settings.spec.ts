import { settingsProblemText } from "./words/messages";
import { DEFAULT_FRAME_ORE, parsePersistedSettings, toEngineSettings } from "./settings";

describe("parsePersistedSettings", () => {
  it("accepts an empty store and fills the version", () => {
    expect(parsePersistedSettings(undefined)).toEqual({ ok: true, settings: { version: 1 } });
  });

  it("keeps what is valid", () => {
    const raw = { version: 1, planYear: 2026, defaultFrameKr: 1900000, framesKr: { "2027": 2e6 } };
    expect(parsePersistedSettings(raw)).toEqual({ ok: true, settings: raw });
  });

  it("names each bad value by a code and where it was", () => {
    const r = parsePersistedSettings({
      planYear: "næste år",
      autoRecheck: "ja",
      framesKr: { "2026": "mange", "26": 5 },
      sheet: "x".repeat(32),
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: ["planYear"], code: "PLAN_YEAR_NOT_YEAR", value: "næste år" },
        // JavaScript lists integer-like keys in numeric order: "26" before "2026".
        { path: ["framesKr", "26"], code: "YEAR_KEY" },
        { path: ["framesKr", "2026"], code: "AMOUNT_NOT_NUMBER", value: "mange" },
        { path: ["sheet"], code: "SHEET_NAME_TOO_LONG", value: "x".repeat(32) },
        { path: ["autoRecheck"], code: "NOT_ON_OFF", value: "ja" },
      ],
    });
  });

  it("refuses a negative frame", () => {
    expect(parsePersistedSettings({ defaultFrameKr: -1 })).toEqual({
      ok: false,
      problems: [{ path: ["defaultFrameKr"], code: "AMOUNT_NEGATIVE", value: "-1" }],
    });
  });

  it("gives each schema check its own code, and the whole store one when it is no object", () => {
    const codes = (raw: unknown) => {
      const r = parsePersistedSettings(raw);
      return r.ok ? [] : r.problems.map((p) => `${p.path.join(".")}=${p.code}`);
    };
    expect(codes("ikke json")).toEqual(["=NOT_SETTINGS"]);
    expect(codes({ version: 2, planYear: 1900, sheet: "" })).toEqual([
      "version=VERSION",
      "planYear=PLAN_YEAR_TOO_EARLY",
      "sheet=SHEET_NAME_EMPTY",
    ]);
    expect(
      codes({
        planYear: 2101,
        defaultFrameKr: 1e13,
        overviewSheetName: 5,
        columns: { headerRow: 0, roles: { activity: "7" }, years: "B" },
      })
    ).toEqual([
      "planYear=PLAN_YEAR_TOO_LATE",
      "defaultFrameKr=AMOUNT_TOO_LARGE",
      "columns.headerRow=HEADER_ROW",
      "columns.roles.activity=COLUMN_LETTER",
      "columns.years=WRONG_SHAPE",
      "overviewSheetName=SHEET_NAME_NOT_TEXT",
    ]);
  });
});

describe("settingsProblemText", () => {
  it("words each problem in Danish, naming the setting as the form does and what was stored", () => {
    const r = parsePersistedSettings({
      planYear: "næste år",
      framesKr: { "2026": "mange", "26": 5 },
      columns: { roles: { activity: "7" }, years: { "2027": "1" } },
    });
    if (r.ok) throw new Error("expected problems");
    expect(r.problems.map((p) => settingsProblemText(p, "da"))).toEqual([
      "Planår: Planåret skal være et årstal, fx 2026 (der står «næste år»)",
      "Ramme 26: År skal være fire cifre, fx 2026",
      "Ramme 2026: Beløbet skal være et tal (kroner) (der står «mange»)",
      "Kolonne for Aktivitet: Kolonne skal være bogstaver, fx B (der står «7»)",
      "Kolonne for 2027: Kolonne skal være bogstaver, fx B (der står «1»)",
    ]);
  });

  it("words them in English for an English pane", () => {
    expect(
      settingsProblemText({ path: ["planYear"], code: "PLAN_YEAR_NOT_YEAR", value: "next" }, "en")
    ).toBe('Plan year: The plan year must be a year, e.g. 2026 (it says "next")');
    // Column roles carry the plan's own labels, as on the sheet and in the pane.
    const area = { path: ["columns", "roles", "area"], code: "COLUMN_LETTER" as const };
    expect(settingsProblemText(area, "da")).toBe(
      "Kolonne for Indsatsområde: Kolonne skal være bogstaver, fx B"
    );
    expect(settingsProblemText(area, "en")).toBe(
      "Column for Focus area: A column must be letters, e.g. B"
    );
    expect(settingsProblemText({ path: [], code: "NOT_SETTINGS", value: "x" }, "en")).toBe(
      'The settings: What is stored is not budgettjek\'s settings (it says "x")'
    );
  });
});

describe("toEngineSettings", () => {
  it("uses the built-in frame when none was given, and says it was not the user's", () => {
    expect(toEngineSettings({ version: 1 }, 2026)).toEqual({
      planYear: undefined,
      defaultFrame: DEFAULT_FRAME_ORE,
      frameGiven: false,
      frames: {},
      sheet: undefined,
      columns: undefined,
      currentYear: 2026,
    });
  });

  it("turns kroner into øre and marks a frame the user gave", () => {
    const s = toEngineSettings(
      { version: 1, defaultFrameKr: 1800000.5, framesKr: { "2027": 2000000 } },
      2026
    );
    expect(s.defaultFrame).toBe(180000050);
    expect(s.frameGiven).toBe(true);
    expect(s.frames).toEqual({ 2027: 200000000 });
  });
});
