// Entry of file mode: the pane's index.tsx imports this lazily when there is no Office host,
// so neither this UI nor ExcelJS weighs on the add-in's start-up.
import type { PaneProps } from "../taskpane/Pane";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core";
import { FileModeApp } from "./FileModeApp";

export interface PagePrefs {
  lang: Lang;
  dark: boolean;
}

/** ?lang=da|en, else the browser's language (Danish unless it says otherwise). */
export function pickLang(search: string, navigatorLanguage: string | undefined): Lang {
  const q = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (q === "da" || q === "en") return q;
  if (!navigatorLanguage) return "da";
  return navigatorLanguage.toLowerCase().startsWith("da") ? "da" : "en";
}

/** ?theme=dark|light, else the system's colour scheme. */
export function pickDark(search: string, prefersDark: boolean): boolean {
  const q = new URLSearchParams(search).get("theme")?.toLowerCase();
  if (q === "dark") return true;
  if (q === "light") return false;
  return prefersDark;
}

function pagePrefs(win: Window = window): PagePrefs {
  const prefersDark = win.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  return {
    lang: pickLang(win.location.search, win.navigator.language),
    dark: pickDark(win.location.search, prefersDark),
  };
}

/** Keeps ?lang and ?theme in the address, so a reload or a shared link keeps the choice. */
function rememberPrefs(lang: Lang, dark: boolean): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("theme", dark ? "dark" : "light");
  if (url.href === window.location.href) return;
  // office.js sets history.replaceState to null on the instance; the prototype's still works.
  const replace = typeof History === "undefined" ? undefined : History.prototype.replaceState;
  if (typeof replace === "function") replace.call(window.history, null, "", url.href);
}

export function startFileMode(root: HTMLElement, renderPdf?: PaneProps["renderPdf"]): void {
  const prefs = pagePrefs();
  createRoot(root).render(
    <FileModeApp
      initialLang={prefs.lang}
      initialDark={prefs.dark}
      onPrefsChange={rememberPrefs}
      {...(renderPdf ? { renderPdf } : {})}
    />
  );
}
