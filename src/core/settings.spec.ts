import { DEFAULT_FRAME_ORE, parsePersistedSettings, toEngineSettings } from "./settings";

describe("parsePersistedSettings", () => {
  it("accepts an empty store and fills the version", () => {
    expect(parsePersistedSettings(undefined)).toEqual({ ok: true, settings: { version: 1 } });
  });

  it("keeps what is valid", () => {
    const raw = { version: 1, planYear: 2026, defaultFrameKr: 1900000, framesKr: { "2027": 2e6 } };
    expect(parsePersistedSettings(raw)).toEqual({ ok: true, settings: raw });
  });

  it("names each bad value in Danish, with where it was", () => {
    const r = parsePersistedSettings({
      planYear: "næste år",
      autoRecheck: "ja",
      framesKr: { "2026": "mange", "26": 5 },
      sheet: "x".repeat(32),
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        "planYear: Planåret skal være et årstal, fx 2026",
        // JavaScript lists integer-like keys in numeric order: "26" before "2026".
        "framesKr.26: År skal være fire cifre, fx 2026",
        "framesKr.2026: Beløbet skal være et tal (kroner)",
        "sheet: Arknavne er højst 31 tegn",
        "autoRecheck: Skal være til eller fra (true/false)",
      ],
    });
  });

  it("refuses a negative frame", () => {
    expect(parsePersistedSettings({ defaultFrameKr: -1 })).toEqual({
      ok: false,
      problems: ["defaultFrameKr: Beløb må ikke være negativt"],
    });
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
