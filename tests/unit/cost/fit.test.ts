import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fitChecks, type FitCheck } from '../../../src/lib/cost/fit.ts';
import { optionIds, regions, withDefaults, type OptionId, type Scenario } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

function check(s: Scenario, option: OptionId, id: string): FitCheck {
  const found = fitChecks(s, option).find((c) => c.id === id);
  assert.ok(found, `${option} has no "${id}" check`);
  return found;
}

// Default scenario: 10,000 requests a day, steady = 10,000 / 86,400 = 0.115741 per second,
// one request per 60 s session with a 900 s idle tail, 1 GB, 2 vCPU-s per 10 s request.
const base = withDefaults();

describe('fit checks: AgentCore Runtime', () => {
  it('at the defaults everything fits, with the numbers behind each check', () => {
    const active = check(base, 'agentcore-runtime', 'active-sessions');
    // 0.115741 sessions start per second x (60 + 900) s = 111.11 open at once; us-east-1 allows 5,000.
    near(active.need, 111.111, 1e-3);
    assert.equal(active.limit, 5000);
    assert.equal(active.status, 'ok');
    near(check(base, 'agentcore-runtime', 'new-sessions-per-second').need, 0.115741, 1e-6);
    assert.equal(check(base, 'agentcore-runtime', 'new-sessions-per-second').limit, 25);
    assert.equal(check(base, 'agentcore-runtime', 'invocations-per-second').limit, 1000);
    // Memory binds harder than CPU: 1 GB of 8 (12.5%) against 0.2 vCPU of 2 (10%).
    const hardware = check(base, 'agentcore-runtime', 'session-hardware');
    assert.deepEqual([hardware.need, hardware.limit, hardware.unit, hardware.status], [1, 8, 'GB', 'ok']);
    const length = check(base, 'agentcore-runtime', 'session-length');
    assert.deepEqual([length.need, length.limit, length.status], [960, 28_800, 'ok']);
  });

  it('a Region with the lower active-session quota: 4,444 sessions fit us-east-1 but not eu-west-1', () => {
    // 400,000 a day = 4.62963 per second x 960 s = 4,444.4 sessions open.
    const s = withDefaults({ requestsPerDay: 400_000 });
    const us = check(s, 'agentcore-runtime', 'active-sessions');
    near(us.need, 4444.44, 0.01);
    assert.equal(us.status, 'ok');
    const eu = check({ ...s, region: 'eu-west-1' }, 'agentcore-runtime', 'active-sessions');
    assert.equal(eu.limit, 2500);
    assert.equal(eu.status, 'over-default');
    assert.match(eu.text, /4,444 sessions at peak, 78% over the default of 2,500/);
    assert.match(
      eu.quotaUrl ?? '',
      /^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/servicequotas\/home\/services\/bedrock-agentcore\/quotas$/,
    );
    // Ending sessions after the last response removes the idle tail: 4.63 x 60 s = 278 sessions.
    near(check({ ...s, region: 'eu-west-1', idleSeconds: 0 }, 'agentcore-runtime', 'active-sessions').need, 277.78, 0.01);
  });

  it('a bursty peak over the new-session rate, and sessions shared by two requests under it', () => {
    // 500,000 a day = 5.787 per second on average x 5 at the peak = 28.935 new sessions per second > 25.
    const s = withDefaults({ requestsPerDay: 500_000, traffic: 'bursty', peakToAverage: 5 });
    const starts = check(s, 'agentcore-runtime', 'new-sessions-per-second');
    near(starts.need, 28.935, 1e-3);
    assert.equal(starts.status, 'over-default');
    // Two requests per session halve the starts: 14.47 per second.
    assert.equal(check({ ...s, requestsPerSession: 2 }, 'agentcore-runtime', 'new-sessions-per-second').status, 'ok');
    // Steady traffic at the same volume stays under: 5.787 per second.
    assert.equal(check({ ...s, traffic: 'steady' }, 'agentcore-runtime', 'new-sessions-per-second').status, 'ok');
  });

  it('business hours concentrate the day into fewer hours', () => {
    // The week's 70,000 requests arrive in 5 days x 10 hours = 180,000 s: 0.388889 per second.
    const s = withDefaults({ traffic: 'business-hours', businessHoursPerDay: 10, businessDaysPerWeek: 5 });
    near(check(s, 'agentcore-runtime', 'invocations-per-second').need, 0.388889, 1e-6);
  });

  it('stopping sessions adds one StopRuntimeSession call per session to the data-plane rate', () => {
    // 0.115741 InvokeAgentRuntime + 0.115741 StopRuntimeSession per second.
    near(check({ ...base, idleSeconds: 0 }, 'agentcore-runtime', 'invocations-per-second').need, 0.231481, 1e-6);
    // 100,000,000 a day = 1,157.4 per second > 1,000.
    const busy = check(withDefaults({ requestsPerDay: 100_000_000 }), 'agentcore-runtime', 'invocations-per-second');
    assert.equal(busy.status, 'over-default');
  });

  it('hard limits: a session longer than 8 hours, or busier than 2 vCPU', () => {
    const long = check({ ...base, sessionSeconds: 28_000, idleSeconds: 900 }, 'agentcore-runtime', 'session-length');
    assert.equal(long.need, 28_900);
    assert.equal(long.status, 'over-limit');
    assert.match(long.text, /cannot be raised/);
    assert.match(long.text, /Instances \(sessions up to 14 days\)/);
    assert.equal(long.quotaUrl, undefined);
    // 30 vCPU-seconds of work in 10 s of busy time needs 3 vCPU at once; a session has 2.
    const cpu = check({ ...base, activeCpuSeconds: 30, requestSeconds: 10 }, 'agentcore-runtime', 'session-hardware');
    assert.deepEqual([cpu.need, cpu.limit, cpu.unit, cpu.status], [3, 2, 'vCPU', 'over-limit']);
    assert.match(cpu.text, /AgentCore Runtime Instances \(EC2 capacity\) or ECS on Fargate/);
  });

  it('suggests Runtime Instances only where the Region has it (not in ca-central-1)', () => {
    const long = check(
      { ...base, region: 'ca-central-1', sessionSeconds: 28_000, idleSeconds: 900 },
      'agentcore-runtime',
      'session-length',
    );
    assert.equal(long.status, 'over-limit');
    assert.doesNotMatch(long.text, /Instances/);
    assert.match(long.text, /resume in a new session, or use ECS on Fargate\.$/);
    const cpu = check(
      { ...base, region: 'ca-central-1', activeCpuSeconds: 30, requestSeconds: 10 },
      'agentcore-runtime',
      'session-hardware',
    );
    assert.doesNotMatch(cpu.text, /Instances/);
  });
});

describe('fit checks: ECS on Fargate', () => {
  it('counts On-Demand and Spot vCPU at the peak against their default quotas', () => {
    // 1,000,000 a day = 11.574 per second x 10 s busy = 115.74 concurrent requests;
    // 10 per task at 70% = 7 each: ceil(16.53) = 17 tasks x 1 vCPU = 17 vCPU > 6.
    const s = withDefaults({ requestsPerDay: 1_000_000 });
    const vcpu = check(s, 'ecs-fargate', 'fargate-vcpu');
    assert.deepEqual([vcpu.need, vcpu.limit, vcpu.status], [17, 6, 'over-default']);
    assert.match(vcpu.quotaUrl ?? '', /servicequotas\/home\/services\/fargate\/quotas\/L-3032A538$/);
    // Half on Spot: ceil(8.5) = 9 On-Demand tasks, 8 on Spot.
    const spot = { ...s, spotPercent: 50 };
    assert.equal(check(spot, 'ecs-fargate', 'fargate-vcpu').need, 9);
    assert.equal(check(spot, 'ecs-fargate', 'fargate-spot-vcpu').need, 8);
    // The defaults: 2 tasks (the availability minimum) x 1 vCPU.
    assert.deepEqual([check(base, 'ecs-fargate', 'fargate-vcpu').need, check(base, 'ecs-fargate', 'fargate-vcpu').status], [2, 'ok']);
    assert.equal(
      fitChecks(base, 'ecs-fargate').some((c) => c.id === 'fargate-spot-vcpu'),
      false,
    );
  });

  it('says whether the task size is one Fargate offers', () => {
    const size = check(base, 'ecs-fargate', 'fargate-task-size');
    assert.equal(size.status, 'ok');
    assert.match(size.text, /1 vCPU with 2 GB is a Fargate task size/);
    assert.equal(check({ ...base, taskVcpu: 1, taskMemoryGb: 9 }, 'ecs-fargate', 'fargate-task-size').status, 'over-limit');
  });
});

describe('fit checks: the model and Bedrock Agents', () => {
  it('compares tokens per minute with a published default, and says when there is none', () => {
    // 1,000,000 a day = 11.574 per second x 60 x 1 call x 2,500 tokens = 1,736,111 a minute.
    const nova = withDefaults({ requestsPerDay: 1_000_000, model: 'nova-pro', inferenceProfile: 'geo' });
    const tpm = check(nova, 'ecs-fargate', 'model-tokens-per-minute');
    near(tpm.need, 1_736_111.1, 0.1);
    assert.deepEqual([tpm.limit, tpm.status], [800_000, 'over-default']);
    // The 2025 table gave that default for us-east-1 only.
    const eu = check({ ...nova, region: 'eu-west-1' }, 'ecs-fargate', 'model-tokens-per-minute');
    assert.deepEqual([eu.limit, eu.status], [null, 'not-published']);
    const claude = check(base, 'agentcore-runtime', 'model-tokens-per-minute');
    assert.equal(claude.status, 'not-published');
    assert.match(claude.text, /sets model quotas per account/);
  });

  it('Bedrock Agents counts its orchestration calls, and has no published invocation rate', () => {
    // Two extra calls per request: 3 x the tokens of the other options.
    const s = { ...base, agentsExtraModelCalls: 2 };
    near(check(s, 'bedrock-agents', 'model-tokens-per-minute').need, 3 * check(s, 'ecs-fargate', 'model-tokens-per-minute').need, 1e-6);
    const invoke = check(s, 'bedrock-agents', 'invocations-per-second');
    assert.deepEqual([invoke.status, invoke.limit], ['not-published', null]);
  });

  it('every check, for any valid scenario, has finite numbers and a status that matches them', () => {
    const scenario = fc.record({
      requestsPerDay: fc.integer({ min: 0, max: 100_000_000 }),
      traffic: fc.constantFrom('steady', 'business-hours', 'bursty' as const),
      peakToAverage: fc.double({ min: 1, max: 100, noNaN: true }),
      idleSeconds: fc.integer({ min: 0, max: 28_800 }),
      sessionSeconds: fc.integer({ min: 1, max: 28_800 }),
      requestsPerSession: fc.integer({ min: 1, max: 10_000 }),
      region: fc.constantFrom(...regions),
    });
    fc.assert(
      fc.property(scenario, (partial) => {
        const s = withDefaults(partial as Partial<Scenario>);
        for (const option of optionIds) {
          for (const c of fitChecks(s, option)) {
            assert.ok(Number.isFinite(c.need) && c.need >= 0, `${c.id} need ${c.need}`);
            if (c.limit === null) assert.equal(c.status, 'not-published');
            else assert.equal(c.status === 'ok', c.need <= c.limit, `${c.id}: ${c.need} vs ${c.limit} is ${c.status}`);
            assert.doesNotMatch(c.text, /NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
