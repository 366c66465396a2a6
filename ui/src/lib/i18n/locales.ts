// The languages the window speaks. `native` is how each is named in its own language (the
// language chooser shows it so a person can find theirs whatever the window speaks now).
export const LOCALES = ["en", "zh-CN", "ja", "ko", "es", "pt-BR", "fr", "de", "hi", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

export const NATIVE_NAMES: Record<Locale, string> = {
  en: "English",
  "zh-CN": "简体中文",
  ja: "日本語",
  ko: "한국어",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  fr: "Français",
  de: "Deutsch",
  hi: "हिन्दी",
  ar: "العربية",
};

/** Right-to-left languages lay the window out mirrored. */
export function direction(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The best supported locale for a list of BCP 47 tags, as the OS or the webview gives them
 * (`navigator.languages`, `LANG=ja_JP.UTF-8` → `ja-JP`). Exact tag first, then the language
 * alone (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN` as the only Chinese we have), else English.
 */
export function negotiate(tags: readonly string[]): Locale {
  for (const raw of tags) {
    const tag = raw.replace("_", "-").split(".")[0].toLowerCase();
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const lang = tag.split("-")[0];
    const byLang = LOCALES.find((l) => l.split("-")[0].toLowerCase() === lang);
    if (byLang) return byLang;
  }
  return "en";
}
