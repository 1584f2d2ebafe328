import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, withDefaults } from '../../../src/lib/cost/scenario.ts';
import { decodeScenario, encodeScenario } from '../../../src/lib/params/url-state.ts';
import { scenarioArb } from '../arbitraries.ts';

describe('URL state', () => {
  it('writes nothing for the defaults', () => assert.equal(encodeScenario({ ...defaultScenario }), ''));

  it('writes only changed values, readable, in field order', () => {
    const s = withDefaults({
      requestsPerDay: 1000,
      model: 'nova-pro',
      inferenceProfile: 'geo',
      taskVcpu: 0.25,
      taskMemoryGb: 0.5,
      fargateTasks: 3,
      opensearchRedundancy: false,
      opensearchOcus: 1,
    });
    assert.equal(
      encodeScenario(s),
      'requests_per_day=1000&model=nova-pro&inference_profile=geo&opensearch_redundancy=false&opensearch_ocus=1&fargate_tasks=3&task_vcpu=0.25&task_memory_gb=0.5',
    );
  });

  it('reads links from onboarding docs, with or without "?"', () => {
    const r = decodeScenario('?requests_per_day=2500&agentcore_platform=v1&arch=arm64&traffic=business-hours&utm_campaign=x');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.ignored, ['utm_campaign']);
    assert.deepEqual(
      [r.scenario.requestsPerDay, r.scenario.agentcorePlatform, r.scenario.arch, r.scenario.traffic],
      [2500, 'v1', 'arm64', 'business-hours'],
    );
  });

  it('reports bad parameters', () => {
    const r = decodeScenario('requests_per_day=lots&session_memory_gb=64');
    assert.deepEqual(
      r.issues.map((i) => i.field),
      ['requests_per_day', 'session_memory_gb'],
    );
    assert.equal(r.issues[1]?.message, 'Session memory (peak) must be a number between 0.125 and 8; using 8.');
  });

  it('round-trips exactly: decode(encode(s)) deep-equals s, with no issues', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = decodeScenario(encodeScenario(s));
        assert.deepEqual(r.issues, []);
        assert.deepEqual(r.scenario, s);
        assert.equal(encodeScenario(r.scenario), encodeScenario(s));
      }),
      { numRuns: 2000 },
    );
  });
});
