// The pane's light and dark themes (the pane in Excel and file mode). In the production build they
// hold only the values the bundle uses: scripts/pruneThemes.js fills them in after bundling, so
// Fluent's palettes and theme builders (about 6 KB gzip) stay out of the start-up chunk. Jest and
// the development build use Fluent's full themes.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

// Defined only by the production build (scripts/pruneThemes.js), as a placeholder it replaces with
// the pruned theme. Elsewhere they are not defined at all, and `typeof` keeps that safe. The test is
// written so webpack decides it at build time and drops Fluent's themes from the bundle.
declare const __BUDGETTJEK_LIGHT_THEME__: Theme;
declare const __BUDGETTJEK_DARK_THEME__: Theme;

export const lightTheme: Theme =
  typeof __BUDGETTJEK_LIGHT_THEME__ !== "undefined" ? __BUDGETTJEK_LIGHT_THEME__ : webLightTheme;

export const darkTheme: Theme =
  typeof __BUDGETTJEK_DARK_THEME__ !== "undefined" ? __BUDGETTJEK_DARK_THEME__ : webDarkTheme;

export const themeFor = (dark: boolean): Theme => (dark ? darkTheme : lightTheme);
