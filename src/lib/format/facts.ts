/**
 * How prices and limits read in prose: "$0.04048 per vCPU-hour", "8 hours", "30 July 2026".
 * Chapters, the sources page and the calculators all format facts here, so a figure looks
 * the same wherever it appears.
 */
import type { LimitItem, PriceItem, PricingItem } from '../../schemas/pricing.ts';
import { checkedRange } from '../pricing/catalog.ts';
import { formatDateRange, formatLongDate } from './date.ts';
import { formatNumber, formatRate, formatUsd } from './money.ts';

const singular: Record<string, string> = {
  hours: 'hour',
  seconds: 'second',
  minutes: 'minute',
  days: 'day',
  sessions: 'session',
  agents: 'agent',
  versions: 'version',
  endpoints: 'endpoint',
};

/** A price with its unit, as published: "$0.04048 per vCPU-hour", "70% off on-demand (maximum)". */
export function formatPrice(item: Pick<PriceItem, 'value' | 'unit'>): string {
  const { value, unit } = item;
  if (unit.startsWith('USD per ')) return `${formatRate(value)} per ${unit.slice('USD per '.length)}`;
  if (unit === 'USD') return formatUsd(value);
  if (unit.startsWith('percent')) return `${formatNumber(value, 2)}%${unit.slice('percent'.length)}`;
  throw new Error(`Don't know how to show a price in "${unit}"`);
}

/** A limit or dated fact: "8 hours", "1 second", "5,000 sessions", "10%", "30 July 2026". */
export function formatLimit(item: Pick<LimitItem, 'value' | 'unit'>): string {
  const { value, unit } = item;
  if (typeof value === 'string') return formatLongDate(value);
  if (unit.startsWith('percent')) return `${formatNumber(value, 2)}%${unit.slice('percent'.length)}`;
  const [first = '', ...rest] = unit.split(' ');
  const word = value === 1 && singular[first] ? [singular[first], ...rest].join(' ') : unit;
  return `${formatNumber(value, 2)} ${word}`;
}

export function formatFact(item: PricingItem): string {
  return item.kind === 'price' ? formatPrice(item) : formatLimit(item);
}

/** Anchor of a fact's row on the sources page, stable for links: `fargate-x86-vcpu-hour--eu-west-1`. */
export function factAnchor(id: string, region: string): string {
  return `${id}--${region}`;
}

/** The two dates of a figure, never confused: "source dated 3 September 2026, checked 4 December 2026". */
export function datesText(f: { sourceDate?: string | undefined; checked: string }): string {
  const source = f.sourceDate === undefined ? 'undated source' : `source dated ${formatLongDate(f.sourceDate)}`;
  return `${source}, checked ${formatLongDate(f.checked)}`;
}

/**
 * One line for popovers: where the figure comes from and when. Confidence is stated only
 * when it is not high, so the caveat stands out (and a long chapter stays light).
 */
export function provenance(item: PricingItem): string {
  const caveat = item.confidence === 'high' ? '' : ` Confidence: ${item.confidence}; see the sources page.`;
  return `Source: ${item.source.title} (${datesText(item)}).${caveat}`;
}

/** When the data set's figures were checked: "November 24 to December 5, 2026". */
export function checkedText(): string {
  const { oldest, newest } = checkedRange();
  return formatDateRange(oldest, newest);
}
