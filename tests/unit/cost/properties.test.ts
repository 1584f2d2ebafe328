import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { breakEven } from '../../../src/lib/cost/break-even.ts';
import { estimate, optionTotal } from '../../../src/lib/cost/estimate.ts';
import { optionIds, type OptionId } from '../../../src/lib/cost/scenario.ts';
import { roundCents } from '../../../src/lib/format/money.ts';
import { scenarioArb } from '../arbitraries.ts';

const pairArb = fc
  .tuple(fc.constantFrom(...optionIds), fc.constantFrom(...optionIds))
  .filter(([a, b]) => a !== b) as fc.Arbitrary<[OptionId, OptionId]>;

describe('cost model properties (random valid scenarios)', () => {
  it('every figure is finite and >= 0, every line explains itself, totals add up to the cent', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const r of estimate(s).options) {
          let sum = 0;
          for (const line of r.lines) {
            assert.ok(Number.isFinite(line.usd) && line.usd >= 0, `${r.option}/${line.id}: ${line.usd}`);
            assert.match(line.formula, / = -?\$[\d,]+\.\d\d$/, `${r.option}/${line.id} formula`);
            assert.doesNotMatch(line.formula + (line.note ?? ''), /NaN|Infinity|undefined/);
            sum += line.usd;
          }
          assert.ok(Number.isFinite(r.total) && r.total >= 0);
          assert.ok(Math.abs(r.total - sum) <= 1e-9 * Math.max(1, sum));
          assert.equal(roundCents(r.total), roundCents(sum));
          for (const id of ['model', 'retrieval', 'logs']) assert.ok(r.lines.some((l) => l.id === id), `${r.option} lacks ${id}`);
          assert.equal(new Set(r.lines.map((l) => l.id)).size, r.lines.length, 'line ids are unique');
          for (const n of r.notes) assert.doesNotMatch(n, /NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('cost never falls when traffic rises', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (s, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          for (const option of optionIds) {
            const a = optionTotal({ ...s, requestsPerDay: lo }, option);
            const b = optionTotal({ ...s, requestsPerDay: hi }, option);
            assert.ok(b >= a - 1e-9 * Math.max(1, a), `${option}: ${lo} -> ${a}, ${hi} -> ${b}`);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a break-even volume, fed back in, gives equal totals; a step crossing flips the order', () => {
    fc.assert(
      fc.property(scenarioArb, pairArb, fc.integer({ min: 1_000, max: 500_000 }), (s, [a, b], maxPerDay) => {
        const r = breakEven(s, a, b, { maxPerDay });
        for (const c of r.crossings) {
          assert.ok(c.requestsPerDay >= 0 && c.requestsPerDay <= maxPerDay);
          const at = { ...s, requestsPerDay: c.requestsPerDay };
          const ta = optionTotal(at, a);
          const tb = optionTotal(at, b);
          if (c.kind === 'exact') {
            assert.ok(Math.abs(ta - tb) <= 1e-6 * Math.max(1, ta, tb), `exact crossing at ${c.requestsPerDay}: ${ta} vs ${tb}`);
          } else {
            const above = { ...s, requestsPerDay: c.requestsPerDay * (1 + 1e-9) + 1e-9 };
            const cheapAt = optionTotal(at, c.cheaperBelow) <= optionTotal(at, c.cheaperAbove) + 1e-9;
            const cheapAbove = optionTotal(above, c.cheaperAbove) <= optionTotal(above, c.cheaperBelow) + 1e-9;
            assert.ok(cheapAt && cheapAbove, `step crossing at ${c.requestsPerDay}`);
          }
        }
        if (r.crossings.length === 0) {
          assert.ok(r.cheaperThroughout !== null);
          assert.ok(r.summary.length > 0);
          if (r.cheaperThroughout !== 'equal') {
            const other = r.cheaperThroughout === a ? b : a;
            for (const v of [0, maxPerDay / 3, maxPerDay]) {
              const at = { ...s, requestsPerDay: v };
              const x = optionTotal(at, r.cheaperThroughout);
              assert.ok(x <= optionTotal(at, other) + 1e-6 * Math.max(1, x), `cheaper throughout at ${v}`);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
