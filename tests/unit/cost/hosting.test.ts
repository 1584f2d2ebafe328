import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { estimate, estimateOption, findLine, optionCosts, optionTotal } from '../../../src/lib/cost/estimate.ts';
import { EXTRA_CALLS_LINE, sharedCostUsd, sharedLineIds, sharedModelUsd } from '../../../src/lib/cost/hosting.ts';
import { optionIds, type OptionId, type Scenario } from '../../../src/lib/cost/scenario.ts';
import { decodeScenario } from '../../../src/lib/params/url-state.ts';
import { getPreset } from '../../../src/lib/scenarios.ts';
import { scenarioArb } from '../arbitraries.ts';
import { near, perMonth } from '../helpers.ts';

/**
 * The hosting subtotal: each option's total without the lines every option pays the same (model
 * tokens at `modelCallsPerRequest`, retrieval, its storage, embeddings and the custom per-query
 * figure). By hand from content/pricing, us-east-1:
 *   AgentCore Runtime (v2): $0.1276 per vCPU-hour, $0.0169 per GB-hour.
 *   Fargate x86: $0.04048 per vCPU-hour, $0.004445 per GB-hour; Arm: $0.03238, $0.00356.
 *   Application Load Balancer: $0.0225 an hour, $0.008 per LCU-hour (25 new connections/s each).
 *   NAT gateway: $0.045 an hour and $0.045 per GB. CloudWatch Logs: $0.50 per GB (4 KB a request).
 *   Public IPv4: $0.005 an address-hour; every preset has an internet-facing load balancer in 2
 *   zones and one NAT gateway, so 3 addresses all month.
 *   Bedrock Agents: no charge of its own; with no tool calls and no extra orchestration calls
 *   its hosting is its logs alone.
 */
const logs = (R: number): number => ((R * 4) / 1e6) * 0.5;
const publicIpv4 = 3 * 730 * 0.005;

interface Expected {
  preset: string;
  hosting: Record<OptionId, number>;
}

const presets: Expected[] = (() => {
  // The seed example: 10,000 a day, R = 304,166.67 requests a month.
  const seedR = perMonth(10_000);
  // AgentCore: 2 vCPU-s a request; each one-request session holds 1 GB for 60 s + 120 s idle,
  // then 0.125 GB for the other 780 s of the 900 s idle timeout.
  const seedAgentcore = ((seedR * 2) / 3600) * 0.1276 + ((seedR * (1 * 180 + 0.125 * 780)) / 3600) * 0.0169 + logs(seedR);
  // Fargate: 10 tasks of 4 vCPU / 8 GB x86 all month, the load balancer (LCU: 10,000 / 86,400
  // new connections/s / 25), the NAT gateway and its data (20 KB a request).
  const seedFargate =
    10 * 730 * 4 * 0.04048 +
    10 * 730 * 8 * 0.004445 +
    730 * 0.0225 +
    730 * (10_000 / 86_400 / 25) * 0.008 +
    730 * 0.045 +
    ((seedR * 20) / 1e6) * 0.045 +
    publicIpv4 +
    logs(seedR);

  // Support bot: 3,000 a day in business hours (10 h, 5 days): R = 91,250; 730 x 5/7 x 10/24 =
  // 217.26 traffic hours.
  const botR = perMonth(3_000);
  const botHours = (730 * 5 * 10) / (7 * 24);
  // AgentCore: 1 vCPU-s a request; 4 requests a session, so R / 4 sessions, each 1 GB for 300 s +
  // 120 s idle, then 0.125 GB for 780 s.
  const botAgentcore = ((botR * 1) / 3600) * 0.1276 + ((botR / 4) * (1 * 420 + 0.125 * 780) * 0.0169) / 3600 + logs(botR);
  // Fargate: the 2-task minimum of 0.5 vCPU / 1 GB Arm in business hours, none off hours; LCU from
  // new connections (R / traffic hours / 3,600 per second / 25) during the traffic hours.
  const botFargate =
    2 * botHours * 0.5 * 0.03238 +
    2 * botHours * 1 * 0.00356 +
    730 * 0.0225 +
    botHours * (botR / botHours / 3600 / 25) * 0.008 +
    730 * 0.045 +
    ((botR * 20) / 1e6) * 0.045 +
    publicIpv4 +
    logs(botR);

  // Steady pipeline: 50,000 a day, R = 1,520,833.33; one-request sessions of 120 s, 2 GB, no idle.
  const pipeR = perMonth(50_000);
  const pipeAgentcore = ((pipeR * 10) / 3600) * 0.1276 + ((pipeR * 2 * 120) / 3600) * 0.0169 + logs(pipeR);
  // Fargate: 50,000 / 86,400 x 120 s = 69.44 concurrent / (20 a task x 70%) = 4.96, so 5 tasks of
  // 2 vCPU / 4 GB Arm; LCU: new connections (0.5787/s / 25) and active ones (69.44 / 3,000) tie.
  const pipeFargate =
    5 * 730 * 2 * 0.03238 +
    5 * 730 * 4 * 0.00356 +
    730 * 0.0225 +
    730 * (50_000 / 86_400 / 25) * 0.008 +
    730 * 0.045 +
    ((pipeR * 20) / 1e6) * 0.045 +
    publicIpv4 +
    logs(pipeR);

  // Bursty batch: 20,000 a day, R = 608,333.33; one-request sessions of 30 s, 1 GB, no idle.
  const batchR = perMonth(20_000);
  const batchAgentcore = ((batchR * 3) / 3600) * 0.1276 + ((batchR * 1 * 30) / 3600) * 0.0169 + logs(batchR);
  // Fargate: peak 20,000 / 86,400 x 8 x 30 s = 55.6 concurrent / (5 a task x 70%) = 15.9, so 16
  // tasks of 1 vCPU / 2 GB x86, half on Spot at 70% off (x 0.65).
  const batchFargate =
    16 * 730 * 1 * 0.04048 * 0.65 +
    16 * 730 * 2 * 0.004445 * 0.65 +
    730 * 0.0225 +
    730 * (20_000 / 86_400 / 25) * 0.008 +
    730 * 0.045 +
    ((batchR * 20) / 1e6) * 0.045 +
    publicIpv4 +
    logs(batchR);

  return [
    { preset: 'seed-example', hosting: { 'bedrock-agents': logs(seedR), 'agentcore-runtime': seedAgentcore, 'ecs-fargate': seedFargate } },
    {
      preset: 'support-bot-business-hours',
      hosting: { 'bedrock-agents': logs(botR), 'agentcore-runtime': botAgentcore, 'ecs-fargate': botFargate },
    },
    {
      preset: 'steady-pipeline',
      hosting: { 'bedrock-agents': logs(pipeR), 'agentcore-runtime': pipeAgentcore, 'ecs-fargate': pipeFargate },
    },
    {
      preset: 'bursty-batch',
      hosting: { 'bedrock-agents': logs(batchR), 'agentcore-runtime': batchAgentcore, 'ecs-fargate': batchFargate },
    },
  ];
})();

// The same figures to the cent, as the cards show them. Fargate's include the $10.95 of public IPv4.
const cents: Record<string, Record<OptionId, string>> = {
  'seed-example': { 'bedrock-agents': '0.61', 'agentcore-runtime': '418.41', 'ecs-fargate': '1502.74' },
  'support-bot-business-hours': { 'bedrock-agents': '0.18', 'agentcore-runtime': '58.84', 'ecs-fargate': '69.08' },
  'steady-pipeline': { 'bedrock-agents': '3.04', 'agentcore-runtime': '2255.56', 'ecs-fargate': '353.12' },
  'bursty-batch': { 'bedrock-agents': '1.22', 'agentcore-runtime': '151.58', 'ecs-fargate': '436.86' },
};

describe('hosting subtotal, by hand', () => {
  for (const { preset, hosting } of presets) {
    it(`${preset}: each option's hosting subtotal`, () => {
      const est = estimate(getPreset(preset).scenario);
      for (const o of est.options) {
        near(o.hosting, hosting[o.option], 1e-6, `${preset} ${o.option}`);
        assert.equal(o.hosting.toFixed(2), cents[preset]![o.option], `${preset} ${o.option}`);
      }
    });
  }

  it('leaves out exactly the shared lines', () => {
    const est = estimate(getPreset('seed-example').scenario);
    for (const o of est.options) {
      const ids = o.hostingLines.map((l) => l.id);
      assert.ok(!ids.some((id) => sharedLineIds.includes(id)), `${o.option}: ${ids.join(', ')}`);
      assert.deepEqual(
        ids,
        o.lines.map((l) => l.id).filter((id) => !sharedLineIds.includes(id)),
      );
    }
  });

  it("keeps Bedrock Agents' extra orchestration calls in its hosting subtotal, as their own line", () => {
    // The seed example with 2 extra calls a request: R x 2 x (2,000 x $3 + 500 x $15) / 1M = $8,212.50
    // on top of its logs ($0.6083); the shared model line stays R x 1 call = $4,106.25.
    const s = decodeScenario(`${getPreset('seed-example').query}&agents_extra_model_calls=2`).scenario;
    const R = perMonth(10_000);
    const extra = (R * 2 * (2000 * 3 + 500 * 15)) / 1e6;
    near(extra, 8212.5, 1e-9);
    const agents = estimate(s).options.find((o) => o.option === 'bedrock-agents')!;
    near(agents.hosting, extra + logs(R), 1e-6);
    const line = agents.hostingLines.find((l) => l.id === EXTRA_CALLS_LINE);
    near(line?.usd ?? 0, 8212.5, 1e-6);
    near(sharedModelUsd(s), 4106.25, 1e-9);
    // The other options do not make those calls: their subtotals do not move.
    const seed = estimate(getPreset('seed-example').scenario);
    for (const option of ['agentcore-runtime', 'ecs-fargate'] as const) {
      assert.equal(estimate(s).options.find((o) => o.option === option)!.hosting, seed.options.find((o) => o.option === option)!.hosting);
    }
  });

  it('has no extra-calls line when there are none, not even a $0 one', () => {
    for (const o of estimate(getPreset('seed-example').scenario).options) {
      assert.equal(
        o.hostingLines.some((l) => l.id === EXTRA_CALLS_LINE),
        false,
      );
    }
  });
});

describe('hosting subtotal, properties', () => {
  const shared = (s: Scenario, option: OptionId): number => {
    const o = estimate(s).options.find((x) => x.option === option)!;
    return o.total - o.hosting;
  };

  it('is never more than the total, never negative, and finite', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const o of estimate(s).options) {
          assert.ok(Number.isFinite(o.hosting) && o.hosting >= 0, `${o.option}: ${o.hosting}`);
          assert.ok(o.hosting <= o.total * (1 + 1e-12) + 1e-9, `${o.option}: ${o.hosting} > ${o.total}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out the same amount on AgentCore and Fargate, and on Bedrock Agents without extra calls: the shared cost', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const expected = sharedCostUsd(s);
        const tolerance = 1e-9 * Math.max(1, optionTotal(s, 'ecs-fargate'), optionTotal(s, 'agentcore-runtime'));
        near(shared(s, 'agentcore-runtime'), expected, tolerance);
        near(shared(s, 'ecs-fargate'), expected, tolerance);
        const noExtra = { ...s, agentsExtraModelCalls: 0 };
        near(shared(noExtra, 'bedrock-agents'), sharedCostUsd(noExtra), 1e-9 * Math.max(1, optionTotal(noExtra, 'bedrock-agents')));
      }),
      { numRuns: 200 },
    );
  });

  it("counts Bedrock Agents' extra calls as hosting: its shared part is the others'", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        near(shared(s, 'bedrock-agents'), sharedCostUsd(s), 1e-9 * Math.max(1, optionTotal(s, 'bedrock-agents')));
      }),
      { numRuns: 100 },
    );
  });

  it('optionCosts gives the same total and subtotal as the full estimate', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const est = estimate(s);
        for (const option of optionIds) {
          const costs = optionCosts(s, option);
          const full = est.options.find((o) => o.option === option)!;
          assert.equal(costs.total, full.total);
          near(costs.hosting, full.hosting, 1e-9 * Math.max(1, full.total));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('<Estimate line="hosting"> in chapters', () => {
  it('findLine gives the hosting subtotal with a formula of its lines', () => {
    // Support bot, Bedrock Agents: no charge of its own ($0 orchestration), so its hosting is its
    // logs: 91,250 requests x 4 KB / 1M x $0.50 = $0.1825.
    const bot = getPreset('support-bot-business-hours').scenario;
    const agents = findLine(estimateOption(bot, 'bedrock-agents'), 'hosting');
    near(agents.usd, (perMonth(3_000) * 4 * 0.5) / 1e6, 1e-9);
    assert.equal(
      agents.formula,
      '$0.00 Agent orchestration + $0.18 CloudWatch Logs ingestion = $0.18 (the total without the model tokens and retrieval every option pays the same)',
    );
    assert.deepEqual(
      agents.priceIds.map((r) => r.id),
      ['bedrock-agents-orchestration-fee', 'cloudwatch-logs-ingest-gb'],
    );
    assert.throws(() => findLine(estimateOption(bot, 'ecs-fargate'), 'hosted'), /has no cost line "hosted".*total, hosting/);
  });
});
