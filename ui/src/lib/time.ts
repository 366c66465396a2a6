// Deadlines, dates and counts in the window's language (or `locale` when given).
import { CATALOGS } from "./i18n/catalogs";
import { i18n, type Locale } from "./i18n/index.svelte";

/** "deleted in 3 days" / "deleted in 5 h" / "kept until you delete it". */
export function deletionLabel(expiresAt: string | null, now: Date = new Date(), locale: Locale = i18n.locale): string {
  const t = CATALOGS[locale].app.time;
  if (!expiresAt) return t.kept;
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (ms <= 0) return t.beingDeleted;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t.deletedInMinutes(Math.max(minutes, 1));
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t.deletedInHours(hours);
  return t.deletedInDays(Math.round(hours / 24));
}

/** How to say "n things" of one kind, in a locale's plural forms. */
export type CountName = (n: number, locale: Locale) => string;

/** "2 originals, 1 thumbnail": only the kinds present; "nothing" when all are zero. */
export function countsLabel(
  counts: Record<string, number>,
  names: Record<string, CountName> = DELETED_NAMES,
  locale: Locale = i18n.locale,
): string {
  const parts = Object.entries(names)
    .map(([key, name]) => [counts[key] ?? 0, name] as const)
    .filter(([n]) => n > 0)
    .map(([n, name]) => name(n, locale));
  if (!parts.length) return CATALOGS[locale].app.time.nothing;
  return new Intl.ListFormat(locale, { style: "narrow", type: "conjunction" }).format(parts);
}

/** The names of what retention deletes, for {@link countsLabel}. */
export const DELETED_NAMES: Record<string, CountName> = {
  originals: (n, l) => CATALOGS[l].app.time.originals(n),
  outputs: (n, l) => CATALOGS[l].app.time.outputs(n),
  thumbnails: (n, l) => CATALOGS[l].app.time.thumbnails(n),
  log_files: (n, l) => CATALOGS[l].app.time.logFiles(n),
  ledger_entries: (n, l) => CATALOGS[l].app.time.ledgerEntries(n),
};
