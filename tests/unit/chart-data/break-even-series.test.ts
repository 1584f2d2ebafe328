import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { breakEven } from '../../../src/lib/cost/break-even.ts';
import { optionTotal } from '../../../src/lib/cost/estimate.ts';
import { defaultScenario, withDefaults } from '../../../src/lib/cost/scenario.ts';
import { breakEvenChart, chartRange, logSpaced } from '../../../src/lib/chart-data/break-even-series.ts';
import { getPreset } from '../../../src/lib/scenarios.ts';
import { near } from '../helpers.ts';

describe('break-even chart data', () => {
  it('spaces volumes evenly on a log scale: 10, 100, 1,000, 10,000', () => {
    const v = logSpaced(10, 10_000, 4);
    assert.equal(v.length, 4);
    [10, 100, 1000, 10_000].forEach((expected, i) => near(v[i]!, expected, 1e-9));
  });

  it('refuses a range a log axis cannot draw', () => {
    assert.throws(() => logSpaced(0, 10, 5));
    assert.throws(() => logSpaced(10, 10, 5));
  });

  it("draws 10 to 1,000,000 a day, and further when the reader's volume is near the end", () => {
    assert.deepEqual(chartRange(defaultScenario), { min: 10, max: 1_000_000 });
    assert.deepEqual(chartRange(withDefaults({ requestsPerDay: 2_000_000 })), { min: 10, max: 10_000_000 });
    assert.deepEqual(chartRange(withDefaults({ requestsPerDay: 100_000_000 })), { min: 10, max: 100_000_000 });
  });

  it('marks the steady pipeline crossing where the break-even search puts it, on both curves', () => {
    const s = getPreset('steady-pipeline').scenario;
    const data = breakEvenChart(s);
    const be = breakEven(s, 'agentcore-runtime', 'ecs-fargate', { minPerDay: 0, maxPerDay: data.max });
    const marker = data.markers.find((m) => m.a === 'agentcore-runtime' && m.b === 'ecs-fargate');
    assert.ok(marker, 'a marker for AgentCore vs Fargate');
    near(marker.x, be.crossings[0]!.requestsPerDay, 1e-6);
    const agentcore = data.series.find((x) => x.option === 'agentcore-runtime')!.points.find((p) => p.x === marker.x);
    const fargate = data.series.find((x) => x.option === 'ecs-fargate')!.points.find((p) => p.x === marker.x);
    assert.ok(agentcore && fargate, 'the crossing volume is one of the drawn points');
    near(agentcore.y, fargate.y, 0.01);
  });

  it("includes the reader's own volume and totals", () => {
    const data = breakEvenChart(defaultScenario);
    assert.equal(data.current.x, 10_000);
    near(data.current.totals[2]!, optionTotal(defaultScenario, 'ecs-fargate'), 1e-9);
    assert.ok(data.series.every((s) => s.points.some((p) => p.x === 10_000)));
    assert.deepEqual(
      data.pairs.map((p) => [p.a, p.b]),
      [
        ['agentcore-runtime', 'ecs-fargate'],
        ['bedrock-agents', 'ecs-fargate'],
        ['bedrock-agents', 'agentcore-runtime'],
      ],
    );
  });

  it("tabulates each power of ten, the reader's volume and the crossing, ascending", () => {
    const s = getPreset('steady-pipeline').scenario;
    const data = breakEvenChart(s);
    const decades = data.rows.filter((r) => r.kind === 'decade').map((r) => Math.round(r.x));
    assert.deepEqual(decades, [10, 100, 1000, 10_000, 100_000, 1_000_000]);
    assert.equal(data.rows.filter((r) => r.kind === 'current').length, 1);
    assert.equal(data.rows.filter((r) => r.kind === 'crossing').length, 1);
    const xs = data.rows.map((r) => r.x);
    assert.deepEqual(
      xs,
      [...xs].sort((p, q) => p - q),
    );
    const crossing = data.rows.find((r) => r.kind === 'crossing')!;
    near(crossing.totals[1]!, crossing.totals[2]!, 0.01);
  });
});
