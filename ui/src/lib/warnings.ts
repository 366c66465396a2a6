// Prompt warnings in words: the window shows each by its kind, translated; the core's English
// sentence is not shown.
import { i18n } from "./i18n/index.svelte";
import type { PromptWarning } from "./ipc";

export function warningText(w: PromptWarning): string {
  const warnings = i18n.m.create.warnings;
  const kind = w.kind as keyof typeof warnings;
  return kind in warnings ? warnings[kind] : warnings.other;
}
