import { i18n } from "./i18n/index.svelte";
import type { TaskStatus } from "./ipc";
import type { TaskKind } from "./ipc/bindings/TaskKind";

/** The steps a cloud task goes through, for its progress bar. */
const STEPS: TaskStatus[] = ["queued", "preparing", "sending", "waiting", "receiving"];

/** A status in the window's language. */
export const statusLabel = (s: TaskStatus): string => i18n.m.tasks.status[s];

/** What a task does, in the window's language. */
export const kindLabel = (k: TaskKind): string => i18n.m.tasks.kind[k];

const isStatus = (s: string): s is TaskStatus => Object.hasOwn(i18n.m.tasks.status, s);

/** A status that arrives as plain text (the gallery's filter choices): its name, else as it is. */
export const anyStatusLabel = (s: string): string => (isStatus(s) ? statusLabel(s) : s);

/**
 * A task's reason in the window's language when the core wrote it in fixed words (cancelled,
 * interrupted, restored unfinished); any other reason (a provider's answer, a shortfall) as the
 * core wrote it.
 */
export function reasonLabel(reason: string): string {
  const words = i18n.m.tasks.reasons;
  if (reason === "cancelled by you") return words.cancelledByYou;
  if (reason.startsWith("interrupted: Seed Studio stopped")) return words.interrupted;
  if (reason === "it had not finished when the backup was made") return words.unfinishedAtBackup;
  return reason;
}

export const isTerminal = (s: TaskStatus): boolean => s === "succeeded" || s === "failed" || s === "cancelled";

/** 0–100 for a progress bar: the step reached, plus the share of images already stored. */
export function progressPercent(status: TaskStatus, done: number, total: number): number {
  if (isTerminal(status)) return 100;
  const step = Math.max(STEPS.indexOf(status), 0);
  const images = total > 0 ? done / total : 0;
  return Math.round(((step + images) / STEPS.length) * 90) + 5;
}
