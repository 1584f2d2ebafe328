import { describe, expect, it } from 'vitest';
import { priceVersionSchema } from '../../../src/schemas/price-history.ts';
import { changelogSchema } from '../../../src/schemas/changelog.ts';
import {
  applyItemUpdates,
  changelogEntry,
  mergePriceVersion,
  valueSpans,
  type PriceChange,
} from '../../../src/lib/pricing/price-update.ts';

const change = (id: string, region: string, from: number, to: string): PriceChange => ({
  id,
  region,
  from,
  to,
  file: 'fargate.json',
  status: 'changed',
  offer: 'AmazonECS',
  sku: 'SKU',
});

describe('valueSpans', () => {
  it('finds each value by path, exactly as written', () => {
    const text = '{ "a": [1, { "b": "x" }], "c": 1.5e-5, "d": null }';
    const at = (path: string) => {
      const span = valueSpans(text).get(path);
      return span && text.slice(span[0], span[1]);
    };
    expect(at('a.1.b')).toBe('"x"');
    expect(at('a.0')).toBe('1');
    expect(at('c')).toBe('1.5e-5');
    expect(at('d')).toBe('null');
    expect(at('a')).toBe('[1, { "b": "x" }]');
  });

  it('rejects text that is not JSON', () => {
    expect(() => valueSpans('{ "a": 1 ')).toThrow('invalid JSON');
    expect(() => valueSpans('{ "a": 1 } x')).toThrow('trailing characters');
  });
});

describe('applyItemUpdates', () => {
  const text = `{
  "title": "T",
  "items": [
    {
      "id": "a",
      "value": 1.66667e-05,
      "checked": "2026-11-01"
    },
    {
      "id": "b",
      "value": 0.04048,
      "checked": "2026-11-01",
      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "EU-Fargate-vCPU-Hours:perCPU" } }
    }
  ]
}
`;

  it('replaces the value and checked date in place and leaves every other byte alone', () => {
    const out = applyItemUpdates(text, [
      { index: 1, value: '0.04448', checked: '2026-12-06' },
      { index: 0, checked: '2026-12-06' },
    ]);
    expect(out).toBe(`{
  "title": "T",
  "items": [
    {
      "id": "a",
      "value": 1.66667e-05,
      "checked": "2026-12-06"
    },
    {
      "id": "b",
      "value": 0.04448,
      "checked": "2026-12-06",
      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "EU-Fargate-vCPU-Hours:perCPU" } }
    }
  ]
}
`);
  });

  it('throws on an item that does not exist', () => {
    expect(() => applyItemUpdates(text, [{ index: 2, checked: '2026-12-06' }])).toThrow('items[2] has no "checked"');
  });
});

describe('mergePriceVersion', () => {
  it('makes a new version from the changes (valid against the history schema)', () => {
    const v = mergePriceVersion(undefined, '2026-12-06', [change('fargate-x86-vcpu-hour', 'eu-west-1', 0.04048, '0.04448')]);
    expect(v).toEqual({
      date: '2026-12-06',
      summary: 'AWS Price List: 1 price changed (fargate-x86-vcpu-hour).',
      changes: [{ id: 'fargate-x86-vcpu-hour', region: 'eu-west-1', from: 0.04048, to: 0.04448 }],
      defaults: [],
    });
    expect(priceVersionSchema.parse(v)).toEqual(v);
  });

  it("merges into today's existing version: keeps its summary, defaults and the first from of a figure changed twice", () => {
    const existing = {
      date: '2026-12-06',
      summary: 'Claude Sonnet 5.5 became the default model.',
      changes: [{ id: 'alb-hour', region: 'us-east-1', from: 0.0225, to: 0.025 }],
      defaults: [{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }],
    };
    const v = mergePriceVersion(existing, '2026-12-06', [
      change('alb-hour', 'us-east-1', 0.025, '0.0252'),
      change('nat-gateway-hour', 'us-east-1', 0.045, '0.048'),
    ]);
    expect(v).toEqual({
      date: '2026-12-06',
      summary: 'Claude Sonnet 5.5 became the default model. AWS Price List: 2 prices changed (alb-hour, nat-gateway-hour).',
      changes: [
        { id: 'alb-hour', region: 'us-east-1', from: 0.0225, to: 0.0252 },
        { id: 'nat-gateway-hour', region: 'us-east-1', from: 0.045, to: 0.048 },
      ],
      defaults: [{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }],
    });
    expect(existing.changes[0]?.to).toBe(0.025); // the input is not mutated
  });
});

describe('changelogEntry', () => {
  const describe_ = () => ({ label: 'Fargate Linux/x86 vCPU', unit: 'USD per vCPU-hour' });
  const entry = changelogEntry('2026-12-06', [change('fargate-x86-vcpu-hour', 'eu-west-1', 0.04048, '0.04448')], describe_);

  it('writes a changelog entry listing each change old → new', () => {
    expect(entry).toBe(`---
title: Prices updated from the AWS Price List
date: 2026-12-06
summary: "1 price updated from the AWS Price List by npm run prices:update, each old → new below."
---

Read from the AWS Price List Bulk API (on-demand rates); the old value of each figure is kept in the price history.

- **Fargate Linux/x86 vCPU** (\`fargate-x86-vcpu-hour\`, eu-west-1): 0.04048 → 0.04448 USD per vCPU-hour.
`);
  });

  it('has frontmatter the changelog collection accepts', () => {
    const front = Object.fromEntries(
      (entry.split('---')[1] ?? '')
        .trim()
        .split('\n')
        .map((line) => {
          const [key, ...rest] = line.split(': ');
          const value = rest.join(': ');
          return [key, value.startsWith('"') ? JSON.parse(value) : value];
        }),
    );
    expect(changelogSchema.safeParse(front).success).toBe(true);
  });

  it("appends to today's entry on a second run", () => {
    const more = changelogEntry(
      '2026-12-06',
      [change('alb-hour', 'us-east-1', 0.0225, '0.0252')],
      () => ({ label: 'ALB hour', unit: 'USD per ALB-hour' }),
      entry,
    );
    expect(more).toBe(`${entry}- **ALB hour** (\`alb-hour\`, us-east-1): 0.0225 → 0.0252 USD per ALB-hour.\n`);
  });
});
