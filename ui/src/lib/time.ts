/** "deleted in 3 days" / "deleted in 5 hours" / "kept until you delete it". */
export function deletionLabel(expiresAt: string | null, now: Date = new Date()): string {
  if (!expiresAt) return "kept until you delete it";
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (ms <= 0) return "being deleted";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `deleted in ${Math.max(minutes, 1)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `deleted in ${hours} h`;
  return `deleted in ${Math.round(hours / 24)} days`;
}

/** A short local date and time. */
export function shortDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** "2 originals, 1 thumbnail" — only the kinds present; "nothing" when all are zero. */
export function countsLabel(counts: Record<string, number>, names: Record<string, [string, string]>): string {
  const parts = Object.entries(names)
    .map(([key, [one, many]]) => [counts[key] ?? 0, one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return parts.length ? parts.join(", ") : "nothing";
}

/** The names of what retention deletes, for {@link countsLabel}. */
export const DELETED_NAMES: Record<string, [string, string]> = {
  originals: ["original", "originals"],
  outputs: ["generated image", "generated images"],
  thumbnails: ["thumbnail", "thumbnails"],
  log_files: ["log file", "log files"],
  ledger_entries: ["ledger entry", "ledger entries"],
};
