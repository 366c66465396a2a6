// The app's sections, in navigation order. Ctrl/Cmd + the number opens a section.
import { i18n } from "./i18n/index.svelte";

export type SectionId = "gallery" | "create" | "idphoto" | "tasks" | "privacy" | "settings";

export interface Section {
  readonly id: SectionId;
  /** In the window's language (read from the catalog each time, so it follows a switch). */
  readonly label: string;
  readonly icon: string;
}

function section(id: SectionId, icon: string): Section {
  return {
    id,
    icon,
    get label() {
      return i18n.m.app.sections[id];
    },
  };
}

export const SECTIONS: readonly Section[] = [
  section("gallery", "gallery"),
  section("create", "create"),
  section("idphoto", "idphoto"),
  section("tasks", "tasks"),
  section("privacy", "privacy"),
  section("settings", "settings"),
];

/**
 * Ctrl + `key` as the keyboard's legends spell it: German keyboards print "Strg" for Ctrl, the
 * others "Ctrl" (a key's legend, not a word to translate).
 */
export function ctrlShortcut(key: string): string {
  return `${i18n.locale === "de" ? "Strg" : "Ctrl"}+${key}`;
}
