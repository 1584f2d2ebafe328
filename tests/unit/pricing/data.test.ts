import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { pricingFileSchema, type PricingFile } from '../../../src/schemas/pricing.ts';
import { findDuplicateKeys } from '../../../src/lib/pricing/unique-keys.ts';
import { allItems, allModels, findItem, pricingFiles } from '../../../src/lib/pricing/catalog.ts';
import { modelIds, regions } from '../../../src/lib/cost/scenario.ts';

const dir = new URL('../../../content/pricing/', import.meta.url);
const fileNames = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const parsed = new Map<string, PricingFile>();
for (const name of fileNames) {
  parsed.set(name, pricingFileSchema.parse(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))));
}

// Copied by hand from /work/team/CONTRACT.md, "Pinned price/limit ids". Writers cite these.
const fargateRegions = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'eu-west-2',
  'ap-southeast-1',
  'ap-northeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'sa-east-1',
  'ca-central-1',
];
const pinnedPrices = [
  'agentcore-runtime-v1-vcpu-hour',
  'agentcore-runtime-v1-gb-hour',
  'agentcore-runtime-v2-vcpu-hour',
  'agentcore-runtime-v2-gb-hour',
  'agentcore-instances-management-fee-percent',
  'agentcore-gateway-api-per-1k',
  'agentcore-gateway-search-per-1k',
  'agentcore-gateway-tool-index-per-100',
  'agentcore-gateway-vpc-egress-gb',
  'agentcore-memory-short-term-per-1k-events',
  'agentcore-memory-long-term-per-1k-records',
  'agentcore-memory-long-term-custom-per-1k-records',
  'agentcore-memory-retrieval-per-1k',
  'agentcore-identity-per-1k',
  'agentcore-web-search-per-1k',
  'fargate-spot-max-discount-percent',
  'fargate-savings-plan-max-discount-percent',
  'fargate-ephemeral-storage-gb-hour',
  'titan-embed-text-v2-input',
  'amazon-rerank-per-1k',
  'cohere-rerank-3-5-per-1k',
  'opensearch-serverless-ocu-hour',
  'opensearch-serverless-storage-gb-month',
  'aurora-serverless-v2-acu-hour',
  'aurora-serverless-v2-io-optimized-acu-hour',
  'aurora-storage-gb-month',
  'alb-hour',
  'alb-lcu-hour',
  'nat-gateway-hour',
  'nat-gateway-gb',
  'public-ipv4-hour',
  'vpc-endpoint-hour',
  'cloudwatch-logs-ingest-gb',
  'cloudwatch-logs-ingest-ia-gb',
  'cloudwatch-logs-storage-gb-month',
  'lambda-requests-per-million',
  'lambda-x86-gb-second',
  'lambda-arm-gb-second',
];
const pinnedLimits: [string, number | string][] = [
  ['agentcore-max-session-hours', 8],
  ['agentcore-idle-timeout-default-seconds', 900],
  ['agentcore-idle-timeout-min-seconds', 60],
  ['agentcore-idle-timeout-max-seconds', 28800],
  ['agentcore-max-payload-mb', 100],
  ['agentcore-max-vcpu-per-session', 2],
  ['agentcore-max-gb-per-session', 8],
  ['agentcore-min-billed-memory-mb', 128],
  ['agentcore-v2-idle-memory-reclaim-seconds', 120],
  ['agentcore-active-sessions-us', 5000],
  ['agentcore-active-sessions-other', 2500],
  ['agentcore-data-plane-tps', 1000],
  ['agentcore-new-sessions-per-second', 25],
  ['agentcore-sync-request-timeout-minutes', 15],
  ['agentcore-streaming-max-minutes', 60],
  ['agentcore-async-max-hours', 8],
  ['agentcore-session-storage-gb', 1],
  ['agentcore-max-image-gb', 2],
  ['agentcore-direct-code-zip-mb', 250],
  ['agentcore-max-agents', 1000],
  ['agentcore-endpoints-per-agent', 10],
  ['agentcore-instances-max-session-days', 14],
  ['agentcore-v2-cold-start-seconds', 2],
  ['agentcore-ga-date', '2025-10-13'],
  ['agentcore-v2-launch-date', '2026-09-18'],
  ['bedrock-agents-classic-closed-date', '2026-07-30'],
  ['fargate-spot-interruption-warning-seconds', 120],
  ['fargate-billing-minimum-seconds', 60],
  ['fargate-max-vcpu', 16],
  ['fargate-max-gb', 120],
  ['fargate-ephemeral-storage-included-gb', 20],
  ['fargate-ephemeral-storage-max-gb', 200],
  ['lambda-max-timeout-minutes', 15],
  ['lambda-max-memory-mb', 10240],
  ['opensearch-initial-ocu', 4],
  ['opensearch-min-ocu-redundant', 2],
  ['opensearch-min-ocu-single', 1],
  ['opensearch-nextgen-idle-minutes', 10],
  ['opensearch-nextgen-ga-date', '2026-05-28'],
  ['aurora-resume-seconds', 15],
  ['claude-sonnet-4-5-retirement-date', '2026-11-30'],
  ['global-profile-discount-percent', 10],
  ['bedrock-batch-discount-percent', 50],
];

describe('content/pricing data', () => {
  it('every file parses with the schema and is imported by the catalog', () => {
    assert.deepEqual(
      fileNames,
      pricingFiles().map(({ id }) => `${id}.json`),
    );
    assert.equal(
      allItems().length,
      [...parsed.values()].reduce((n, f) => n + f.items.length, 0),
    );
  });

  it('has no duplicate (id, region) key across files', () => {
    const files = [...parsed].map(([file, data]) => ({ file, items: data.items }));
    assert.deepEqual(findDuplicateKeys(files), []);
  });

  it('defines every pinned price id (us-east-1 or global)', () => {
    for (const id of pinnedPrices) {
      assert.equal(findItem(id, 'us-east-1')?.kind, 'price', `missing price ${id}`);
    }
  });

  it('defines the four Fargate rates in every pinned Region', () => {
    for (const region of fargateRegions) {
      for (const id of ['fargate-x86-vcpu-hour', 'fargate-x86-gb-hour', 'fargate-arm-vcpu-hour', 'fargate-arm-gb-hour']) {
        const item = findItem(id, region);
        assert.equal(item?.region, region, `missing ${id} in ${region}`);
      }
    }
    assert.deepEqual([...regions].sort(), [...fargateRegions].sort(), 'the calculator offers exactly the priced Regions');
  });

  it('defines v1 Runtime rates for GovCloud too', () => {
    assert.equal(findItem('agentcore-runtime-v1-vcpu-hour', 'us-gov-west-1')?.value, 0.1074);
    assert.equal(findItem('agentcore-runtime-v1-gb-hour', 'us-gov-west-1')?.value, 0.01134);
  });

  it('defines every pinned limit with the value in the contract', () => {
    for (const [id, value] of pinnedLimits) {
      const item = findItem(id, 'us-east-1');
      assert.equal(item?.kind, 'limit', `missing limit ${id}`);
      assert.equal(item.value, value, id);
    }
    assert.equal(findItem('agentcore-active-sessions-us', 'us-west-2')?.value, 5000);
  });

  it('prices every model for each profile it lists, and only those', () => {
    assert.deepEqual(
      allModels().map((m) => m.id),
      [...modelIds],
    );
    for (const m of allModels()) {
      for (const profile of ['global', 'geo'] as const) {
        for (const side of ['input', 'output']) {
          const item = findItem(`${m.id}-${profile}-${side}`);
          assert.equal(item !== undefined, m.profiles.includes(profile), `${m.id} ${profile} ${side}`);
        }
      }
    }
  });

  it('keeps the Part A figures of the facts file (copied by hand)', () => {
    const expect: [string, string, number][] = [
      ['agentcore-runtime-v1-vcpu-hour', 'us-east-1', 0.0895],
      ['agentcore-runtime-v1-gb-hour', 'us-east-1', 0.00945],
      ['agentcore-runtime-v2-vcpu-hour', 'us-east-1', 0.1276],
      ['agentcore-runtime-v2-gb-hour', 'us-east-1', 0.0169],
      ['fargate-x86-vcpu-hour', 'us-east-1', 0.04048],
      ['fargate-x86-gb-hour', 'us-east-1', 0.004445],
      ['fargate-arm-vcpu-hour', 'us-east-1', 0.03238],
      ['fargate-x86-vcpu-hour', 'eu-central-1', 0.04656],
      ['fargate-arm-vcpu-hour', 'ap-south-1', 0.02384],
      ['fargate-x86-vcpu-hour', 'ca-central-1', 0.04456],
      ['claude-sonnet-5-5-global-input', 'us-east-1', 2],
      ['claude-sonnet-5-global-input', 'us-east-1', 2],
      ['claude-sonnet-5-global-output', 'us-east-1', 10],
      ['claude-sonnet-4-5-global-input', 'us-east-1', 3],
      ['claude-sonnet-4-5-geo-output', 'us-east-1', 16.5],
      ['claude-haiku-4-5-geo-input', 'us-east-1', 1.1],
      ['nova-micro-geo-input', 'us-east-1', 0.035],
      ['opensearch-serverless-ocu-hour', 'us-east-1', 0.24],
      ['aurora-serverless-v2-acu-hour', 'us-east-1', 0.12],
      ['aurora-serverless-v2-io-optimized-acu-hour', 'us-east-1', 0.156],
      ['alb-hour', 'us-east-1', 0.0225],
      ['nat-gateway-gb', 'us-east-1', 0.045],
      ['cloudwatch-logs-ingest-gb', 'us-east-1', 0.5],
      ['lambda-x86-gb-second', 'us-east-1', 0.0000166667],
    ];
    for (const [id, region, value] of expect) assert.equal(findItem(id, region)?.value, value, `${id} ${region}`);
  });

  it('marks derived geographic prices as derived, 10% above global, and published ones as sourced (Part C)', () => {
    for (const side of ['input', 'output']) {
      const geo = findItem(`claude-sonnet-5-5-geo-${side}`);
      const global = findItem(`claude-sonnet-5-5-global-${side}`);
      assert.equal(geo?.confidence, 'derived');
      assert.ok(geo.note);
      assert.ok(typeof geo.value === 'number' && typeof global?.value === 'number');
      assert.ok(Math.abs(geo.value / global.value - 1.1) < 1e-9);
      // Sonnet 5's geographic price ($2.20 / $11) is now published, no longer derived.
      assert.equal(findItem(`claude-sonnet-5-geo-${side}`)?.confidence, 'high');
    }
  });

  it('has the Part C models and statuses (facts file, 2026-12-04)', () => {
    const status = (id: string) => allModels().find((m) => m.id === id);
    assert.deepEqual(
      [
        status('claude-sonnet-5-5')?.status,
        findItem('claude-sonnet-5-5-global-input')?.value,
        findItem('claude-sonnet-5-5-global-output')?.value,
      ],
      ['current', 2, 10],
    );
    assert.deepEqual([status('claude-sonnet-5')?.status, status('claude-sonnet-5')?.replacedBy], ['legacy', 'claude-sonnet-5-5']);
    assert.equal(status('claude-sonnet-4-5')?.status, 'deprecated');
    assert.match(status('claude-sonnet-4-5')?.statusNote ?? '', /no Bedrock end-of-life date/i);
    assert.deepEqual(
      [status('claude-3-5-haiku')?.status, status('claude-3-5-haiku')?.endOfLife, status('claude-3-5-haiku')?.replacedBy],
      ['end-of-life', '2026-06-19', 'claude-haiku-4-5'],
    );
    assert.equal(findItem('agentcore-harness-ga-date')?.value, '2026-06-18');
    assert.equal(findItem('agentcore-policy-per-1k-requests')?.value, 0.025);
    assert.equal(findItem('opensearch-serverless-ocu-hour', 'ap-south-1')?.confidence, 'unverified');
  });

  it('never gives the check day as the source date: a source date is never later than the check', () => {
    for (const item of allItems()) {
      if (item.sourceDate !== undefined)
        assert.ok(item.sourceDate <= item.checked, `${item.id} ${item.region}: source ${item.sourceDate}, checked ${item.checked}`);
    }
  });

  it('explains every low-confidence, derived or unverified figure', () => {
    for (const item of allItems()) {
      if (['low', 'derived', 'unverified'].includes(item.confidence)) assert.ok(item.note, `${item.id} ${item.region}`);
    }
  });
});

describe('pricing schema rejects bad data', () => {
  const good = {
    kind: 'price',
    id: 'example-hour',
    region: 'us-east-1',
    value: 1,
    unit: 'USD per hour',
    label: 'Example',
    source: { url: 'https://aws.amazon.com/example/', title: 'Example page' },
    sourceDate: '2026-09-03',
    checked: '2026-11-25',
    confidence: 'high',
  };
  const file = (item: object) => ({ title: 'Test', summary: 'A test file.', items: [item] });
  const without = (key: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

  it('accepts a complete item', () => assert.ok(pricingFileSchema.safeParse(file(good)).success));
  it('accepts an undated source, but never a figure without the day it was checked', () => {
    assert.ok(pricingFileSchema.safeParse(file(without('sourceDate'))).success);
    assert.ok(!pricingFileSchema.safeParse(file(without('checked'))).success);
  });
  it('rejects a price without a source', () => assert.ok(!pricingFileSchema.safeParse(file(without('source'))).success));
  it('rejects an impossible date', () => assert.ok(!pricingFileSchema.safeParse(file({ ...good, sourceDate: '2026-02-30' })).success));
  it('rejects a plain-http source', () =>
    assert.ok(!pricingFileSchema.safeParse(file({ ...good, source: { url: 'http://example.com', title: 'Example' } })).success));
  it('rejects unknown keys', () => assert.ok(!pricingFileSchema.safeParse(file({ ...good, price: 2 })).success));
  it('rejects a negative or infinite price', () => {
    assert.ok(!pricingFileSchema.safeParse(file({ ...good, value: -1 })).success);
    assert.ok(!pricingFileSchema.safeParse(file({ ...good, value: Number.POSITIVE_INFINITY })).success);
  });
  it('rejects a derived figure without a note', () =>
    assert.ok(!pricingFileSchema.safeParse(file({ ...good, confidence: 'derived' })).success));
  it('rejects a duplicate key within a file', () => {
    const r = pricingFileSchema.safeParse({ title: 'Test', summary: 'A test file.', items: [good, good] });
    assert.ok(!r.success);
    assert.match(r.error.issues[0]?.message ?? '', /duplicate key/);
  });
  it('finds duplicate keys across files', () => {
    const dups = findDuplicateKeys([
      { file: 'a.json', items: [{ id: 'x', region: 'us-east-1' }] },
      {
        file: 'b.json',
        items: [
          { id: 'x', region: 'us-east-1' },
          { id: 'x', region: 'eu-west-1' },
        ],
      },
    ]);
    assert.deepEqual(dups, [{ id: 'x', region: 'us-east-1', files: ['a.json', 'b.json'] }]);
  });
});
