import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'vitest';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { priceValue, setPricesDay } from '../../../src/lib/pricing/catalog.ts';
import { defaultsOn, priceVersionOf } from '../../../src/lib/pricing/history.ts';
import { defaultScenarioOn } from '../../../src/lib/params/pinned-defaults.ts';
import { repricedLines } from '../../../src/lib/report/pinned-prices.ts';

afterEach(() => setPricesDay(undefined));

const versions = [
  { date: '2026-11-24', summary: 'First data set.', changes: [], defaults: [] },
  {
    date: '2026-12-05',
    summary: 'New default model.',
    changes: [],
    defaults: [{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }],
  },
];

describe('links pinned to a data version', () => {
  it('reads prices= as today, a day since the first data set, or unknown', () => {
    assert.deepEqual(priceVersionOf(null, versions), { status: 'current' });
    assert.deepEqual(priceVersionOf('2026-12-05', versions), { status: 'current' });
    assert.deepEqual(priceVersionOf('2027-01-01', versions), { status: 'current' });
    assert.deepEqual(priceVersionOf('2026-12-01', versions), { status: 'pinned', day: '2026-12-01' });
    assert.deepEqual(priceVersionOf('2026-11-24', versions), { status: 'pinned', day: '2026-11-24' });
    for (const bad of ['2026-11-23', '2026-02-30', 'yesterday', '2026-1-5', '<b>']) {
      assert.equal(priceVersionOf(bad, versions).status, 'unknown', bad);
    }
  });

  it('a link made before 2026-12-05 means Claude Sonnet 5 where it names no model', () => {
    assert.deepEqual(defaultsOn('2026-12-01', versions), { model: 'claude-sonnet-5' });
    assert.deepEqual(defaultsOn('2026-12-05', versions), {});
    // The history (here the frozen fixture, like the real one) holds the same change.
    assert.equal(defaultScenarioOn('2026-12-01').model, 'claude-sonnet-5');
    assert.deepEqual({ ...defaultScenarioOn('2026-12-01'), model: defaultScenario.model }, { ...defaultScenario });
    assert.equal(defaultScenarioOn('2026-12-05'), defaultScenario);
  });

  it('a link of 2026-12-01 computes with the fixture price of that day, and lists what changed since', () => {
    // Fixture history: Fargate x86 vCPU in us-east-1 was $0.04 until 2026-12-05, $0.04048 since.
    const s = { ...defaultScenario, fargateTasks: 2, taskVcpu: 1 };
    setPricesDay('2026-12-01');
    assert.equal(priceValue('fargate-x86-vcpu-hour'), 0.04);
    setPricesDay(undefined);
    assert.equal(priceValue('fargate-x86-vcpu-hour'), 0.04048);
    // 2 tasks x 730 h x 1 vCPU: $58.40 then, $59.1008 now; the total moves by the same $0.7008.
    const lines = repricedLines(s, '2026-12-01');
    assert.deepEqual(
      lines.map((l) => [l.option, l.line, Number(l.then.toFixed(4)), Number(l.now.toFixed(4))]),
      [
        ['ecs-fargate', 'fargate-cpu', 58.4, 59.1008],
        ['ecs-fargate', 'total', Number((lines[1]!.now - 0.7008).toFixed(4)), Number(lines[1]!.now.toFixed(4))],
      ],
    );
    // Pinning is undone afterwards: today's prices are in use again.
    assert.equal(priceValue('fargate-x86-vcpu-hour'), 0.04048);
  });

  it('a figure on or after the day it changed has its new value', () => {
    setPricesDay('2026-12-05');
    assert.equal(priceValue('fargate-x86-vcpu-hour'), 0.04048);
    assert.equal(
      priceValue('fargate-x86-vcpu-hour', 'eu-west-1'),
      (setPricesDay(undefined), priceValue('fargate-x86-vcpu-hour', 'eu-west-1')),
    );
  });
});
