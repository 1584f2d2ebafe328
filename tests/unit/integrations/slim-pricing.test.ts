import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { slimPricingFile } from '../../../src/integrations/slim-pricing.ts';
import { allPriceCitations } from '../../../src/lib/report/price-details.ts';

const citations = allPriceCitations();

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'pricing');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('slim price book for the browser', () => {
  for (const name of files) {
    it(`${name}: keeps every item with the fields the model and formulas read; its label, source and source date are in price-citations.json`, () => {
      const full = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const slim = slimPricingFile(full) as {
        items: Record<string, unknown>[];
        models?: Record<string, unknown>[];
        lists?: Record<string, unknown>[];
      };
      // Figures only the chapters cite are left out; every other item keeps what the browser shows.
      const kept = full.items.filter((i: Record<string, unknown>) => i['calculators'] !== false);
      assert.equal(slim.items.length, kept.length);
      slim.items.forEach((item, i) => {
        const src = kept[i];
        for (const key of ['kind', 'id', 'region', 'value', 'unit', 'checked']) {
          assert.deepEqual(item[key], src[key], `${src.id}@${src.region}.${key}`);
        }
        for (const key of ['label', 'source', 'sourceDate', 'note', 'moreSources', 'confidence', 'calculators', 'priceList'])
          assert.equal(item[key], undefined, `${src.id}.${key}`);
        // What the browser leaves out of a figure and shows under a formula is in /price-citations.json, under the same key.
        const key = `${src.id}@${src.region}`;
        assert.deepEqual(
          citations[key],
          { label: src.label, source: src.source, ...(src.sourceDate === undefined ? {} : { sourceDate: src.sourceDate }) },
          `${key} in price-citations.json`,
        );
      });
      if (full.models) {
        assert.deepEqual(
          slim.models?.map((m) => [
            m['id'],
            m['name'],
            m['status'],
            m['endOfLife'],
            m['profiles'],
            m['statusNote'],
            m['replacedBy'],
            m['checked'],
          ]),
          full.models.map((m: Record<string, unknown>) => [
            m['id'],
            m['name'],
            m['status'],
            m['endOfLife'],
            m['profiles'],
            m['statusNote'],
            m['replacedBy'],
            m['checked'],
          ]),
        );
      }
      if (full.lists) {
        assert.deepEqual(
          slim.lists?.map((l) => [l['id'], l['values'], l['checked'], l['confidence']]),
          full.lists.map((l: Record<string, unknown>) => [l['id'], l['values'], l['checked'], l['confidence']]),
        );
      }
    });
  }

  it('is smaller than the full data set', () => {
    const sizes = files.map((name) => {
      const full = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      return [JSON.stringify(full).length, JSON.stringify(slimPricingFile(full)).length] as const;
    });
    const [full, slim] = sizes.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
    assert.ok(slim < full * 0.6, `slim ${slim} of ${full} characters`);
  });
});
