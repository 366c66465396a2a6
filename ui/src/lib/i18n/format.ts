// Dates, numbers, sizes and durations formatted for a locale with the platform's Intl
// (no tables of our own): "3,5 Mo" in French, "3.5 MB" in English, Arabic digits in Arabic.
const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

export function formatNumber(locale: string, n: number, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(locale: string, ratio: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** Bytes as B / kB / MB / GB (decimal units, as file managers show them). */
export function formatBytes(locale: string, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}

/** A medium date with a short time. */
export function formatDateTime(locale: string, iso: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(locale: string, iso: string): string {
  return new Date(iso).toLocaleDateString(locale, { dateStyle: "medium" });
}

/** A length of time as "3 h", "2 days", "90 s" in the locale's own units. */
export function formatDuration(locale: string, seconds: number): string {
  const pick = (n: number, unit: "second" | "minute" | "hour" | "day"): string =>
    new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: 0 }).format(n);
  if (seconds < 120 && seconds % 60 !== 0) return pick(seconds, "second");
  const minutes = seconds / 60;
  if (minutes < 120 && minutes % 60 !== 0) return pick(minutes, "minute");
  const hours = minutes / 60;
  if (hours < 48 && hours % 24 !== 0) return pick(hours, "hour");
  return pick(hours / 24, "day");
}

/** Time waited so far, as "1 min 20 s" in the locale's short units (seconds under a minute). */
export function formatElapsed(locale: string, seconds: number): string {
  const unit = (n: number, u: "second" | "minute" | "hour"): string =>
    new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short", maximumFractionDigits: 0 }).format(n);
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return unit(s, "second");
  if (s < 3600) return `${unit(Math.floor(s / 60), "minute")} ${unit(s % 60, "second")}`;
  return `${unit(Math.floor(s / 3600), "hour")} ${unit(Math.floor((s % 3600) / 60), "minute")}`;
}

/** A video's length as a clock, "0:05" or "1:02:03" (digits of the locale, no grouping). */
export function formatClock(locale: string, ms: number): string {
  const f = new Intl.NumberFormat(locale, { useGrouping: false });
  const two = new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: 2 });
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${f.format(h)}:${two.format(m)}:${two.format(s)}` : `${f.format(m)}:${two.format(s)}`;
}

/** Pixel dimensions, in the locale's digits but without grouping ("2048×1103"). */
export function formatDimensions(locale: string, width: number, height: number): string {
  const f = new Intl.NumberFormat(locale, { useGrouping: false });
  return `${f.format(width)}×${f.format(height)}`;
}
