// scripts/pruneThemes.js: the production build's light and dark themes hold exactly the theme values
// the bundle names, copied from Fluent's themes, and a CSS variable no theme defines stops the build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import webpack from "webpack";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const prune = require("../../scripts/pruneThemes.js") as {
  PruneThemes: new () => webpack.WebpackPluginInstance;
  usedThemeNames(
    texts: Iterable<string>,
    names: Set<string>
  ): { used: Set<string>; unknownVariables: Set<string> };
  pruneThemes(
    themes: Record<string, Theme>,
    used: Set<string>
  ): Record<string, Record<string, unknown>>;
};

const NAMES = new Set(Object.keys(webLightTheme));
const REPO = resolve(__dirname, "../..");

describe("usedThemeNames", () => {
  it("finds CSS variables in CSS and in JS strings, and values JS reads itself", () => {
    const { used, unknownVariables } = prune.usedThemeNames(
      [
        ".f1{color:var(--colorNeutralForeground1);}",
        'const s = ["a{padding:var(--spacingHorizontalM) var( --spacingVerticalS)}"];',
        "document.body.style.backgroundColor = t.colorNeutralBackground2;",
        // A longer name is its own name, not the shorter one inside it.
        ".f2{background:var(--colorNeutralBackground1Hover)}",
      ],
      NAMES
    );
    expect([...used].sort()).toEqual([
      "colorNeutralBackground1Hover",
      "colorNeutralBackground2",
      "colorNeutralForeground1",
      "spacingHorizontalM",
      "spacingVerticalS",
    ]);
    expect([...unknownVariables]).toEqual([]);
  });

  it("flags a CSS variable no theme defines, but not a component's own --fui- variable", () => {
    const { used, unknownVariables } = prune.usedThemeNames(
      [".f{color:var(--colorNeutralForegroundd1);gap:var(--fui-Button__icon--spacing)}"],
      NAMES
    );
    expect([...used]).toEqual([]);
    expect([...unknownVariables]).toEqual(["colorNeutralForegroundd1"]);
  });
});

describe("pruneThemes", () => {
  it("keeps exactly the names used, in both themes, with Fluent's values", () => {
    const used = new Set(["colorNeutralForeground1", "fontWeightSemibold", "curveLinear"]);
    const { light, dark } = prune.pruneThemes({ light: webLightTheme, dark: webDarkTheme }, used);
    expect(light).toEqual({
      colorNeutralForeground1: webLightTheme.colorNeutralForeground1,
      curveLinear: webLightTheme.curveLinear,
      fontWeightSemibold: webLightTheme.fontWeightSemibold,
    });
    expect(dark).toEqual({
      colorNeutralForeground1: webDarkTheme.colorNeutralForeground1,
      curveLinear: webDarkTheme.curveLinear,
      fontWeightSemibold: webDarkTheme.fontWeightSemibold,
    });
    expect(light.colorNeutralForeground1).not.toBe(dark.colorNeutralForeground1);
  });

  it("refuses a name a theme does not have", () => {
    const used = new Set(["colorNeutralForeground1", "colorNeutralForegroundd1"]);
    expect(() => prune.pruneThemes({ light: webLightTheme, dark: webDarkTheme }, used)).toThrow(
      "the light theme has no colorNeutralForegroundd1"
    );
    const { colorNeutralForeground1: _, ...darkWithout } = webDarkTheme;
    expect(() =>
      prune.pruneThemes(
        { light: webLightTheme, dark: darkWithout as Theme },
        new Set(["colorNeutralForeground1"])
      )
    ).toThrow("the dark theme has no colorNeutralForeground1");
  });
});

/** Builds `entry` (next to src/taskpane/theme.ts's importer) with the plugin; the bundle and errors. */
async function build(entry: string): Promise<{ code: string; errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "prune-themes-"));
  try {
    writeFileSync(join(dir, "entry.ts"), entry);
    const stats = await new Promise<webpack.Stats>((ok, fail) =>
      webpack(
        {
          mode: "production",
          target: ["web", "es2020"],
          context: REPO,
          entry: join(dir, "entry.ts"),
          output: {
            path: join(dir, "out"),
            filename: "[name].[contenthash:8].js",
            library: { type: "commonjs2" },
          },
          resolve: { extensions: [".ts", ".js"] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: {
                  loader: "swc-loader",
                  options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } },
                },
              },
            ],
          },
          plugins: [new prune.PruneThemes()],
        },
        (err, s) => (err || !s ? fail(err) : ok(s))
      )
    );
    const errors = stats.compilation.errors.map((e) => e.message);
    const file = Object.keys(stats.compilation.assets).find((f) => f.endsWith(".js"));
    const code = file && !errors.length ? readFileSync(join(dir, "out", file), "utf8") : "";
    return { code, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const THEME = JSON.stringify(join(REPO, "src/taskpane/theme.ts"));

describe("the plugin in a production build", () => {
  it("fills both themes with the values the bundle names, and the minified bundle runs", async () => {
    const { code, errors } = await build(`
      import { lightTheme, darkTheme } from ${THEME};
      export const css = ".x{color:var(--colorNeutralForeground1);padding:var(--spacingHorizontalM)}";
      export const page = (dark: boolean) => (dark ? darkTheme : lightTheme).colorNeutralBackground2;
      export { lightTheme, darkTheme };
    `);
    expect(errors).toEqual([]);
    const module = { exports: {} as { lightTheme: Theme; darkTheme: Theme } };
    runInNewContext(code, { module, exports: module.exports });
    const names = ["colorNeutralBackground2", "colorNeutralForeground1", "spacingHorizontalM"];
    const pick = (t: Theme) => Object.fromEntries(names.map((n) => [n, t[n as keyof Theme]]));
    expect(module.exports.lightTheme).toEqual(pick(webLightTheme));
    expect(module.exports.darkTheme).toEqual(pick(webDarkTheme));
    // Fluent's palettes and theme builders are not in the bundle.
    expect(code).not.toContain(webLightTheme.colorPaletteRedBackground1);
    expect(code).not.toContain("BUDGETTJEK");
  }, 120_000);

  it("stops the build on a CSS variable no theme defines", async () => {
    const { errors } = await build(`
      import { lightTheme } from ${THEME};
      export const css = ".x{color:var(--colorNeutralForegroundd1)}";
      export { lightTheme };
    `);
    expect(errors.join("\n")).toContain(
      "the bundle uses CSS variables no theme defines: --colorNeutralForegroundd1"
    );
  }, 120_000);
});
