import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimateOption, findLine, lineUsd } from '../../../src/lib/cost/estimate.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

const base = withDefaults({ requestsPerDay: 1_000, retrievalsPerRequest: 0, model: 'claude-haiku-4-5' });

describe('Bedrock Agents (Classic)', () => {
  it('bills tokens for every orchestration step', () => {
    // 30,416.667 x 3 calls x (2,000 x $1.00 + 500 x $5.00) / 1M = 30,416.667 x 3 x 0.0045 = $410.625
    const r = estimateOption({ ...base, agentsExtraModelCalls: 2 }, 'bedrock-agents');
    near(lineUsd(r, 'model'), 410.625, 1e-6);
    assert.match(findLine(r, 'model').formula, /x 3 model calls \(1 \+ 2 orchestration\)/);
    // The other options make only your code's calls: 30,416.667 x 0.0045 = $136.875
    near(lineUsd(estimateOption({ ...base, agentsExtraModelCalls: 2 }, 'agentcore-runtime'), 'model'), 136.875, 1e-6);
  });

  it('prices the geographic profile about 10% higher', () => {
    // 30,416.667 x (2,000 x $1.10 + 500 x $5.50) / 1M = 30,416.667 x 0.00495 = $150.5625
    const r = estimateOption({ ...base, inferenceProfile: 'geo' }, 'bedrock-agents');
    near(lineUsd(r, 'model'), 150.5625, 1e-6);
  });

  it('adds action-group Lambda when tools are called', () => {
    // 30,416.667 x 2 = 60,833.33 invocations; requests 60,833.33 / 1M x $0.20 = $0.0121667
    // duration 60,833.33 x 0.5 s x 0.5 GB x $0.0000166667 = $0.2534723
    const r = estimateOption({ ...base, toolCallsPerRequest: 2, lambdaMs: 500, lambdaMemoryMb: 512 }, 'bedrock-agents');
    near(lineUsd(r, 'action-group-lambda'), 0.0121667 + 0.2534723, 1e-6);
    assert.throws(() => lineUsd(estimateOption(base, 'bedrock-agents'), 'action-group-lambda'));
  });

  it('has no orchestration fee and no compute line', () => {
    const r = estimateOption(base, 'bedrock-agents');
    assert.equal(lineUsd(r, 'orchestration'), 0);
    assert.deepEqual(findLine(r, 'orchestration').priceIds, [{ id: 'bedrock-agents-orchestration-fee', region: 'global' }]);
    assert.ok(!r.lines.some((l) => l.id.startsWith('runtime-') || l.id.startsWith('fargate-')));
  });

  it('states its assumption about orchestration calls in the results', () => {
    const none = estimateOption(base, 'bedrock-agents');
    assert.ok(none.notes.some((n) => n.startsWith('Assumption: no orchestration calls beyond the 1 model call every option makes.')));
    const two = estimateOption({ ...base, agentsExtraModelCalls: 2 }, 'bedrock-agents');
    assert.ok(two.notes.some((n) => n.startsWith('Assumption: each request makes 2 orchestration model calls on top of the 1')));
  });
});
