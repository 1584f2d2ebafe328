import { formatDateRange } from '../format/date.ts';
import { formatFact } from '../format/facts.ts';
import { allItems, findItem, type ItemRef } from '../pricing/catalog.ts';

/**
 * What a cost line's price references say about themselves: value, unit, where
 * the figure comes from and when. Shown under each formula and written into the
 * exports, so a reader can check any figure against its source.
 */
export interface PriceDetail {
  id: string;
  region: string;
  kind: 'price' | 'limit';
  label: string;
  value: number | string;
  unit: string;
  /** "$0.04048 per vCPU-hour", "8 hours". */
  text: string;
  /** Absent in the browser until its sources have loaded (see `PriceSources`). */
  source?: PriceSource;
  /** The date the source states (YYYY-MM-DD), absent when it is undated. */
  sourceDate?: string;
  /** The day the figure was last verified against its source (YYYY-MM-DD). */
  checked: string;
}

export function refKey(ref: ItemRef): string {
  return `${ref.id}@${ref.region}`;
}

/** The same references once each, in first-seen order. */
export function uniqueRefs(refs: Iterable<ItemRef>): ItemRef[] {
  const seen = new Map<string, ItemRef>();
  for (const ref of refs) if (!seen.has(refKey(ref))) seen.set(refKey(ref), ref);
  return [...seen.values()];
}

export interface PriceSource {
  url: string;
  title: string;
}

/**
 * Where each figure comes from, by `refKey`. The browser's price book leaves sources out (a
 * fifth of its weight: most readers never open a formula), and loads them from
 * `/price-sources.json` when a formula opens or an export starts. Server rendering and the
 * tests read the full files.
 */
export type PriceSources = Readonly<Record<string, PriceSource>>;

/** Every figure's source, for `/price-sources.json`. */
export function allPriceSources(): PriceSources {
  return Object.fromEntries(allItems().map((item) => [refKey(item), { url: item.source.url, title: item.source.title }]));
}

/** Details of one reference; throws on a reference the data does not have (a bug in the model). */
export function priceDetail(ref: ItemRef, sources?: PriceSources): PriceDetail {
  const item = findItem(ref.id, ref.region);
  if (!item) throw new Error(`No price or limit ${refKey(ref)} in content/pricing`);
  // Present in the full files; absent from the browser's slim price book.
  const own = item.source as PriceSource | undefined;
  const source = own ? { url: own.url, title: own.title } : sources?.[refKey(ref)];
  return {
    id: item.id,
    region: item.region,
    kind: item.kind,
    label: item.label,
    value: item.value,
    unit: item.unit,
    text: formatFact(item),
    ...(source ? { source } : {}),
    ...(item.sourceDate === undefined ? {} : { sourceDate: item.sourceDate }),
    checked: item.checked,
  };
}

/** The oldest and newest day the figures behind an estimate were checked against their sources. */
export function checkedRangeOf(refs: Iterable<ItemRef>): { oldest: string; newest: string } {
  const days = uniqueRefs(refs)
    .map((ref) => priceDetail(ref).checked)
    .sort();
  if (days.length === 0) throw new Error('No figures to date');
  return { oldest: days[0]!, newest: days[days.length - 1]! };
}

/** Every price and limit reference of an estimate. */
export function estimateRefs(est: { options: readonly { lines: readonly { priceIds: readonly ItemRef[] }[] }[] }): ItemRef[] {
  return est.options.flatMap((o) => o.lines.flatMap((l) => l.priceIds));
}

/** "November 24 to December 5, 2026": when the figures behind an estimate were checked. */
export function checkedRangeText(est: Parameters<typeof estimateRefs>[0]): string {
  const { oldest, newest } = checkedRangeOf(estimateRefs(est));
  return formatDateRange(oldest, newest);
}
