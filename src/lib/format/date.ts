const longDate = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', timeZone: 'UTC' });

function toDate(date: Date | string): Date {
  const d = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date: ${String(date)}`);
  return d;
}

/** "November 25, 2026", as AWS writes dates. */
export function formatLongDate(date: Date | string): string {
  return longDate.format(toDate(date));
}

/** "November 24 to December 5, 2026"; one date when both are the same day. */
export function formatDateRange(from: Date | string, to: Date | string): string {
  const a = toDate(from);
  const b = toDate(to);
  if (a.getTime() === b.getTime()) return formatLongDate(b);
  const start = a.getUTCFullYear() === b.getUTCFullYear() ? monthDay.format(a) : formatLongDate(a);
  return `${start} to ${formatLongDate(b)}`;
}

/** ISO day (YYYY-MM-DD) for machine-readable attributes such as <time datetime>. */
export function isoDay(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}
