// The window's language: every string the UI shows comes from `i18n.m`, a catalog of plain
// strings and functions (no message parser at run time, so the CSP stays strict). The locale
// follows the OS (through the webview's `navigator.languages`) unless Settings chooses one.
import { CATALOGS, type Messages } from "./catalogs";
import { direction, negotiate, type Locale } from "./locales";

export { LOCALES, NATIVE_NAMES, negotiate, direction, type Locale } from "./locales";
export type { Messages } from "./catalogs";

/** The OS's preferred languages (from the core), ahead of the webview's own list. */
let systemTags: readonly string[] = [];

/** The languages the OS prefers, most preferred first. */
export function systemPreference(): string[] {
  return [...systemTags, ...(typeof navigator === "undefined" ? [] : navigator.languages)];
}

/** Remember the OS's preferred languages (WebKitGTK's `navigator.languages` ignores them). */
export function setSystemLocales(tags: readonly string[]): void {
  systemTags = tags;
}

class I18n {
  /** The locale in use. */
  locale: Locale = $state(negotiate(typeof navigator === "undefined" ? [] : navigator.languages));
  /** The catalog of the locale in use. */
  get m(): Messages {
    return CATALOGS[this.locale];
  }
  get dir(): "ltr" | "rtl" {
    return direction(this.locale);
  }
}

export const i18n = new I18n();

/**
 * Use `choice` ("system" or a locale) and lay the document out for it: `lang` (fonts, screen
 * readers, hyphenation) and `dir` (right to left for Arabic).
 */
export function applyLanguage(choice: string): Locale {
  const locale = choice === "system" ? negotiate(systemPreference()) : negotiate([choice]);
  i18n.locale = locale;
  if (typeof document !== "undefined") {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction(locale);
  }
  return locale;
}
