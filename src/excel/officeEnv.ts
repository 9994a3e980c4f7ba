// Language and theme from Office, so the pane speaks Danish to Danish Office and follows a dark
// Office theme. Everything is feature-detected: officeTheme is missing on some platforms.
import type { Lang } from "../core";

export interface OfficeEnv {
  lang: Lang;
  dark: boolean;
}

/** "#RRGGBB" → relative luminance 0..1, or undefined when not a hex colour. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Danish when Office's display language is Danish ("da-DK", "da"); English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "da";
  return /^da\b/i.test(displayLanguage) ? "da" : "en";
}

export function officeEnv(): OfficeEnv {
  const context = typeof Office === "undefined" ? undefined : Office.context;
  const lang = langFromDisplayLanguage(context?.displayLanguage);
  const theme = context?.officeTheme as Office.OfficeTheme | undefined;
  // isDarkTheme exists on newer hosts; the background colour works everywhere the theme does.
  const flagged = (theme as { isDarkTheme?: boolean } | undefined)?.isDarkTheme;
  const lum = luminance(theme?.bodyBackgroundColor);
  const dark = typeof flagged === "boolean" ? flagged : lum !== undefined && lum < 0.4;
  return { lang, dark };
}

/**
 * Calls `onChange` when Office's theme (or language) differs from the last one seen. Excel has no
 * theme-changed event for task panes (Office.EventType.OfficeThemeChanged is an Outlook mailbox
 * event), so Office.context.officeTheme is read again when the pane gets focus or becomes
 * visible, and every few seconds while it is open: a property read, no round trip.
 */
export function watchOfficeEnv(onChange: (env: OfficeEnv) => void, everyMs = 3000): () => void {
  let last = officeEnv();
  const check = (): void => {
    const next = officeEnv();
    if (next.dark === last.dark && next.lang === last.lang) return;
    last = next;
    onChange(next);
  };
  window.addEventListener("focus", check);
  document.addEventListener("visibilitychange", check);
  const timer = setInterval(check, everyMs);
  return () => {
    window.removeEventListener("focus", check);
    document.removeEventListener("visibilitychange", check);
    clearInterval(timer);
  };
}
