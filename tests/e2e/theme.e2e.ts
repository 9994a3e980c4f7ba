// The production build's themes are pruned to the values the bundle names (scripts/pruneThemes.js).
// Here, with the lazy parts open (settings, changes, file mode's "Vis" preview), every theme
// variable the page's styles use must have Fluent's value under the FluentProvider: in the pane in
// Excel and in file mode, light and dark. A value pruned away would leave a colour or size unset.
import type { Page } from "playwright-core";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { openPage, servedBuild, type WatchedPage } from "./browser";
import { chooseFile, runCheck } from "./pane";
import { revisedSample, sampleSheets } from "./samples";

const served = servedBuild();
const THEME_NAMES = Object.keys(webLightTheme);

interface PageVariables {
  /** Every CSS variable used in a stylesheet rule or an inline style, by name (no leading --). */
  used: string[];
  /** What each theme name among them resolves to on the FluentProvider's element. */
  values: Record<string, string>;
}

/** The CSS variables the page's styles use, and the theme ones' values under the provider. */
function pageVariables(page: Page): Promise<PageVariables> {
  return page.evaluate((themeNames) => {
    const used = new Set<string>();
    const scan = (text: string) => {
      for (const m of text.matchAll(/var\(\s*--([\w-]+)/g)) used.add(m[1]);
    };
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) scan(rule.cssText);
    }
    for (const el of Array.from(document.querySelectorAll("[style]"))) {
      scan(el.getAttribute("style") ?? "");
    }
    const provider = document.querySelector(".fui-FluentProvider");
    if (!provider) throw new Error("no FluentProvider on the page");
    const style = getComputedStyle(provider);
    const theme = new Set(themeNames);
    const values: Record<string, string> = {};
    for (const name of used) {
      if (theme.has(name)) values[name] = style.getPropertyValue(`--${name}`).trim();
    }
    return { used: [...used], values };
  }, THEME_NAMES);
}

/** Theme variables the page uses that are unset or differ from Fluent's theme, and unknown ones. */
function problems({ used, values }: PageVariables, theme: Theme): string[] {
  const out: string[] = [];
  for (const name of used) {
    // A component's own variables (--fui-Button__icon--spacing) are set by the component itself.
    if (name.startsWith("fui-")) continue;
    if (!(name in values)) {
      out.push(`--${name}: no theme defines it`);
      continue;
    }
    const expected = String(theme[name as keyof Theme]);
    if (values[name] !== expected) out.push(`--${name}: "${values[name]}", not "${expected}"`);
  }
  return out;
}

const open = async (page: Page, button: string | RegExp) =>
  page.getByRole("button", { name: button }).first().click();

describe.each([
  ["light", false],
  ["dark", true],
] as const)("%s theme", (_, dark) => {
  const theme = dark ? webDarkTheme : webLightTheme;
  let w: WatchedPage | undefined;
  afterEach(() => w?.close());

  it("the pane in Excel: each theme variable its styles use has the theme's value", async () => {
    const config = {
      sheets: await sampleSheets(),
      activeSheet: "Tryghedsplan 2026",
      displayLanguage: "da-DK",
      officeTheme: dark
        ? { bodyBackgroundColor: "#292929", isDarkTheme: true }
        : { bodyBackgroundColor: "#ffffff", isDarkTheme: false },
    };
    w = await openPage(served.browser, {
      baseUrl: served.server.url,
      office: "standIn",
      initScript: `window.__officeStandInConfig = ${JSON.stringify(config)};`,
    });
    const page = w.page;
    await page.goto(`${served.server.url}/taskpane.html?addin=1`);
    await page.getByRole("heading", { name: "Resultat" }).waitFor();
    await page.getByTestId("changes-section").waitFor();
    await open(page, "Indstillinger");
    await page.getByLabel("Ramme pr. år").waitFor();

    const vars = await pageVariables(page);
    expect(Object.keys(vars.values).length).toBeGreaterThan(50);
    expect(problems(vars, theme)).toEqual([]);
  });

  it("file mode: the same, with changes since approval and a finding's preview open", async () => {
    const { bytes } = await revisedSample();
    w = await openPage(served.browser, { baseUrl: served.server.url });
    const page = w.page;
    await page.goto(`${served.server.url}/index.html?lang=da&theme=${dark ? "dark" : "light"}`);
    await chooseFile(page, {
      name: "tryghedsplan-revideret.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await runCheck(page);
    await page.getByTestId("changed-activities").waitFor();
    await open(page, "Indstillinger");
    await page.getByLabel("Ramme pr. år").waitFor();
    await open(page, /^Vis cellen/);
    await page.locator('[data-testid="sheet-preview"] tr[aria-current="true"]').waitFor();

    const vars = await pageVariables(page);
    expect(Object.keys(vars.values).length).toBeGreaterThan(50);
    expect(problems(vars, theme)).toEqual([]);
  });
});
