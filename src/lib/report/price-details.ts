import { formatDateRange } from '../format/date.ts';
import { formatFact } from '../format/facts.ts';
import type { PricingItem } from '../../schemas/pricing.ts';
import { allItems, findItem, type ItemRef } from '../pricing/catalog.ts';

/**
 * A figure as the browser's price book has it: what the formulas, the print summary and the
 * "figures checked" dates need.
 */
export interface PriceFigure {
  id: string;
  region: string;
  kind: 'price' | 'limit';
  value: number | string;
  unit: string;
  /** "$0.04048 per vCPU-hour", "8 hours". */
  text: string;
  /** The day the figure was last verified against its source (YYYY-MM-DD). */
  checked: string;
}

export interface PriceSource {
  url: string;
  title: string;
}

/**
 * What a figure is called, where it comes from and the date its source states: shown only
 * under an opened formula and in the exports. The browser's price book leaves these out (most
 * readers never open a formula; see src/integrations/slim-pricing.ts) and loads them from
 * `/price-citations.json` when a formula opens or an export starts. Server rendering and the
 * tests read the full files.
 */
export interface PriceCitation {
  label: string;
  source: PriceSource;
  /** The date the source states (YYYY-MM-DD), absent when it is undated. */
  sourceDate?: string;
}

/** Every figure's citation by `refKey`: the content of `/price-citations.json`. */
export type PriceCitations = Readonly<Record<string, PriceCitation>>;

/**
 * What a cost line's price references say about themselves: value, unit, where
 * the figure comes from and when. Shown under each formula and written into the
 * exports, so a reader can check any figure against its source.
 */
export interface PriceDetail extends PriceFigure, PriceCitation {}

export function refKey(ref: ItemRef): string {
  return `${ref.id}@${ref.region}`;
}

/** The same references once each, in first-seen order. */
export function uniqueRefs(refs: Iterable<ItemRef>): ItemRef[] {
  const seen = new Map<string, ItemRef>();
  for (const ref of refs) if (!seen.has(refKey(ref))) seen.set(refKey(ref), ref);
  return [...seen.values()];
}

/** Throws on a reference the data does not have (a bug in the model). */
function itemOf(ref: ItemRef): PricingItem {
  const item = findItem(ref.id, ref.region);
  if (!item) throw new Error(`No price or limit ${refKey(ref)} in content/pricing`);
  return item;
}

/** The item's own citation: in the full files, undefined in the browser's slim price book. */
function ownCitation(item: PricingItem): PriceCitation | undefined {
  // The schema types describe the full files; the browser's copy lacks these three.
  const { label, source, sourceDate } = item as Partial<Pick<PricingItem, 'label' | 'source' | 'sourceDate'>>;
  if (label === undefined || source === undefined) return undefined;
  return { label, source: { url: source.url, title: source.title }, ...(sourceDate === undefined ? {} : { sourceDate }) };
}

/** Every figure's citation, for `/price-citations.json` (built on the server, from the full files). */
export function allPriceCitations(): PriceCitations {
  return Object.fromEntries(
    allItems().map((item) => {
      const citation = ownCitation(item);
      if (!citation) throw new Error(`${refKey(item)}: no label or source (price-citations.json is built from the full files)`);
      return [refKey(item), citation];
    }),
  );
}

function figureOf(item: PricingItem): PriceFigure {
  return {
    id: item.id,
    region: item.region,
    kind: item.kind,
    value: item.value,
    unit: item.unit,
    text: formatFact(item),
    checked: item.checked,
  };
}

/**
 * Everything about one reference. On the server the price book has it all; in the browser pass
 * the loaded citations. Throws when neither has the reference's citation: showing or exporting
 * a figure without its name and source would be a bug, not a blank.
 */
export function priceDetail(ref: ItemRef, citations?: PriceCitations): PriceDetail {
  const item = itemOf(ref);
  const citation = ownCitation(item) ?? citations?.[refKey(item)];
  if (!citation) throw new Error(`No label or source for ${refKey(ref)}: pass the loaded citations (/price-citations.json)`);
  const { id, region, kind, value, unit, text, checked } = figureOf(item);
  const { label, source, sourceDate } = citation;
  // In the order the exports have always written.
  return { id, region, kind, label, value, unit, text, source, ...(sourceDate === undefined ? {} : { sourceDate }), checked };
}

/** The oldest and newest day the figures behind an estimate were checked against their sources. */
export function checkedRangeOf(refs: Iterable<ItemRef>): { oldest: string; newest: string } {
  const days = uniqueRefs(refs)
    .map((ref) => itemOf(ref).checked)
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
