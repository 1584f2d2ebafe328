/**
 * Number formatting for formulas, tables and `data-usd`. Every function throws on
 * NaN, Infinity or a non-number: a figure the model could not compute must break a
 * test or the build, never reach a reader as "$NaN".
 */

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${what}: expected a finite number, got ${String(value)}`);
  }
}

const cache = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** Avoids "-0.00" when a tiny negative rounding error is displayed. */
function clean(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** "$1,441.60". Money is rounded to the cent only here, for display. */
export function formatUsd(value: number): string {
  assertFinite(value, 'formatUsd');
  const v = clean(value, 2);
  return `${v < 0 ? '-' : ''}$${formatter(2, 2).format(Math.abs(v))}`;
}

/** "$1,442" for chart axes and compact summaries. */
export function formatUsdWhole(value: number): string {
  assertFinite(value, 'formatUsdWhole');
  const v = clean(value, 0);
  return `${v < 0 ? '-' : ''}$${formatter(0, 0).format(Math.abs(v))}`;
}

/**
 * A unit price exactly as published: "$0.04048", "$3.00", "$0.0000166667".
 * At least two decimals, up to ten, never rounded away.
 */
export function formatRate(value: number): string {
  assertFinite(value, 'formatRate');
  return `${value < 0 ? '-' : ''}$${formatter(2, 10).format(Math.abs(value))}`;
}

/** "304,166.67", "0.5", "2": thousands separators, up to `maxDecimals` decimals. */
export function formatNumber(value: number, maxDecimals = 2): string {
  assertFinite(value, 'formatNumber');
  return formatter(0, maxDecimals).format(clean(value, maxDecimals));
}

/**
 * A count in a formula: whole above 1,000 ("304,167 requests"), up to two decimals
 * below, so small volumes stay readable ("30.42 sessions").
 */
export function formatCount(value: number): string {
  assertFinite(value, 'formatCount');
  return Math.abs(value) >= 1000 ? formatNumber(value, 0) : formatNumber(value, 2);
}

/** "30%" or "12.5%". */
export function formatPercent(value: number, maxDecimals = 1): string {
  return `${formatNumber(value, maxDecimals)}%`;
}

/** Two-decimal string for `data-usd` attributes and tests ("1441.60"). */
export function usdAttribute(value: number): string {
  assertFinite(value, 'usdAttribute');
  return clean(value, 2).toFixed(2);
}

/** Rounds to the cent, for comparing figures the way a reader sees them. */
export function roundCents(value: number): number {
  assertFinite(value, 'roundCents');
  return clean(value, 2);
}
