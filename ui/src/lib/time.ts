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
