import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PriceItem, PriceListSelector } from '../../../src/schemas/pricing.ts';
import {
  checkEntry,
  checkPrices,
  daysBetween,
  exitCode,
  formatResult,
  matchProducts,
  neededOffers,
  parseOfferFile,
  pickDimension,
  summarize,
  type LoadedOffer,
  type OfferFile,
  type PriceDimension,
} from '../../../src/lib/pricing/price-list.ts';

const fixtures = new URL('../../fixtures/price-list/', import.meta.url);
const raw = (offer: string, region: string): unknown => JSON.parse(readFileSync(new URL(`${offer}/${region}.json`, fixtures), 'utf8'));
const offerFile = (offer: string, region: string): OfferFile => parseOfferFile(raw(offer, region), offer);
const loaded = (offer: string, region: string): LoadedOffer => ({ ok: true, offer: offerFile(offer, region) });

const ecs = offerFile('AmazonECS', 'us-east-1');
const lambda = offerFile('AWSLambda', 'us-east-1');
const elb = offerFile('AWSELB', 'us-east-1');

function price(id: string, region: string, value: number, priceList?: PriceListSelector, checked = '2026-11-25'): PriceItem {
  return {
    kind: 'price',
    id,
    region,
    value,
    unit: 'USD',
    label: id,
    source: { url: 'https://aws.amazon.com/pricing/', title: 'AWS pricing' },
    checked,
    confidence: 'high',
    ...(priceList ? { priceList } : {}),
  };
}
const sel = (offer: string, usagetype: string, more: Partial<PriceListSelector> = {}): PriceListSelector => ({
  offer,
  attributes: { usagetype },
  ...more,
});
const dimsOf = (offer: OfferFile, sku: string): PriceDimension[] => offer.onDemand.get(sku)?.[0] ?? [];

describe('parseOfferFile', () => {
  it('indexes products and on-demand terms of a real-format file', () => {
    expect(ecs.offerCode).toBe('AmazonECS');
    expect(ecs.version).toBe('20260915180412');
    expect(ecs.products.size).toBe(12);
    expect(ecs.products.get('PBZNQUSEXZUC34C9')?.attributes['usagetype']).toBe('USE1-Fargate-GB-Hours');
    expect(dimsOf(ecs, 'PBZNQUSEXZUC34C9')).toEqual([
      {
        rateCode: 'PBZNQUSEXZUC34C9.JRTCKXETXF.6YS6EN2CT7',
        unit: 'hours',
        beginRange: '0',
        endRange: 'Inf',
        usd: '0.0044450000',
        description: 'AWS Fargate - Memory  - US East (N.Virginia)',
      },
    ]);
  });

  it('rejects a file for another offer, and files without products, OnDemand terms or decimal prices', () => {
    expect(() => parseOfferFile(raw('AmazonECS', 'us-east-1'), 'AWSLambda')).toThrow('offerCode is "AmazonECS", expected "AWSLambda"');
    expect(() => parseOfferFile([])).toThrow('the top level is not an object');
    expect(() => parseOfferFile({ offerCode: 'AWSELB', terms: { OnDemand: {} } })).toThrow('no "products" object');
    expect(() => parseOfferFile({ offerCode: 'AWSELB', products: {}, terms: { Reserved: {} } })).toThrow('no "terms.OnDemand" object');
    const badPrice = {
      offerCode: 'AWSELB',
      products: { A: { sku: 'A', attributes: { usagetype: 'LCUUsage' } } },
      terms: { OnDemand: { A: { 'A.T': { priceDimensions: { 'A.T.R': { unit: 'Hrs', pricePerUnit: { USD: 'free' } } } } } } },
    };
    expect(() => parseOfferFile(badPrice)).toThrow('price dimension A.T.R has no "unit" or no decimal "pricePerUnit.USD"');
    expect(() => parseOfferFile({ offerCode: 'AWSELB', products: { A: { sku: 'A' } }, terms: { OnDemand: {} } })).toThrow(
      'product A has no "attributes" object',
    );
  });

  it('ignores unknown top-level keys such as attributesList', () => {
    expect(() => offerFile('AWSELB', 'us-east-1')).not.toThrow();
    expect(Object.keys(raw('AWSELB', 'us-east-1') as object)).toContain('attributesList');
  });
});

describe('matchProducts: exact attributes, never a substring', () => {
  it('takes the Linux x86 and ARM rates, not their Windows, Spot or storage look-alikes', () => {
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-vCPU-Hours:perCPU'), 'us-east-1')).toEqual(['8CESGAFWKAJ98PME']);
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-GB-Hours'), 'us-east-1')).toEqual(['PBZNQUSEXZUC34C9']);
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-ARM-vCPU-Hours:perCPU'), 'us-east-1')).toEqual(['XSZATS4VYMDC9CYN']);
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-ARM-GB-Hours'), 'us-east-1')).toEqual(['UNH9KPQP7W7C66C9']);
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-EphemeralStorage-GB-Hours'), 'us-east-1')).toEqual(['7KPDPTDSCT4J3Z64']);
  });

  it('finds nothing for a usagetype that is only a prefix of real ones', () => {
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-vCPU-Hours'), 'us-east-1')).toEqual([]);
  });

  it('requires the entry Region when the product states one', () => {
    expect(matchProducts(ecs, sel('AmazonECS', 'USE1-Fargate-vCPU-Hours:perCPU'), 'eu-west-1')).toEqual([]);
  });

  it('lists every SKU a loose selector matches, and productFamily narrows it to one', () => {
    expect(matchProducts(elb, sel('AWSELB', 'LoadBalancerUsage'), 'us-east-1')).toEqual([
      '37CUWUT8GSNQEPUV',
      'FIXCLBHOUR000002',
      'FIXNLBHOUR000001',
    ]);
    expect(matchProducts(elb, sel('AWSELB', 'LoadBalancerUsage', { productFamily: 'Load Balancer-Application' }), 'us-east-1')).toEqual([
      '37CUWUT8GSNQEPUV',
    ]);
  });

  it('does not take the free-tier Global-Request SKU for Request', () => {
    expect(matchProducts(lambda, sel('AWSLambda', 'Request'), 'us-east-1')).toEqual(['FIXLAMBDAREQ0001']);
  });
});

describe('pickDimension', () => {
  it('first-paid sorts tiers by beginRange: the 0-6e9 Lambda tier, though the file lists over-15e9 first', () => {
    const dims = dimsOf(lambda, 'FIXLAMBDAGBS0003');
    expect(dims[0]?.usd).toBe('0.0000133334'); // object order would give the cheapest tier
    expect(pickDimension(dims, sel('AWSLambda', 'Lambda-GB-Second', { tier: 'first-paid' }))).toMatchObject({ usd: '0.0000166667' });
    expect(pickDimension(dimsOf(lambda, 'FIXLAMBDAGBSARM4'), sel('AWSLambda', 'x', { tier: 'first-paid' }))).toMatchObject({
      usd: '0.0000133334',
      beginRange: '0',
    });
  });

  it('first-paid skips a $0 band: ECS Anywhere from 2,200 hours', () => {
    expect(pickDimension(dimsOf(ecs, 'FIXANYWHERE00007'), sel('AmazonECS', 'x', { tier: 'first-paid' }))).toMatchObject({
      usd: '0.0102500000',
      beginRange: '2200',
    });
  });

  it('without a tier, several dimensions are an error that names the ranges; all-$0 tiers are an error for first-paid', () => {
    expect(pickDimension(dimsOf(ecs, 'FIXANYWHERE00007'), sel('AmazonECS', 'x'))).toBe(
      '2 price dimensions (tiers 2200-Inf, 0-2200): add "tier": "first-paid" to the selector if the first paid tier is meant',
    );
    expect(pickDimension(dimsOf(ecs, 'FIXECSEC2VCPU006'), sel('AmazonECS', 'x', { tier: 'first-paid' }))).toBe(
      'no paid tier: all 1 tiers are $0',
    );
  });
});

describe('checkEntry', () => {
  const today = '2026-12-06';
  const check = (item: PriceItem, offer?: LoadedOffer) => checkEntry({ file: 'fargate.json', item }, offer, today);
  const usE1 = loaded('AmazonECS', 'us-east-1');

  it('unchanged when the published price equals the value exactly', () => {
    expect(
      check(price('fargate-x86-gb-hour', 'us-east-1', 0.004445, sel('AmazonECS', 'USE1-Fargate-GB-Hours', { unit: 'hours' })), usE1),
    ).toEqual({
      id: 'fargate-x86-gb-hour',
      region: 'us-east-1',
      file: 'fargate.json',
      status: 'unchanged',
      value: '0.004445',
      offer: 'AmazonECS',
      sku: 'PBZNQUSEXZUC34C9',
    });
  });

  it('changed, with the old value and the new one as a decimal string', () => {
    const item = price('fargate-x86-vcpu-hour', 'eu-west-1', 0.04048, sel('AmazonECS', 'EU-Fargate-vCPU-Hours:perCPU'));
    expect(check(item, loaded('AmazonECS', 'eu-west-1'))).toMatchObject({
      status: 'changed',
      from: 0.04048,
      to: '0.04448',
      sku: 'EUFGVCPUX86SKU01',
    });
  });

  it('applies the factor: per request to per 1M requests, per 1K tokens to per 1M', () => {
    const requests = price(
      'lambda-requests-per-million',
      'us-east-1',
      0.2,
      sel('AWSLambda', 'Request', { tier: 'first-paid', factor: 1e6 }),
    );
    expect(check(requests, loaded('AWSLambda', 'us-east-1'))).toMatchObject({ status: 'unchanged', value: '0.2' });
    const nova = price('nova-lite-geo-output', 'us-east-1', 0.25, sel('AmazonBedrock', 'USE1-NovaLite-output-tokens', { factor: 1000 }));
    expect(check(nova, loaded('AmazonBedrock', 'us-east-1'))).toMatchObject({ status: 'changed', from: 0.25, to: '0.24' });
  });

  it('not-found, ambiguous (with the SKUs), and the wrong unit are reported, not guessed', () => {
    expect(check(price('x', 'us-east-1', 1, sel('AmazonECS', 'USE1-Fargate-GPU-Hours')), usE1)).toMatchObject({
      status: 'not-found',
      offer: 'AmazonECS',
      selector: 'usagetype=USE1-Fargate-GPU-Hours',
    });
    expect(check(price('alb-hour', 'us-east-1', 0.0225, sel('AWSELB', 'LoadBalancerUsage')), loaded('AWSELB', 'us-east-1'))).toMatchObject({
      status: 'ambiguous',
      skus: ['37CUWUT8GSNQEPUV', 'FIXCLBHOUR000002', 'FIXNLBHOUR000001'],
    });
    expect(
      check(price('x', 'us-east-1', 0.04048, sel('AmazonECS', 'USE1-Fargate-vCPU-Hours:perCPU', { unit: 'Hrs' })), usE1),
    ).toMatchObject({
      status: 'error',
      message: 'AmazonECS product 8CESGAFWKAJ98PME is priced per "hours", the selector expects "Hrs"',
    });
  });

  it('skipped without an offer file; an unreadable file is an error carrying its message', () => {
    const item = price('x', 'ap-south-1', 1, sel('AmazonECS', 'APS3-Fargate-vCPU-Hours:perCPU'));
    expect(check(item)).toMatchObject({ status: 'skipped', offer: 'AmazonECS' });
    expect(check(item, { ok: false, error: 'DIR/AmazonECS/ap-south-1.json: not valid JSON' })).toMatchObject({
      status: 'error',
      message: 'DIR/AmazonECS/ap-south-1.json: not valid JSON',
    });
  });

  it('by-hand without a selector, with whole days since checked counted from the given today', () => {
    expect(check(price('fargate-spot-max-discount-percent', 'global', 70, undefined, '2026-11-20'))).toMatchObject({
      status: 'by-hand',
      checked: '2026-11-20',
      days: 16,
    });
  });
});

describe('daysBetween', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-06', '2026-12-06')).toBe(0);
    expect(() => daysBetween('yesterday', '2026-12-06')).toThrow('not a YYYY-MM-DD date');
  });
});

describe('checkPrices, exit codes and output', () => {
  const a = price('a', 'us-east-1', 0.04048, sel('AmazonECS', 'USE1-Fargate-vCPU-Hours:perCPU'));
  const b = price('b', 'global', 70, undefined, '2026-12-05');
  const c = price('c', 'eu-west-1', 0.04048, sel('AmazonECS', 'EU-Fargate-vCPU-Hours:perCPU'));
  const entries = [b, a, c].map((item) => ({ file: 'f.json', item }));
  const offers = new Map([
    ['AmazonECS/us-east-1', loaded('AmazonECS', 'us-east-1')],
    ['AmazonECS/eu-west-1', loaded('AmazonECS', 'eu-west-1')],
  ]);

  it('lists the needed files once each, and the by-hand entries after the others', () => {
    expect(neededOffers([...entries, { file: 'f.json', item: a }])).toEqual([
      { offer: 'AmazonECS', region: 'us-east-1' },
      { offer: 'AmazonECS', region: 'eu-west-1' },
    ]);
    const results = checkPrices(entries, offers, '2026-12-06');
    expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(['a:unchanged', 'c:changed', 'b:by-hand']);
    expect(results.map(formatResult)).toEqual([
      'unchanged  a us-east-1: 0.04048 (AmazonECS 8CESGAFWKAJ98PME)',
      'changed    c eu-west-1: 0.04048 → 0.04448 (AmazonECS EUFGVCPUX86SKU01)',
      'by hand    b global: checked 2026-12-05, 1 day ago',
    ]);
    expect(summarize(results)).toBe('1 unchanged, 1 changed, 0 not found, 0 ambiguous, 0 errors, 0 skipped; 1 checked by hand');
  });

  it('exits 0 when nothing changed, 1 on a change, 2 on any error even beside a change', () => {
    const r = checkPrices(entries, offers, '2026-12-06');
    expect(exitCode([])).toBe(0);
    expect(exitCode(r.filter((x) => x.status !== 'changed'))).toBe(0);
    expect(exitCode(r)).toBe(1);
    expect(
      exitCode([...r, { id: 'z', region: 'us-east-1', file: 'f.json', status: 'not-found', offer: 'AWSELB', selector: 'usagetype=z' }]),
    ).toBe(2);
  });
});
