import type { PriceItem, PriceListSelector } from '../../schemas/pricing.ts';
import { compare, decimalFromNumber, formatDecimal, multiply, parseDecimal, type Decimal } from './decimal.ts';

/**
 * `npm run prices:check` without the I/O: reads AWS Price List offer files (already parsed
 * from JSON), finds the one product each price's selector names, and compares its published
 * price with the value in content/pricing. No fs, no network, no clock: src/cli/prices.ts
 * reads the files and passes `today`, so every result here is reproducible in a test.
 *
 * The offer file format (Price List Bulk API, `/offers/v1.0/aws/<offer>/current/<region>/index.json`):
 * `products[sku] = { sku, productFamily, attributes: {usagetype, regionCode, ...} }` and
 * `terms.OnDemand[sku][sku.offerTermCode] = { priceDimensions: { [rateCode]: { unit, beginRange,
 * endRange, pricePerUnit: { USD } } } }`, every value a string. See /work/notes/price-list.md.
 */

export interface OfferProduct {
  sku: string;
  productFamily?: string;
  attributes: Record<string, string>;
}

export interface PriceDimension {
  rateCode: string;
  unit: string;
  beginRange: string;
  endRange: string;
  usd: string;
  description?: string;
}

/** An offer file reduced to what the check reads. */
export interface OfferFile {
  offerCode: string;
  version?: string;
  publicationDate?: string;
  products: Map<string, OfferProduct>;
  /** On-demand terms by SKU; each term is its list of price dimensions. */
  onDemand: Map<string, PriceDimension[][]>;
}

/** An offer file as the CLI found it: parsed, or why it could not be (the message names the file). */
export type LoadedOffer = { ok: true; offer: OfferFile } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the shape of a parsed offer file and indexes it. Throws an Error saying what is wrong
 * (the caller adds the file name). Unknown top-level keys (`disclaimer`, `attributesList`) and
 * other term types (`Reserved`) are ignored; a product or term with a wrong shape is an error,
 * since a half-read file could make a selector wrongly unique.
 */
export function parseOfferFile(json: unknown, expectedOffer?: string): OfferFile {
  if (!isRecord(json)) throw new Error('not an offer file: the top level is not an object');
  const { offerCode, version, publicationDate, products, terms } = json;
  if (typeof offerCode !== 'string') throw new Error('not an offer file: no "offerCode"');
  if (expectedOffer !== undefined && offerCode !== expectedOffer) {
    throw new Error(`offerCode is "${offerCode}", expected "${expectedOffer}"`);
  }
  if (!isRecord(products)) throw new Error('not an offer file: no "products" object');
  if (!isRecord(terms) || !isRecord(terms['OnDemand'])) throw new Error('not an offer file: no "terms.OnDemand" object');

  const productMap = new Map<string, OfferProduct>();
  for (const [sku, raw] of Object.entries(products)) {
    if (!isRecord(raw) || !isRecord(raw['attributes'])) throw new Error(`product ${sku} has no "attributes" object`);
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw['attributes'])) {
      if (typeof v !== 'string') throw new Error(`product ${sku}: attribute "${k}" is not a string`);
      attributes[k] = v;
    }
    const family = raw['productFamily'];
    productMap.set(sku, { sku, attributes, ...(typeof family === 'string' ? { productFamily: family } : {}) });
  }

  const onDemand = new Map<string, PriceDimension[][]>();
  for (const [sku, skuTerms] of Object.entries(terms['OnDemand'])) {
    if (!isRecord(skuTerms)) throw new Error(`terms.OnDemand.${sku} is not an object`);
    const list: PriceDimension[][] = [];
    for (const [termCode, term] of Object.entries(skuTerms)) {
      if (!isRecord(term) || !isRecord(term['priceDimensions'])) throw new Error(`term ${termCode} has no "priceDimensions" object`);
      const dims: PriceDimension[] = [];
      for (const [rateCode, d] of Object.entries(term['priceDimensions'])) {
        const usd = isRecord(d) && isRecord(d['pricePerUnit']) ? d['pricePerUnit']['USD'] : undefined;
        if (!isRecord(d) || typeof d['unit'] !== 'string' || typeof usd !== 'string' || parseDecimal(usd) === undefined) {
          throw new Error(`price dimension ${rateCode} has no "unit" or no decimal "pricePerUnit.USD"`);
        }
        const dim: PriceDimension = {
          rateCode,
          unit: d['unit'],
          beginRange: typeof d['beginRange'] === 'string' ? d['beginRange'] : '0',
          endRange: typeof d['endRange'] === 'string' ? d['endRange'] : 'Inf',
          usd,
        };
        if (typeof d['description'] === 'string') dim.description = d['description'];
        dims.push(dim);
      }
      list.push(dims);
    }
    onDemand.set(sku, list);
  }

  return {
    offerCode,
    products: productMap,
    onDemand,
    ...(typeof version === 'string' ? { version } : {}),
    ...(typeof publicationDate === 'string' ? { publicationDate } : {}),
  };
}

/** "productFamily=NAT Gateway, usagetype=NatGateway-Hours": a selector as output lines show it. */
export function describeSelector(selector: PriceListSelector): string {
  const parts = selector.productFamily === undefined ? [] : [`productFamily=${selector.productFamily}`];
  for (const [k, v] of Object.entries(selector.attributes)) parts.push(`${k}=${v}`);
  return parts.join(', ');
}

/**
 * The SKUs of the products the selector names in `region`, sorted. Exact equality on every
 * attribute (a substring match would take `USE1-Fargate-Windows-vCPU-Hours:perCPU` for
 * `USE1-Fargate-vCPU-Hours:perCPU`'s look-alike); a product that carries `regionCode` must be
 * in the entry's Region, since some offer files also list cross-Region products.
 */
export function matchProducts(offer: OfferFile, selector: PriceListSelector, region: string): string[] {
  const skus: string[] = [];
  for (const product of offer.products.values()) {
    if (selector.productFamily !== undefined && product.productFamily !== selector.productFamily) continue;
    const code = product.attributes['regionCode'];
    if (code !== undefined && code !== region) continue;
    if (Object.entries(selector.attributes).every(([k, v]) => product.attributes[k] === v)) skus.push(product.sku);
  }
  return skus.sort();
}

function rangeStart(dim: PriceDimension): Decimal {
  // "Inf" only ever ends a range; a start that is not a decimal sorts last rather than throwing.
  return parseDecimal(dim.beginRange) ?? { digits: 10n ** 30n, scale: 0 };
}

/**
 * The price the selector asks for among one product's on-demand dimensions. Never the first
 * dimension in object order: offer files do not sort tiers, and a $0 band can come first.
 */
export function pickDimension(dims: PriceDimension[], selector: PriceListSelector): PriceDimension | string {
  if (dims.length === 0) return 'the product has no on-demand price dimension';
  if (selector.tier === 'first-paid') {
    const zero = { digits: 0n, scale: 0 };
    const paid = [...dims]
      .sort((a, b) => compare(rangeStart(a), rangeStart(b)))
      .find((d) => compare(parseDecimal(d.usd) ?? zero, zero) > 0);
    return paid ?? `no paid tier: all ${dims.length} tiers are $0`;
  }
  if (dims.length > 1) {
    const ranges = dims.map((d) => `${d.beginRange}-${d.endRange}`).join(', ');
    return `${dims.length} price dimensions (tiers ${ranges}): add "tier": "first-paid" to the selector if the first paid tier is meant`;
  }
  return dims[0] as PriceDimension;
}

/** A price entry and the pricing file it is in (`fargate.json`), for messages. */
export interface PriceEntry {
  file: string;
  item: PriceItem;
}

interface ResultBase {
  id: string;
  region: string;
  file: string;
}

export type PriceCheckResult = ResultBase &
  (
    | { status: 'unchanged'; value: string; offer: string; sku: string }
    | { status: 'changed'; from: number; to: string; offer: string; sku: string }
    | { status: 'not-found'; offer: string; selector: string }
    | { status: 'ambiguous'; offer: string; selector: string; skus: string[] }
    | { status: 'error'; message: string }
    | { status: 'skipped'; offer: string }
    | { status: 'by-hand'; checked: string; days: number }
  );

export type PriceCheckStatus = PriceCheckResult['status'];

/** The file the CLI reads or downloads for an entry: `<offer>/<region>`. */
export function offerKey(offer: string, region: string): string {
  return `${offer}/${region}`;
}

/** Every offer file the entries with a selector need, each once, in first-use order. */
export function neededOffers(entries: readonly PriceEntry[]): { offer: string; region: string }[] {
  const seen = new Map<string, { offer: string; region: string }>();
  for (const { item } of entries) {
    if (item.priceList === undefined) continue;
    const key = offerKey(item.priceList.offer, item.region);
    if (!seen.has(key)) seen.set(key, { offer: item.priceList.offer, region: item.region });
  }
  return [...seen.values()];
}

const DAY_MS = 86_400_000;

/** Whole days from one YYYY-MM-DD to another (UTC calendar days, so no time zone shifts it). */
export function daysBetween(from: string, to: string): number {
  const parse = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return Date.UTC(y ?? NaN, (m ?? NaN) - 1, day ?? NaN);
  };
  const days = Math.round((parse(to) - parse(from)) / DAY_MS);
  if (!Number.isFinite(days)) throw new Error(`not a YYYY-MM-DD date: ${from} or ${to}`);
  return days;
}

/** Compares one entry with its offer file (undefined: the file was not provided). */
export function checkEntry(entry: PriceEntry, loaded: LoadedOffer | undefined, today: string): PriceCheckResult {
  const { item, file } = entry;
  const base = { id: item.id, region: item.region, file };
  const selector = item.priceList;
  if (selector === undefined) return { ...base, status: 'by-hand', checked: item.checked, days: daysBetween(item.checked, today) };
  const offer = selector.offer;
  if (loaded === undefined) return { ...base, status: 'skipped', offer };
  if (!loaded.ok) return { ...base, status: 'error', message: loaded.error };

  const skus = matchProducts(loaded.offer, selector, item.region);
  const described = describeSelector(selector);
  if (skus.length === 0) return { ...base, status: 'not-found', offer, selector: described };
  if (skus.length > 1) return { ...base, status: 'ambiguous', offer, selector: described, skus };

  const sku = skus[0] as string;
  const terms = loaded.offer.onDemand.get(sku) ?? [];
  if (terms.length !== 1) {
    return { ...base, status: 'error', message: `${offer} product ${sku} has ${terms.length} on-demand terms, expected exactly 1` };
  }
  const dim = pickDimension(terms[0] as PriceDimension[], selector);
  if (typeof dim === 'string') return { ...base, status: 'error', message: `${offer} product ${sku}: ${dim}` };
  if (selector.unit !== undefined && dim.unit !== selector.unit) {
    return {
      ...base,
      status: 'error',
      message: `${offer} product ${sku} is priced per "${dim.unit}", the selector expects "${selector.unit}"`,
    };
  }

  const published = multiply(parseDecimal(dim.usd) as Decimal, decimalFromNumber(selector.factor ?? 1));
  const current = decimalFromNumber(item.value);
  if (compare(published, current) === 0) return { ...base, status: 'unchanged', value: formatDecimal(current), offer, sku };
  return { ...base, status: 'changed', from: item.value, to: formatDecimal(published), offer, sku };
}

/**
 * Checks every price entry: those with a selector first (in data order), then those checked by
 * hand. `offers` is keyed by offerKey(); a missing key means the file was not provided.
 */
export function checkPrices(entries: readonly PriceEntry[], offers: ReadonlyMap<string, LoadedOffer>, today: string): PriceCheckResult[] {
  const results = entries.map((e) =>
    checkEntry(e, e.item.priceList ? offers.get(offerKey(e.item.priceList.offer, e.item.region)) : undefined, today),
  );
  return [...results.filter((r) => r.status !== 'by-hand'), ...results.filter((r) => r.status === 'by-hand')];
}

/** Statuses that make the input bad: nothing may be written and the exit status is 2. */
export const ERROR_STATUSES: readonly PriceCheckStatus[] = ['not-found', 'ambiguous', 'error'];

/** 0 nothing changed, 1 something changed, 2 bad input (an error outranks a change). */
export function exitCode(results: readonly PriceCheckResult[]): 0 | 1 | 2 {
  if (results.some((r) => ERROR_STATUSES.includes(r.status))) return 2;
  return results.some((r) => r.status === 'changed') ? 1 : 0;
}

/** One output line per result; the status word is padded so the lines align. */
export function formatResult(r: PriceCheckResult): string {
  const who = `${r.id} ${r.region}`;
  switch (r.status) {
    case 'unchanged':
      return `unchanged  ${who}: ${r.value} (${r.offer} ${r.sku})`;
    case 'changed':
      return `changed    ${who}: ${formatDecimal(decimalFromNumber(r.from))} → ${r.to} (${r.offer} ${r.sku})`;
    case 'not-found':
      return `not found  ${who} (${r.file}): no ${r.offer} product matches ${r.selector}`;
    case 'ambiguous':
      return `ambiguous  ${who} (${r.file}): ${r.skus.length} ${r.offer} products match ${r.selector}: ${r.skus.join(', ')}`;
    case 'error':
      return `error      ${who} (${r.file}): ${r.message}`;
    case 'skipped':
      return `skipped    ${who}: no ${r.offer} offer file for ${r.region}`;
    case 'by-hand':
      return `by hand    ${who}: checked ${r.checked}, ${r.days} ${r.days === 1 ? 'day' : 'days'} ago`;
  }
}

/** The closing line: how many of each status. */
export function summarize(results: readonly PriceCheckResult[]): string {
  const count = (s: PriceCheckStatus) => results.filter((r) => r.status === s).length;
  return (
    `${count('unchanged')} unchanged, ${count('changed')} changed, ${count('not-found')} not found, ` +
    `${count('ambiguous')} ambiguous, ${count('error')} ${count('error') === 1 ? 'error' : 'errors'}, ${count('skipped')} skipped; ` +
    `${count('by-hand')} checked by hand`
  );
}
