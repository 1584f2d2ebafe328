import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { breakEven } from '../../../src/lib/cost/break-even.ts';
import { optionTotal } from '../../../src/lib/cost/estimate.ts';
import { defaultScenario, withDefaults } from '../../../src/lib/cost/scenario.ts';
import { breakEvenChart, breakEvenView, chartRange, HOSTING_Y_DECADES, logSpaced } from '../../../src/lib/chart-data/break-even-series.ts';
import { estimate } from '../../../src/lib/cost/estimate.ts';
import { sharedCostUsd } from '../../../src/lib/cost/hosting.ts';
import { measureWork } from '../../../src/lib/cost/work.ts';
import { getPreset } from '../../../src/lib/scenarios.ts';
import { near } from '../helpers.ts';

describe('break-even chart data', () => {
  it("the table gives the reader's volume one row, even when it is a power of ten", () => {
    // 10,000 a day (the default) is also a decade of the 10 to 1,000,000 range.
    const rows = breakEvenChart(defaultScenario).rows.filter((r) => r.x === 10_000);
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['current'],
    );
    assert.deepEqual(
      breakEvenChart(withDefaults({ requestsPerDay: 2_500 }))
        .rows.filter((r) => r.kind === 'decade')
        .map((r) => r.x),
      [10, 100, 1_000, 10_000, 100_000, 1_000_000],
    );
  });

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

describe('break-even chart, hosting view', () => {
  it("plots each option's hosting subtotal: the total less the shared cost at that volume", () => {
    const data = breakEvenChart(defaultScenario);
    const plot = breakEvenView(data, 'hosting');
    plot.series.forEach((series, i) => {
      for (const [k, p] of series.points.entries()) {
        const total = data.series[i]!.points[k]!.y;
        near(p.y, total - sharedCostUsd({ ...defaultScenario, requestsPerDay: p.x }), 1e-9 * Math.max(1, total));
      }
    });
    // At the reader's volume, the same figures as the cost calculator's cards.
    const est = estimate(defaultScenario);
    data.current.hosting.forEach((h, i) => near(h, est.options[i]!.hosting, 1e-9));
    const current = plot.rows.find((r) => r.kind === 'current')!;
    assert.deepEqual(current.values, data.current.hosting);
  });

  it('plots the totals in the all view, as before', () => {
    const data = breakEvenChart(defaultScenario);
    const plot = breakEvenView(data, 'all');
    assert.deepEqual(
      plot.series.map((s) => s.points.map((p) => p.y)),
      data.series.map((s) => s.points.map((p) => p.y)),
    );
    assert.deepEqual(
      plot.rows.map((r) => r.values),
      data.rows.map((r) => r.totals),
    );
    assert.equal(plot.yMin, undefined);
  });

  it('keeps the crossings where they are: the two hosting lines meet at the marker', () => {
    const data = breakEvenChart(defaultScenario);
    const plot = breakEvenView(data, 'hosting');
    const index = data.markers.findIndex((m) => m.a === 'agentcore-runtime' && m.b === 'ecs-fargate');
    assert.ok(index >= 0, 'a marker for AgentCore vs Fargate');
    const marker = plot.markers[index]!;
    const at = (option: string) => plot.series.find((s) => s.option === option)!.points.find((p) => p.x === marker.x)!.y;
    near(at('agentcore-runtime'), at('ecs-fargate'), 0.01);
    near(marker.y, at('ecs-fargate'), 0.01);
    // Defaults (see cost-calculator.spec.ts): Fargate's hosting floor is 2 tasks x 730 h x $0.04937
    // + ALB $16.425 + NAT $32.85 + 3 public IPv4 addresses $10.95 = $132.3052. AgentCore's hosting
    // grows $0.0417803 a month per request a day (2 vCPU-s, then 277.5 GB-s a request), Fargate's
    // $0.0000300787 (LCU, NAT data), so they meet at 132.3052 / 0.0417502 = 3,169 a day, where both
    // also pay 3,169 x $0.0000608333 of logs: $132.3052 + 3,169 x $0.0000909120 = $132.59. A
    // total-cost axis puts that point above $1,000.
    near(marker.y, 132.59, 0.05);
    const crossing = plot.rows.find((r) => r.kind === 'crossing')!;
    near(crossing.values[1]!, crossing.values[2]!, 0.01);
  });

  it('starts a log axis a few powers of ten below the top, so cents a month do not squeeze the crossing', () => {
    const plot = breakEvenView(breakEvenChart(defaultScenario), 'hosting');
    assert.equal(plot.logY, true);
    // AgentCore's hosting at 1,000,000 a day is about $41,841: the axis runs $1 to $100,000.
    const top = Math.max(...plot.series.flatMap((s) => s.points.map((p) => p.y)));
    near(top, 41_841.08, 0.01);
    assert.equal(plot.yMin, 10 ** (5 - HOSTING_Y_DECADES));
  });

  it('costs no more cost evaluations than the totals alone did: both come from one evaluation', () => {
    const { work } = measureWork(() => breakEvenChart(defaultScenario));
    // 99 volumes (97 spaced, the reader's, a crossing) and 8 table rows, 3 options each, plus the
    // three break-even searches: 384. The chart drew only totals with 387 (the reader's volume
    // was evaluated twice).
    assert.ok(work.costEvaluations <= 387, `${work.costEvaluations} cost evaluations`);
  });
});
