/**
 * The data versions in content/price-history/ (one file per day something changed): what each
 * figure was worth before, for /sources/, the feed of changes and links pinned to a version.
 * The current values stay in content/pricing/; this only records what they replaced.
 */
import type { PriceVersion } from '../../schemas/price-history.ts';
import { byFileName } from '../content/files.ts';

type Value = number | string;

// Oldest first (the files are named by their date).
const versions: readonly PriceVersion[] = [
  ...byFileName(import.meta.glob<PriceVersion>('../../../content/price-history/*.json', { eager: true, import: 'default' })).values(),
].map((v) => ({ ...v, defaults: v.defaults ?? [] }));

/** Every data version, oldest first. */
export function priceVersions(): readonly PriceVersion[] {
  return versions;
}

/** The newest data version's date, or undefined while there is none. */
export function latestVersion(): string | undefined {
  return versions.at(-1)?.date;
}

/** The values a figure held before its current one, newest first: each until the day it changed. */
export function earlierValues(id: string, region: string, from: readonly PriceVersion[] = versions): { value: Value; until: string }[] {
  return from
    .flatMap((v) => v.changes.filter((c) => c.id === id && c.region === region).map((c) => ({ value: c.from, until: v.date })))
    .reverse();
}

/**
 * What a figure was worth on `day` (YYYY-MM-DD): the value its first change after that day
 * replaced, else `current`. A version takes effect on its own date.
 */
export function valueOn(id: string, region: string, current: Value, day: string, from: readonly PriceVersion[] = versions): Value {
  for (const v of from) {
    if (v.date <= day) continue;
    const change = v.changes.find((c) => c.id === id && c.region === region);
    if (change) return change.from;
  }
  return current;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The figures last checked more than `maxDays` before `today`, oldest check first. */
export function staleFigures<T extends { checked: string }>(items: readonly T[], today: string, maxDays = 90): T[] {
  return items.filter((i) => daysBetween(i.checked, today) > maxDays).sort((a, b) => a.checked.localeCompare(b.checked));
}
