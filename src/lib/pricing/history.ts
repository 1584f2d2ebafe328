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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a link's `prices=<YYYY-MM-DD>` reads: `current` when it names no older data version than
 * the newest (or is absent), `pinned` to a day since the first data set, `unknown` otherwise
 * (malformed, not a calendar day, or before the first data set).
 */
export function priceVersionOf(
  param: string | null | undefined,
  from: readonly PriceVersion[] = versions,
): { status: 'current' } | { status: 'pinned'; day: string } | { status: 'unknown'; text: string } {
  if (param === null || param === undefined || param === '') return { status: 'current' };
  const first = from[0]?.date;
  const latest = from.at(-1)?.date;
  const real = DAY.test(param) && new Date(`${param}T00:00:00Z`).toISOString().startsWith(param);
  if (!real || first === undefined || latest === undefined || param < first) return { status: 'unknown', text: param };
  return param >= latest ? { status: 'current' } : { status: 'pinned', day: param };
}

/** Calculator defaults that differed on `day` from today's, by URL parameter: what a link made then left out. */
export function defaultsOn(day: string, from: readonly PriceVersion[] = versions): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {};
  for (const v of from) {
    if (v.date <= day) continue;
    for (const d of v.defaults) if (!(d.param in out)) out[d.param] = d.from;
  }
  return out;
}
