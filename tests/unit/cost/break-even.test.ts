import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { breakEven, costCurves } from '../../../src/lib/cost/break-even.ts';
import { optionTotal } from '../../../src/lib/cost/estimate.ts';
import { breakEvenSensitivity } from '../../../src/lib/cost/sensitivity.ts';
import { withDefaults, type Scenario } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

/**
 * A scenario where only compute differs: no retrieval, logs, load balancer or
 * egress; model tokens are the same on both sides and cancel.
 *   Fargate, 2 tasks of 1 vCPU / 2 GB: 2 x 730 x (0.04048 + 2 x 0.004445) = 1,460 x 0.04937 = $72.0802
 *   AgentCore v1 per request: 2 s x 0.0895 / 3,600 + 1 GB x 60 s x 0.00945 / 3,600
 *                           = 0.0000497222 + 0.0001575 = 0.0002072222
 *   per (request/day) a month: x 730 / 24 = 0.00630301
 *   break-even = 72.0802 / 0.00630301 = 11,435.8 requests a day
 */
const FARGATE_2_TASKS = 2 * 730 * (0.04048 + 2 * 0.004445);
const DAYS = 730 / 24;
const compute: Scenario = withDefaults({
  retrievalsPerRequest: 0,
  logKbPerRequest: 0,
  loadBalancer: 'none',
  egress: 'none',
  fargateTasks: 2,
  taskVcpu: 1,
  taskMemoryGb: 2,
  agentcorePlatform: 'v1',
  activeCpuSeconds: 2,
  sessionMemoryGb: 1,
  sessionSeconds: 60,
  requestSeconds: 60,
  idleSeconds: 0,
  requestsPerSession: 1,
  concurrencyPerTask: 10,
  targetUtilizationPercent: 100,
  minTasks: 2,
});
const perRequest = (cpuSeconds: number, gb: number, seconds: number) =>
  (cpuSeconds * 0.0895) / 3600 + (gb * seconds * 0.00945) / 3600;

describe('break-even', () => {
  it('solves the linear case exactly', () => {
    const r = breakEven(compute, 'agentcore-runtime', 'ecs-fargate');
    const expected = FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 60));
    near(expected, 11_435.8, 0.1);
    assert.equal(r.crossings.length, 1);
    const [c] = r.crossings;
    assert.ok(c);
    near(c.requestsPerDay, expected, 1e-6);
    assert.deepEqual([c.kind, c.cheaperBelow, c.cheaperAbove], ['exact', 'agentcore-runtime', 'ecs-fargate']);
    near(optionTotal({ ...compute, requestsPerDay: c.requestsPerDay }, 'agentcore-runtime'), optionTotal({ ...compute, requestsPerDay: c.requestsPerDay }, 'ecs-fargate'), 1e-6);
  });

  it('finds the same crossing when tasks are derived from traffic', () => {
    // Tasks needed = v / 86,400 x 60 / 10 = v / 14,400: still 2 (the minimum) up to 28,800 a day.
    const r = breakEven({ ...compute, fargateTasks: 'auto' }, 'agentcore-runtime', 'ecs-fargate');
    assert.equal(r.crossings.length, 1);
    near(r.crossings[0]?.requestsPerDay ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 60)), 1e-6);
  });

  it('reports step crossings where an added task flips the order', () => {
    // AgentCore per request with 1 s CPU and 0.4 GB: 0.0000248611 + 0.000063 = 0.0000878611,
    // i.e. $0.00267244 a month per request/day, $38.48 per 14,400 requests/day: a little more than one
    // task (730 x 0.04937 = $36.04). So AgentCore overtakes 2 tasks at 72.0802 / 0.00267244 = 26,971.8,
    // then the third task at 28,800 makes Fargate dearer again, and so on.
    const s = { ...compute, fargateTasks: 'auto' as const, activeCpuSeconds: 1, sessionMemoryGb: 0.4 };
    const r = breakEven(s, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: 100_000 });
    const [first, second, third] = r.crossings;
    near(first?.requestsPerDay ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(1, 0.4, 60)), 1e-6);
    assert.equal(first?.kind, 'exact');
    assert.deepEqual([second?.kind, second?.requestsPerDay], ['step', 28_800]);
    assert.deepEqual([second?.cheaperBelow, second?.cheaperAbove], ['ecs-fargate', 'agentcore-runtime']);
    // Piece 3 tasks: AgentCore catches 3 x 36.0401 = 108.1203 at 108.1203 / 0.00267244 = 40,458 a day.
    near(third?.requestsPerDay ?? 0, (3 * 730 * 0.04937) / (DAYS * perRequest(1, 0.4, 60)), 1e-6);
    assert.match(r.summary, /changes \d+ times/);
  });

  it('says when one option is cheaper everywhere, and why', () => {
    // With no orchestration calls Bedrock Agents bills tokens only; AgentCore adds compute.
    const r = breakEven(compute, 'bedrock-agents', 'agentcore-runtime');
    assert.deepEqual([r.crossings.length, r.cheaperThroughout], [0, 'bedrock-agents']);
    assert.match(r.summary, /^Bedrock Agents \(Classic\) is cheaper than AgentCore Runtime at every volume from 0 to 1,000,000 requests a day/);
    assert.match(r.summary, /gap never closes/);
  });

  it('draws curves with the crossings included', () => {
    const c = costCurves(compute, { maxPerDay: 50_000, points: 11 });
    const x = FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 60));
    assert.ok(c.requestsPerDay.some((v) => Math.abs(v - x) < 1e-6));
    assert.equal(c.requestsPerDay.length, 12);
    assert.equal(c.series.length, 3);
    assert.equal(c.pairs.length, 3);
    for (const s of c.series) for (const t of s.totals) assert.ok(Number.isFinite(t) && t >= 0);
  });
});

describe('break-even sensitivity', () => {
  it('moves the break-even the way the arithmetic says', () => {
    const r = breakEvenSensitivity(compute, 'agentcore-runtime', 'ecs-fargate', {
      candidates: ['activeCpuSeconds', 'sessionSeconds'],
    });
    near(r.breakEven ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 60)), 1e-6);
    const cpu = r.inputs.find((i) => i.param === 'active_cpu_seconds');
    const session = r.inputs.find((i) => i.param === 'session_seconds');
    // CPU 1 s: 72.0802 / (30.41667 x 0.0001823611) = 12,994.8; 3 s: / 0.0002320833 = 10,210.9
    near(cpu?.low.breakEven ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(1, 1, 60)), 1e-6);
    near(cpu?.high.breakEven ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(3, 1, 60)), 1e-6);
    // Session 30 s: 18,444.9 a day; 90 s: 8,286.6 a day. It moves more than CPU, so it ranks first.
    // (Halving the session also halves the busy time per request, which must fit in it; with
    // 2 fixed tasks that changes nothing on the Fargate side.)
    near(session?.low.breakEven ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 30)), 1e-6);
    near(session?.high.breakEven ?? 0, FARGATE_2_TASKS / (DAYS * perRequest(2, 1, 90)), 1e-6);
    assert.deepEqual(r.inputs.map((i) => i.param), ['session_seconds', 'active_cpu_seconds']);
  });

  it('returns at most three inputs by default', () => {
    const r = breakEvenSensitivity({ ...compute, fargateTasks: 'auto', idleSeconds: 300 }, 'agentcore-runtime', 'ecs-fargate');
    assert.ok(r.inputs.length <= 3 && r.inputs.length > 0);
  });
});
