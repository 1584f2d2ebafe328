import { formatFact } from '../format/facts.ts';
import { findItem, type ItemRef } from '../pricing/catalog.ts';

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
  source: { url: string; title: string };
  /** YYYY-MM-DD. */
  date: string;
  dateType: 'published' | 'retrieved';
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

/** Details of one reference; throws on a reference the data does not have (a bug in the model). */
export function priceDetail(ref: ItemRef): PriceDetail {
  const item = findItem(ref.id, ref.region);
  if (!item) throw new Error(`No price or limit ${refKey(ref)} in content/pricing`);
  return {
    id: item.id,
    region: item.region,
    kind: item.kind,
    label: item.label,
    value: item.value,
    unit: item.unit,
    text: formatFact(item),
    source: { url: item.source.url, title: item.source.title },
    date: item.date,
    dateType: item.dateType,
  };
}
