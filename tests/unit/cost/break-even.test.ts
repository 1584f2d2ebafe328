import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { breakEven } from '../../../src/lib/cost/break-even.ts';
import { optionTotal } from '../../../src/lib/cost/estimate.ts';
import { breakEvenSensitivity } from '../../../src/lib/cost/sensitivity.ts';
import { withDefaults, type Scenario } from '../../../src/lib/cost/scenario.ts';
import { measureWork } from '../../../src/lib/cost/work.ts';
import { breakEvenChart } from '../../../src/lib/chart-data/break-even-series.ts';
import { decodeScenario } from '../../../src/lib/params/url-state.ts';
import { breakEvenHeadline } from '../../../src/lib/report/break-even-text.ts';
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
const perRequest = (cpuSeconds: number, gb: number, seconds: number) => (cpuSeconds * 0.0895) / 3600 + (gb * seconds * 0.00945) / 3600;

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
    near(
      optionTotal({ ...compute, requestsPerDay: c.requestsPerDay }, 'agentcore-runtime'),
      optionTotal({ ...compute, requestsPerDay: c.requestsPerDay }, 'ecs-fargate'),
      1e-6,
    );
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
    assert.match(
      r.summary,
      /^Bedrock Agents \(Classic\) is cheaper than AgentCore Runtime at every volume from 0 to 1,000,000 requests a day/,
    );
    assert.match(r.summary, /gap never closes/);
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
    assert.deepEqual(
      r.inputs.map((i) => i.param),
      ['session_seconds', 'active_cpu_seconds'],
    );
  });

  it('returns at most three inputs by default', () => {
    const r = breakEvenSensitivity({ ...compute, fargateTasks: 'auto', idleSeconds: 300 }, 'agentcore-runtime', 'ecs-fargate');
    assert.ok(r.inputs.length <= 3 && r.inputs.length > 0);
  });
});

/**
 * Closed form: a crossing 208,696 task steps into the range. The step-by-step search gave up
 * after 200,000 steps (17,280,000 requests a day here) and said AgentCore stayed cheaper.
 *
 *   Fargate: 1 vCPU / 2 GB tasks, $36.0401 a task-month (730 x 0.04937); one task carries one
 *     request of 1,000 s at 100% utilization: 86,400 / 1,000 = 86.4 requests a day per task,
 *     so the count steps up every 86.4 requests a day (steady traffic, minimum 1 task).
 *     Plus 24 VPC endpoint-AZs: 24 x 730 x $0.01 = $175.20 a month whatever the volume.
 *   AgentCore v1, per request: (23.7 vCPU-s x 0.0895 + 5 GB x 1,000 s x 0.00945) / 3,600
 *     = (2.12115 + 47.25) / 3,600 = $0.0137142083; a month per request a day (x 730 / 24):
 *     r = $0.4171405035.
 *   Per 86.4 requests a day AgentCore adds 86.4 r = $36.0409395, a task $36.0401: at the end of
 *   the piece with n tasks (86.4 n a day) AgentCore minus Fargate is n x $0.0008395 - $175.20,
 *   negative until n > 175.2 / 0.0008395 = 208,695.65. So the first crossing is inside the
 *   piece with n = 208,696 tasks, where r v = 175.2 + 208,696 x 36.0401 = $7,521,599.9096:
 *   v = 7,521,599.9096 / 0.4171405035 = 18,031,334.3993 a day, 0.0007 below the step at
 *   208,696 x 86.4 = 18,031,334.4. That step's 208,697th task makes Fargate dearer again; in the
 *   next piece AgentCore catches up at (175.2 + 208,697 x 36.0401) / r = 18,031,420.7973, and so
 *   on, two crossings a piece, for thousands of pieces (the list stops at 50).
 */
const deep: Scenario = {
  ...compute,
  fargateTasks: 'auto',
  minTasks: 1,
  concurrencyPerTask: 1,
  sessionSeconds: 1_000,
  requestSeconds: 1_000,
  activeCpuSeconds: 23.7,
  sessionMemoryGb: 5,
  vpcEndpoints: 24,
};
const DEEP_TASK = 730 * (0.04048 + 2 * 0.004445);
const DEEP_FIXED = 24 * 730 * 0.01;
const DEEP_R = ((23.7 * 0.0895 + 5 * 1_000 * 0.00945) / 3600) * DAYS;

describe('break-even in closed form', () => {
  it('finds a crossing hundreds of thousands of task steps in', () => {
    const r = breakEven(deep, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: 20_000_000 });
    near(DEEP_R, 0.4171405035, 1e-10);
    near(DEEP_FIXED / (86.4 * DEEP_R - DEEP_TASK), 208_695.65, 0.01);
    assert.equal(r.truncated, false);
    assert.equal(r.maxPerDay, 20_000_000);
    const [first, second, third] = r.crossings;
    near(first?.requestsPerDay ?? 0, (DEEP_FIXED + 208_696 * DEEP_TASK) / DEEP_R, 1e-4);
    near(first?.requestsPerDay ?? 0, 18_031_334.3993, 1e-3);
    assert.deepEqual([first?.kind, first?.cheaperBelow, first?.cheaperAbove], ['exact', 'agentcore-runtime', 'ecs-fargate']);
    assert.equal(second?.kind, 'step');
    near(second?.requestsPerDay ?? 0, 208_696 * 86.4, 1e-6);
    assert.deepEqual([second?.cheaperBelow, second?.cheaperAbove], ['ecs-fargate', 'agentcore-runtime']);
    near(third?.requestsPerDay ?? 0, (DEEP_FIXED + 208_697 * DEEP_TASK) / DEEP_R, 1e-4);
    assert.ok(r.crossings.length >= 50);
    assert.match(r.summary, /changes at least 50 times/);
    assert.match(breakEvenHeadline(r), /^ECS on Fargate becomes cheaper than AgentCore Runtime above 18,031,334 invocations a day/);
  });

  it('examines only the pieces that can hold a crossing', () => {
    // 231,481 task steps lie in 0-20,000,000 a day (20,000,000 / 86.4). The search examines the
    // first piece, the last, two pieces either side of the first crossing for rounding, and one
    // piece per two crossings until the list stops at 50: about 30, never one per step.
    const { work } = measureWork(() => breakEven(deep, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: 20_000_000 }));
    assert.ok(work.piecesExamined <= 40, `${work.piecesExamined} pieces examined`);
    // Each crossing is checked against the model itself (a handful of evaluations each).
    assert.ok(work.costEvaluations <= 400, `${work.costEvaluations} cost evaluations`);
  });

  it('stops when its piece budget runs out, and says where', () => {
    // The step-crossing scenario above: piece 0 (2 tasks, up to 28,800 a day) holds the crossing
    // at 26,971.8; piece 1 (3 tasks, 28,800 to 43,200) the step at 28,800 and the crossing at
    // 40,458. With a budget of two pieces the search stops at the next step, 43,200 a day.
    const s = { ...compute, fargateTasks: 'auto' as const, activeCpuSeconds: 1, sessionMemoryGb: 0.4 };
    const r = breakEven(s, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: 100_000, pieceBudget: 2 });
    assert.equal(r.truncated, true);
    assert.equal(r.maxPerDay, 43_200);
    assert.deepEqual(
      r.crossings.map((c) => c.kind),
      ['exact', 'step', 'exact'],
    );
    assert.match(r.summary, /The search stopped at 43,200 requests a day, before the end of the range it was asked to cover/);
    assert.match(breakEvenHeadline(r), /The search stopped at 43,200 invocations a day/);
  });
});

/**
 * The address the hardening review found slowest (issue 18): 100,000,000 invocations a day,
 * eight-hour sessions, one request per task, bursts 100 x the average.
 *   Tasks: peak concurrency = v / 86,400 x 100 x 10 s busy = v / 86.4; one request per task at
 *   70% utilization: v / (86.4 x 0.7) = v / 60.48 tasks, so 100,000,000 / 60.48 = 1,653,439
 *   task steps in the chart's range (0 to 100,000,000).
 *   AgentCore v2 per request: 2 vCPU-s x 0.1276 / 3,600 + 1 GB x 28,800 s / 3,600 x 0.0169
 *     = 0.0000708889 + 0.1352 = $0.1352708889; a month per request a day: x 730 / 24 = $4.1144895.
 *   Fargate per request a day (a month): load balancer capacity 1 / 86,400 new connections/s
 *     / 25 x 730 h x $0.008 = $0.0000027037, NAT data 730 / 24 x 20 KB / 1e6 x $0.045
 *     = $0.000027375: $0.0000300787.
 *   Fargate fixed at the 2-task minimum (up to 2 x 60.48 = 120.96 a day): 2 x 730 x 0.04937
 *     = $72.0802, load balancer 730 x $0.0225 = $16.425, NAT gateway 730 x $0.045 = $32.85,
 *     their 3 public IPv4 addresses 3 x 730 x $0.005 = $10.95: $132.3052. Model tokens,
 *     retrieval and logs are the same on both sides.
 *   Break-even: 132.3052 / (4.1144895 - 0.0000301) = 32.1562 a day; above it AgentCore adds
 *   $248.84 per 60.48 a day against one more task's $36.04, so it never catches up again.
 */
describe('break-even on the worst-case address (issue 18)', () => {
  const worst = decodeScenario(
    'requests_per_day=100000000&session_seconds=28800&concurrency_per_task=1&traffic=bursty&peak_to_average=100',
  ).scenario;

  it("searches the whole range up to the reader's volume and finds the hand-computed crossing", () => {
    const data = breakEvenChart(worst);
    assert.equal(data.max, 100_000_000);
    for (const pair of data.pairs) {
      assert.equal(pair.truncated, false, `${pair.a} ${pair.b}`);
      assert.equal(pair.maxPerDay, 100_000_000);
    }
    const [main, agentsFargate] = data.pairs;
    assert.equal(main?.crossings.length, 1);
    near(main?.crossings[0]?.requestsPerDay ?? 0, 132.3052 / (((2 * 0.1276) / 3600 + 8 * 0.0169) * DAYS - 0.0000300787), 1e-4);
    near(main?.crossings[0]?.requestsPerDay ?? 0, 32.1562, 1e-4);
    // Bedrock Agents pays nothing Fargate does not (no tool calls, no extra model calls): Fargate's
    // tasks, load balancer and NAT gateway are extra at every volume, so "never" is true here.
    assert.equal(agentsFargate?.cheaperThroughout, 'bedrock-agents');
    assert.match(
      breakEvenHeadline(agentsFargate!),
      /at every volume from 0 to 100,000,000 invocations a day with these settings: they never break even\.$/,
    );
  });

  it('bounds the work of one update: no piece-by-piece walk over 1.6 million task steps', () => {
    // One keystroke: the chart (three pairs) and the sensitivity table (the main pair again,
    // with each of up to ten inputs lowered and raised): at most 24 searches. Each examines its
    // first and last piece and a handful around any sign change, so at most 200 pieces in all,
    // where walking the steps examined 3.4 million (capped at 200,000 a search). Cost
    // evaluations: about 300 draw the chart, about 20 per search fit and check the lines.
    const { work } = measureWork(() => {
      const data = breakEvenChart(worst);
      breakEvenSensitivity(worst, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: data.max });
    });
    assert.ok(work.piecesExamined <= 200, `${work.piecesExamined} pieces examined`);
    assert.ok(work.costEvaluations <= 1_000, `${work.costEvaluations} cost evaluations`);
  });

  it('does the same work whatever the range: 10,000 a day or 100,000,000', () => {
    // 165 task steps in the first range, 1,653,439 in the second.
    for (const [a, b] of [
      ['agentcore-runtime', 'ecs-fargate'],
      ['bedrock-agents', 'ecs-fargate'],
    ] as const) {
      const small = measureWork(() => breakEven(worst, a, b, { maxPerDay: 10_000 })).work;
      const large = measureWork(() => breakEven(worst, a, b, { maxPerDay: 100_000_000 })).work;
      assert.deepEqual(large, small, `${a} ${b}`);
    }
  });
});
