import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { daysBetween, earlierValues, latestVersion, priceVersions, staleFigures, valueOn } from '../../../src/lib/pricing/history.ts';
import { priceVersionSchema } from '../../../src/schemas/price-history.ts';

describe('price history', () => {
  it('every version file parses with the schema, oldest first, named by its date', () => {
    const versions = priceVersions();
    assert.ok(versions.length >= 1);
    for (const v of versions) assert.ok(priceVersionSchema.safeParse(v).success, v.date);
    assert.deepEqual(
      versions.map((v) => v.date),
      [...versions.map((v) => v.date)].sort(),
    );
    assert.equal(latestVersion(), versions.at(-1)?.date);
  });

  it('records the default model change of 2026-12-05, so links made before it keep Claude Sonnet 5', () => {
    const v = priceVersions().find((x) => x.date === '2026-12-05');
    assert.deepEqual(v?.defaults, [{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }]);
  });

  it('a figure that never changed is worth its current value on any day', () => {
    assert.equal(valueOn('no-such-figure', 'us-east-1', 0.5, '2020-01-01'), 0.5);
    assert.deepEqual(earlierValues('no-such-figure', 'us-east-1'), []);
  });

  it('a figure changed twice is worth what it held on each day', () => {
    // $0.04 until 2026-03-01, then $0.05 until 2026-09-01, then $0.06 (current).
    const versions = [
      { date: '2026-03-01', summary: 'First change.', changes: [{ id: 'x', region: 'us-east-1', from: 0.04, to: 0.05 }], defaults: [] },
      { date: '2026-09-01', summary: 'Second change.', changes: [{ id: 'x', region: 'us-east-1', from: 0.05, to: 0.06 }], defaults: [] },
    ];
    assert.equal(valueOn('x', 'us-east-1', 0.06, '2026-02-28', versions), 0.04);
    assert.equal(valueOn('x', 'us-east-1', 0.06, '2026-03-01', versions), 0.05);
    assert.equal(valueOn('x', 'us-east-1', 0.06, '2026-08-31', versions), 0.05);
    assert.equal(valueOn('x', 'us-east-1', 0.06, '2026-09-01', versions), 0.06);
    assert.equal(valueOn('x', 'eu-west-1', 0.07, '2026-01-01', versions), 0.07);
    assert.deepEqual(earlierValues('x', 'us-east-1', versions), [
      { value: 0.05, until: '2026-09-01' },
      { value: 0.04, until: '2026-03-01' },
    ]);
  });

  it('counts whole days between two dates, across months and leap days', () => {
    assert.equal(daysBetween('2026-12-04', '2026-12-05'), 1);
    assert.equal(daysBetween('2026-11-24', '2026-12-05'), 11);
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2026-12-05', '2026-12-05'), 0);
  });

  it('lists figures checked more than 90 days before a given day, oldest first', () => {
    const items = [
      { id: 'a', checked: '2026-09-06' }, // 90 days before 2026-12-05: not yet stale
      { id: 'b', checked: '2026-09-05' }, // 91 days
      { id: 'c', checked: '2026-01-01' },
      { id: 'd', checked: '2026-12-05' },
    ];
    assert.deepEqual(
      staleFigures(items, '2026-12-05').map((i) => i.id),
      ['c', 'b'],
    );
  });
});
