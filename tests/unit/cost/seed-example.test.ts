import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimate, findLine, lineUsd, optionResult } from '../../../src/lib/cost/estimate.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { near, perMonth } from '../helpers.ts';

/**
 * The seed post's worked example with a 730-hour month, computed by hand:
 *   invocations  = 10,000 x 730 / 24                 = 304,166.67
 *   input        = 304,166.67 x 2,000 x $3.00 / 1M    = $1,825.00
 *   output       = 304,166.67 x   500 x $15.00 / 1M   = $2,281.25
 *   model line   = $1,825.00 + $2,281.25              = $4,106.25
 *   fargate-cpu  = 10 tasks x 730 h x 4 vCPU x $0.04048  = $1,182.016
 *   fargate-mem  = 10 tasks x 730 h x 8 GB x $0.004445   = $259.588
 *   Fargate compute                                     = $1,441.604
 */
const seed = withDefaults({
  requestsPerDay: 10_000,
  inputTokens: 2_000,
  outputTokens: 500,
  model: 'claude-sonnet-4-5',
  inferenceProfile: 'global',
  retrievalsPerRequest: 2,
  fargateTasks: 10,
  taskVcpu: 4,
  taskMemoryGb: 8,
  arch: 'x86_64',
  region: 'us-east-1',
});

describe('seed example, 730-hour month', () => {
  const est = estimate(seed);
  const fargate = optionResult(est, 'ecs-fargate');

  it('uses 304,166.67 invocations a month', () => near(perMonth(10_000), 304_166.67, 0.01));

  it('prices model tokens at $4,106.25 on every option', () => {
    for (const option of est.options) near(lineUsd(option, 'model'), 4106.25, 1e-6, option.option);
  });

  it('shows the model formula with the numbers filled in', () => {
    assert.equal(
      findLine(fargate, 'model').formula,
      '304,167 requests x 1 model call x (2,000 input tokens x $3.00 + 500 output tokens x $15.00) / 1M = $4,106.25',
    );
    assert.deepEqual(findLine(fargate, 'model').priceIds, [
      { id: 'claude-sonnet-4-5-global-input', region: 'us-east-1' },
      { id: 'claude-sonnet-4-5-global-output', region: 'us-east-1' },
    ]);
  });

  it('prices 10 Fargate tasks of 4 vCPU / 8 GB at $1,441.60', () => {
    near(lineUsd(fargate, 'fargate-cpu'), 1182.016, 1e-6);
    near(lineUsd(fargate, 'fargate-memory'), 259.588, 1e-6);
    near(lineUsd(fargate, 'fargate-cpu') + lineUsd(fargate, 'fargate-memory'), 1441.604, 1e-6);
    assert.equal(findLine(fargate, 'fargate-cpu').formula, '10 tasks x 730 h x 4 vCPU x $0.04048 per vCPU-hour = $1,182.02');
    assert.equal(findLine(fargate, 'fargate-memory').formula, '10 tasks x 730 h x 8 GB x $0.004445 per GB-hour = $259.59');
  });

  it('adds the costs the post left out, by hand', () => {
    // retrieval: 2 OCU x 730 h x $0.24 = $350.40; storage 10 GB x $0.024 = $0.24
    // embeddings: 608,333.33 queries x 50 tokens x $0.02 / 1M = $0.608333
    // ALB: 730 x $0.0225 = $16.425
    // LCU: avg 10,000 / 86,400 = 0.115741 req/s; new connections 0.115741 / 25 = 0.0046296 LCU (the highest
    //      dimension: 6.944 active / 3,000 = 0.0023; 0.0041667 GB/h); 730 h x 0.0046296 x $0.008 = $0.027037
    // NAT: 730 x $0.045 = $32.85; data 304,166.67 x 20 KB = 6.0833 GB x $0.045 = $0.27375
    // public IPv4: the load balancer's 2 addresses + the NAT gateway's 1 = 3 x 730 h x $0.005 = $10.95
    // logs: 304,166.67 x 4 KB = 1.21667 GB x $0.50 = $0.608333
    near(lineUsd(fargate, 'retrieval'), 350.4, 1e-6);
    near(lineUsd(fargate, 'retrieval-storage'), 0.24, 1e-9);
    near(lineUsd(fargate, 'embeddings'), 0.608333, 1e-6);
    near(lineUsd(fargate, 'load-balancer'), 16.425, 1e-9);
    near(lineUsd(fargate, 'load-balancer-lcu'), 0.027037, 1e-6);
    near(lineUsd(fargate, 'nat-gateway'), 32.85, 1e-9);
    near(lineUsd(fargate, 'nat-gateway-data'), 0.27375, 1e-6);
    near(lineUsd(fargate, 'public-ipv4'), 10.95, 1e-9);
    near(lineUsd(fargate, 'logs'), 0.608333, 1e-6);
    // 4,106.25 + 350.40 + 0.24 + 0.608333 + 1,182.016 + 259.588 + 16.425 + 0.027037 + 32.85 + 0.27375 + 10.95 + 0.608333
    near(fargate.total, 5960.236453, 1e-5);
    assert.match(fargate.totalFormula, / = \$5,960\.24$/);
  });

  it('labels Bedrock Agents as Classic and says it is closed to new customers', () => {
    const agents = optionResult(est, 'bedrock-agents');
    assert.equal(agents.label, 'Bedrock Agents (Classic)');
    assert.ok(agents.notes.some((n) => n.includes('Closed to new customers since July 30, 2026')));
    assert.equal(lineUsd(agents, 'orchestration'), 0);
  });

  it('warns that Claude Sonnet 4.5 is deprecated', () => {
    for (const option of est.options) assert.ok(option.notes.some((n) => n.startsWith('Claude Sonnet 4.5 is deprecated')));
  });

  it('throws on a line an option does not have', () => {
    assert.throws(() => lineUsd(optionResult(est, 'agentcore-runtime'), 'fargate-cpu'), /has no cost line "fargate-cpu"/);
  });
});
