import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { slimPricingFile } from '../../../src/integrations/slim-pricing.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'pricing');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('slim price book for the browser', () => {
  for (const name of files) {
    it(`${name}: keeps every item with the fields the model, formulas and exports read`, () => {
      const full = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const slim = slimPricingFile(full) as { reviewed: string; items: Record<string, unknown>[]; models?: Record<string, unknown>[] };
      assert.equal(slim.reviewed, full.reviewed);
      assert.equal(slim.items.length, full.items.length);
      slim.items.forEach((item, i) => {
        const src = full.items[i];
        for (const key of ['kind', 'id', 'region', 'value', 'unit', 'label', 'source', 'date', 'dateType', 'confidence']) {
          assert.deepEqual(item[key], src[key], `${src.id}@${src.region}.${key}`);
        }
        assert.equal(item['note'], undefined);
        assert.equal(item['moreSources'], undefined);
      });
      if (full.models) {
        assert.deepEqual(
          slim.models?.map((m) => [m['id'], m['name'], m['status'], m['profiles'], m['statusNote'], m['replacedBy']]),
          full.models.map((m: Record<string, unknown>) => [m['id'], m['name'], m['status'], m['profiles'], m['statusNote'], m['replacedBy']]),
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
    assert.ok(slim < full * 0.75, `slim ${slim} of ${full} characters`);
  });
});
