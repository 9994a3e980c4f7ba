// Webpack plugin (production builds): the pane's light and dark themes (src/taskpane/theme.ts) carry
// only the values the bundle uses. Fluent's full themes hold 459 values each, built at run time from
// its palettes (about 8 KB gzip of the start-up chunk); the pane's CSS uses about 130 of them.
//
// theme.ts reads two constants this plugin defines as placeholders, so webpack drops Fluent's themes
// from the bundle. Once every chunk is emitted (lazy ones too) and before minification, the plugin
// reads which theme names the code mentions, computes those values here in Node from Fluent's own
// themes, and writes them in place of the placeholders. realContentHash then renames the files to
// their final content. Values are copied from Fluent, never guessed.
const { webDarkTheme, webLightTheme } = require("@fluentui/tokens");

const NAME = "PruneThemes";
/** Each theme's placeholder: the constant theme.ts reads, and the string it stands for in the bundle. */
const PLACEHOLDERS = { light: "__BUDGETTJEK_LIGHT_THEME__", dark: "__BUDGETTJEK_DARK_THEME__" };
const FULL_THEMES = { light: webLightTheme, dark: webDarkTheme };
/** Fluent names a component's own CSS variables --fui-<Component>…; they are not theme values. */
const COMPONENT_VARIABLE = /^fui-/;

/**
 * The theme names `texts` mention, and the CSS variables they use that no theme defines. A name
 * counts where it stands as a whole word: in `var(--colorNeutralForeground1)` (CSS, also inside JS
 * strings) and in a read such as `theme.colorNeutralBackground2` (JS that uses a value itself).
 */
function usedThemeNames(texts, themeNames) {
  const used = new Set();
  const unknownVariables = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (themeNames.has(m[0])) used.add(m[0]);
    }
    for (const m of text.matchAll(/var\(\s*--([\w-]+)/g)) {
      if (!themeNames.has(m[1]) && !COMPONENT_VARIABLE.test(m[1])) unknownVariables.add(m[1]);
    }
  }
  return { used, unknownVariables };
}

/**
 * Each theme with only the names in `used`, in one order. A name some theme lacks is refused: a
 * variable defined in one theme only would leave the other without a value.
 */
function pruneThemes(themes, used) {
  const names = [...used].sort();
  const pruned = {};
  for (const [kind, theme] of Object.entries(themes)) {
    const missing = names.filter((n) => !Object.prototype.hasOwnProperty.call(theme, n));
    if (missing.length) {
      throw new Error(`pruneThemes: the ${kind} theme has no ${missing.join(", ")}`);
    }
    pruned[kind] = Object.fromEntries(names.map((n) => [n, theme[n]]));
  }
  return pruned;
}

/** Writes `code` over every `"<placeholder>"` in `text` (the source's content); adds what it found. */
function fillPlaceholders(source, text, replacements, found) {
  for (const [placeholder, code] of replacements) {
    const quoted = JSON.stringify(placeholder);
    for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + quoted.length)) {
      source.replace(at, at + quoted.length - 1, code);
      found.add(placeholder);
    }
  }
}

class PruneThemes {
  apply(compiler) {
    const { Compilation, DefinePlugin, WebpackError, sources } = compiler.webpack;
    const defined = {};
    for (const p of Object.values(PLACEHOLDERS)) defined[p] = JSON.stringify(p);
    new DefinePlugin(defined).apply(compiler);

    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After every chunk is rendered, before the minifier (OPTIMIZE_SIZE) and the content hashes.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          const files = Object.keys(assets).filter((f) => /\.(m?js|css)$/.test(f));
          const texts = new Map(files.map((f) => [f, assets[f].source().toString()]));
          const themeNames = new Set(Object.keys(webLightTheme));
          const { used, unknownVariables } = usedThemeNames(texts.values(), themeNames);
          if (unknownVariables.size) {
            compilation.errors.push(
              new WebpackError(
                `${NAME}: the bundle uses CSS variables no theme defines: ` +
                  `${[...unknownVariables].map((n) => `--${n}`).join(", ")}`
              )
            );
          }
          const pruned = pruneThemes(FULL_THEMES, used);
          const replacements = Object.entries(PLACEHOLDERS).map(([kind, p]) => [
            p,
            `(${JSON.stringify(pruned[kind])})`,
          ]);
          const found = new Set();
          for (const [file, text] of texts) {
            if (!replacements.some(([p]) => text.includes(p))) continue;
            const source = new sources.ReplaceSource(assets[file]);
            fillPlaceholders(source, text, replacements, found);
            compilation.updateAsset(file, source);
          }
          const absent = replacements.map(([p]) => p).filter((p) => !found.has(p));
          if (absent.length) {
            compilation.errors.push(
              new WebpackError(
                `${NAME}: ${absent.join(" and ")} not found in the bundle; ` +
                  "src/taskpane/theme.ts should read them"
              )
            );
          }
          compilation.getLogger(NAME).info(`kept ${used.size} of ${themeNames.size} theme values`);
        }
      );
    });
  }
}

module.exports = { PruneThemes, usedThemeNames, pruneThemes, PLACEHOLDERS };
