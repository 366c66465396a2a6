import type { TaskStatus } from "./ipc";

/** The steps a cloud task goes through, for its progress bar. */
const STEPS: TaskStatus[] = ["queued", "preparing", "sending", "waiting", "receiving"];

export const STATUS_LABELS: Record<TaskStatus, string> = {
  queued: "Queued",
  preparing: "Preparing references",
  sending: "Sending",
  waiting: "Provider working",
  receiving: "Receiving results",
  succeeded: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const isTerminal = (s: TaskStatus): boolean => s === "succeeded" || s === "failed" || s === "cancelled";

/** 0–100 for a progress bar: the step reached, plus the share of images already stored. */
export function progressPercent(status: TaskStatus, done: number, total: number): number {
  if (isTerminal(status)) return 100;
  const step = Math.max(STEPS.indexOf(status), 0);
  const images = total > 0 ? done / total : 0;
  return Math.round(((step + images) / STEPS.length) * 90) + 5;
}
