import type { Theme } from "./ipc";

/** Apply the user's theme; "system" leaves it to the OS (prefers-color-scheme). */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}
