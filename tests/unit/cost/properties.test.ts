import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { breakEven } from '../../../src/lib/cost/break-even.ts';
import { fargateTaskPlan, plannedRequestsPerTask } from '../../../src/lib/cost/ecs-fargate.ts';
import { estimate, optionTotal } from '../../../src/lib/cost/estimate.ts';
import { optionIds, type OptionId, type Scenario } from '../../../src/lib/cost/scenario.ts';
import { peakConcurrency } from '../../../src/lib/cost/traffic.ts';
import { measureWork } from '../../../src/lib/cost/work.ts';
import { roundCents } from '../../../src/lib/format/money.ts';
import { scenarioArb } from '../arbitraries.ts';

interface Found {
  kind: 'exact' | 'step';
  requestsPerDay: number;
  cheaperBelow: OptionId;
}

/**
 * The reference the closed form must agree with: every task-count piece of [0, max], one by
 * one, the model evaluated directly at both ends of each (task count held), crossings read
 * from sign changes. Returns null when a difference is too close to zero for the sign to mean
 * anything (then either answer is right, and the case is discarded).
 */
function bruteForce(s: Scenario, a: OptionId, b: OptionId, max: number): Found[] | null {
  // The task count rises from n to n + 1 at n / k requests a day (Little's law, one line).
  const k = peakConcurrency({ ...s, requestsPerDay: 1 }) / plannedRequestsPerTask(s);
  const bounds = [0];
  for (let n = s.minTasks; n / k < max; n++) bounds.push(n / k);
  bounds.push(max);
  const d = (v: number, tasks: number): number => {
    const at = { ...s, requestsPerDay: v };
    const ta = optionTotal(at, a, tasks);
    const tb = optionTotal(at, b, tasks);
    const x = ta - tb;
    return Math.abs(x) <= 1e-6 * Math.max(1, ta, tb) ? Number.NaN : x;
  };
  const found: Found[] = [];
  for (let i = 0; i + 1 < bounds.length && found.length < 50; i++) {
    const lo = bounds[i]!;
    const hi = bounds[i + 1]!;
    const tasks = fargateTaskPlan({ ...s, requestsPerDay: (lo + hi) / 2 }).tasksOn;
    const dLo = d(lo, tasks);
    const dHi = d(hi, tasks);
    if (Number.isNaN(dLo) || Number.isNaN(dHi)) return null;
    if (i > 0) {
      const dLeft = d(lo, tasks - 1);
      if (Number.isNaN(dLeft)) return null;
      if (Math.sign(dLeft) !== Math.sign(dLo)) found.push({ kind: 'step', requestsPerDay: lo, cheaperBelow: dLeft < 0 ? a : b });
    }
    if (Math.sign(dLo) !== Math.sign(dHi)) {
      found.push({ kind: 'exact', requestsPerDay: lo + (dLo * (hi - lo)) / (dLo - dHi), cheaperBelow: dLo < 0 ? a : b });
    }
  }
  return found;
}

const pairArb = fc.tuple(fc.constantFrom(...optionIds), fc.constantFrom(...optionIds)).filter(([a, b]) => a !== b) as fc.Arbitrary<
  [OptionId, OptionId]
>;

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
          for (const id of ['model', 'retrieval', 'logs'])
            assert.ok(
              r.lines.some((l) => l.id === id),
              `${r.option} lacks ${id}`,
            );
          assert.equal(new Set(r.lines.map((l) => l.id)).size, r.lines.length, 'line ids are unique');
          for (const n of r.notes) assert.doesNotMatch(n, /NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('cost never falls when traffic rises', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (s, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        for (const option of optionIds) {
          const a = optionTotal({ ...s, requestsPerDay: lo }, option);
          const b = optionTotal({ ...s, requestsPerDay: hi }, option);
          assert.ok(b >= a - 1e-9 * Math.max(1, a), `${option}: ${lo} -> ${a}, ${hi} -> ${b}`);
        }
      }),
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

  it('the closed-form break-even search finds what a piece-by-piece search finds', () => {
    // Small ranges (at most 300 task steps) so the reference can walk every one of them.
    const fargatePairArb = fc.constantFrom<[OptionId, OptionId]>(
      ['agentcore-runtime', 'ecs-fargate'],
      ['bedrock-agents', 'ecs-fargate'],
      ['ecs-fargate', 'agentcore-runtime'],
    );
    let withCrossings = 0;
    fc.assert(
      fc.property(scenarioArb, fargatePairArb, fc.integer({ min: 1_000, max: 2_000_000 }), (raw, [a, b], maxPerDay) => {
        const s: Scenario = { ...raw, fargateTasks: 'auto' };
        const k = peakConcurrency({ ...s, requestsPerDay: 1 }) / plannedRequestsPerTask(s);
        fc.pre(k > 0);
        const max = Math.min(maxPerDay, 300 / k);
        const expected = bruteForce(s, a, b, max);
        fc.pre(expected !== null);
        const r = breakEven(s, a, b, { maxPerDay: max });
        assert.equal(r.truncated, false);
        const got = r.crossings.map((c) => ({ kind: c.kind, requestsPerDay: c.requestsPerDay, cheaperBelow: c.cheaperBelow }));
        assert.deepEqual(
          got.map((c) => [c.kind, c.cheaperBelow]),
          expected.map((c) => [c.kind, c.cheaperBelow]),
        );
        got.forEach((c, i) => {
          const want = expected[i]!.requestsPerDay;
          assert.ok(Math.abs(c.requestsPerDay - want) <= 1e-6 * Math.max(1, want), `crossing ${i}: ${c.requestsPerDay} vs ${want}`);
        });
        if (got.length > 0) withCrossings += 1;
      }),
      { numRuns: 300 },
    );
    // The agreement means something only if crossings were found along the way.
    assert.ok(withCrossings >= 20, `only ${withCrossings} runs had a crossing`);
  });

  it('every break-even search covers the range asked for, with bounded work at any volume', () => {
    // Up to 100,000,000 a day (the field's maximum): millions of task steps for small tasks. The
    // search examines the first and last piece, a few around each sign change and at most one
    // per crossing (50 at most): never near one per step, and it never has to stop early.
    fc.assert(
      fc.property(scenarioArb, pairArb, fc.integer({ min: 1_000, max: 100_000_000 }), (s, [a, b], maxPerDay) => {
        const { value: r, work } = measureWork(() => breakEven(s, a, b, { maxPerDay }));
        assert.equal(r.truncated, false);
        assert.equal(r.maxPerDay, maxPerDay);
        assert.ok(work.piecesExamined <= 70, `${work.piecesExamined} pieces examined`);
      }),
      { numRuns: 300 },
    );
  });
});
