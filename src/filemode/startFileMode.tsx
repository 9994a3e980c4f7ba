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

/** Where the page remembers the language the user chose with the switch. */
export const LANG_KEY = "budgettjek.lang";

/**
 * ?lang=da|en, else the language the user chose before (remembered), else Danish: the users are
 * Danish, and many run an English browser, so the browser's language does not decide.
 */
export function pickLang(search: string, remembered: string | null | undefined): Lang {
  const q = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (q === "da" || q === "en") return q;
  return remembered === "en" ? "en" : "da";
}

function rememberedLang(win: Window): string | null {
  try {
    return win.localStorage.getItem(LANG_KEY);
  } catch {
    return null; // storage refused (privacy settings): Danish
  }
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
    lang: pickLang(win.location.search, rememberedLang(win)),
    dark: pickDark(win.location.search, prefersDark),
  };
}

/** Keeps ?lang and ?theme in the address and the language in storage, so the choice stays. */
function rememberPrefs(lang: Lang, dark: boolean): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage refused: the address still carries the choice.
  }
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
