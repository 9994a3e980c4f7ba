import { langFromDisplayLanguage, luminance, officeEnv } from "./officeEnv";

type G = { Office?: unknown };
const g = globalThis as G;

afterEach(() => {
  delete g.Office;
});

describe("officeEnv", () => {
  it("defaults to Danish and light without office.js", () => {
    expect(officeEnv()).toEqual({ lang: "da", dark: false });
  });

  it.each([
    ["da-DK", "da"],
    ["da", "da"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "da"],
  ])("display language %p → %p", (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });

  it("follows a dark Office theme by its background colour", () => {
    g.Office = {
      context: { displayLanguage: "en-GB", officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    expect(officeEnv()).toEqual({ lang: "en", dark: true });
    g.Office = {
      context: { displayLanguage: "da-DK", officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
    };
    expect(officeEnv()).toEqual({ lang: "da", dark: false });
  });

  it("prefers the host's own dark flag when it has one", () => {
    g.Office = {
      context: {
        displayLanguage: "da-DK",
        officeTheme: { bodyBackgroundColor: "#FFFFFF", isDarkTheme: true },
      },
    };
    expect(officeEnv()).toEqual({ lang: "da", dark: true });
  });

  it("computes relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance("#262626")).toBeCloseTo(0.0194, 3);
    expect(luminance("white")).toBeUndefined();
  });
});
