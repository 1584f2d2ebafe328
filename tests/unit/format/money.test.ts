import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCount,
  formatNumber,
  formatPercent,
  formatRate,
  formatUsd,
  formatUsdWhole,
  roundCents,
  usdAttribute,
} from '../../../src/lib/format/money.ts';

describe('money and number formatting', () => {
  it('formats dollars to the cent with thousands separators', () => {
    assert.equal(formatUsd(1441.604), '$1,441.60');
    assert.equal(formatUsd(4106.25), '$4,106.25');
    assert.equal(formatUsd(0), '$0.00');
    assert.equal(formatUsd(-0.001), '$0.00');
    assert.equal(formatUsd(1234567.891), '$1,234,567.89');
    assert.equal(formatUsdWhole(1441.6), '$1,442');
  });

  it('keeps every published digit of a rate', () => {
    assert.equal(formatRate(0.04048), '$0.04048');
    assert.equal(formatRate(3), '$3.00');
    assert.equal(formatRate(0.0000166667), '$0.0000166667');
  });

  it('formats counts and numbers', () => {
    assert.equal(formatCount((10000 * 730) / 24), '304,167');
    assert.equal(formatCount((1 * 730) / 24), '30.42');
    assert.equal(formatNumber((10000 * 730) / 24), '304,166.67');
    assert.equal(formatNumber(0.125, 3), '0.125');
    assert.equal(formatPercent(12.5), '12.5%');
    assert.equal(usdAttribute(1441.604), '1441.60');
    assert.equal(roundCents(259.588), 259.59);
  });

  it('throws instead of printing NaN, Infinity or undefined', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined as unknown as number]) {
      assert.throws(() => formatUsd(bad), TypeError);
      assert.throws(() => formatRate(bad), TypeError);
      assert.throws(() => formatNumber(bad), TypeError);
      assert.throws(() => formatCount(bad), TypeError);
      assert.throws(() => usdAttribute(bad), TypeError);
    }
  });

  it('never prints NaN, Infinity or undefined for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (v) => {
        for (const text of [formatUsd(v), formatRate(v), formatNumber(v), formatCount(v), usdAttribute(v)]) {
          assert.doesNotMatch(text, /NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
