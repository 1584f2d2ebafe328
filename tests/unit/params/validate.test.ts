import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { paramNames } from '../../../src/lib/params/fields.ts';
import { isValidScenario, parseScenario } from '../../../src/lib/params/validate.ts';
import { decodeScenario, encodeScenario } from '../../../src/lib/params/url-state.ts';

const one = (params: Record<string, unknown>) => {
  const r = parseScenario(params);
  return { ...r, messages: r.issues.map((i) => i.message) };
};

describe('parseScenario: one field at a time', () => {
  it('accepts good values silently', () => {
    const r = one({ requests_per_day: '2500', model: 'nova-pro', inference_profile: 'geo', task_vcpu: '0.5', task_memory_gb: '4' });
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      [r.scenario.requestsPerDay, r.scenario.model, r.scenario.taskVcpu, r.scenario.taskMemoryGb],
      [2500, 'nova-pro', 0.5, 4],
    );
  });

  it('reads numbers as written in forms: thousands separators, exponents, numbers', () => {
    assert.equal(one({ requests_per_day: '10,000' }).scenario.requestsPerDay, 10_000);
    assert.equal(one({ requests_per_day: '1e4' }).scenario.requestsPerDay, 10_000);
    assert.equal(one({ requests_per_day: 750 }).scenario.requestsPerDay, 750);
    assert.deepEqual(one({ requests_per_day: ' 42 ' }).issues, []);
  });

  it('empty', () => {
    const r = one({ requests_per_day: '' });
    assert.deepEqual(r.messages, ['Requests per day is empty; using 10,000.']);
    assert.deepEqual([r.issues[0]?.field, r.issues[0]?.fallback, r.issues[0]?.received], ['requests_per_day', 10_000, '']);
  });

  it('negative: clamps to the minimum and says so', () => {
    const r = one({ requests_per_day: '-5' });
    assert.deepEqual(r.messages, ['Requests per day must be a whole number between 0 and 100,000,000; using 0.']);
    assert.equal(r.scenario.requestsPerDay, 0);
  });

  it('1e400 and huge integers: clamp to the maximum', () => {
    for (const raw of ['1e400', '99999999999999999999999']) {
      const r = one({ requests_per_day: raw });
      assert.deepEqual(r.messages, ['Requests per day must be a whole number between 0 and 100,000,000; using 100,000,000.']);
      assert.equal(r.scenario.requestsPerDay, 100_000_000);
    }
  });

  it('abc, NaN, Infinity, hex: the default', () => {
    for (const raw of ['abc', 'NaN', 'Infinity', '0x10', '1,5']) {
      const r = one({ requests_per_day: raw });
      assert.deepEqual(r.messages, ['Requests per day must be a whole number between 0 and 100,000,000; using 10,000.'], raw);
      assert.equal(r.scenario.requestsPerDay, 10_000);
    }
    assert.equal(one({ requests_per_day: Number.NaN }).scenario.requestsPerDay, 10_000);
  });

  it('fractions where a whole number is needed: rounded and reported', () => {
    const r = one({ requests_per_day: '12.6' });
    assert.deepEqual(r.messages, ['Requests per day must be a whole number between 0 and 100,000,000; using 13.']);
  });

  it('unknown model and unknown region', () => {
    const r = one({ model: 'gpt-5', region: 'mars-north-1' });
    assert.equal(r.messages.length, 2);
    // In form order: the Region is asked up front, the model with the traffic.
    assert.match(r.messages[0] ?? '', /^Region must be one of: us-east-1, .*; using us-east-1\.$/);
    assert.match(
      r.messages[1] ?? '',
      /^Model must be one of: claude-sonnet-5-5, claude-sonnet-5, claude-sonnet-4-5, .*; using claude-sonnet-5-5\.$/,
    );
  });

  it('invalid Fargate size: says which sizes are valid', () => {
    const r = one({ task_vcpu: '4', task_memory_gb: '3.5' });
    assert.deepEqual(r.messages, ['4 vCPU tasks take 8 to 30 GB in 1 GB steps (3.5 GB is not one of them); using 8.']);
    assert.equal(r.scenario.taskMemoryGb, 8);
    const v = one({ task_vcpu: '3' });
    assert.deepEqual(v.messages[0], 'Task vCPU must be one of: 0.25, 0.5, 1, 2, 4, 8, 16; using 2.');
  });

  it('repeated keys: the first wins, and it says so', () => {
    const r = parseScenario(new URLSearchParams('requests_per_day=500&requests_per_day=900'));
    assert.equal(r.scenario.requestsPerDay, 500);
    assert.deepEqual(
      r.issues.map((i) => i.message),
      ['Requests per day was given 2 times; using the first value (500).'],
    );
    assert.equal(parseScenario({ model: ['nova-lite', 'nova-pro'], inference_profile: 'geo' }).scenario.model, 'nova-lite');
  });

  it('unknown parameters are ignored and listed', () => {
    const r = parseScenario(new URLSearchParams('utm_source=docs&requests_per_day=5'));
    assert.deepEqual([r.issues, r.ignored, r.scenario.requestsPerDay], [[], ['utm_source'], 5]);
  });

  it('how the page looks and where the reader came from are neither inputs nor ignored', () => {
    const r = parseScenario(new URLSearchParams('theme=dark&layout=compact&from=ecs-fargate&highlight=idle&requests_per_day=5'));
    assert.deepEqual([r.issues, r.ignored, r.scenario.requestsPerDay], [[], [], 5]);
  });

  it('booleans, "auto" and case', () => {
    const r = one({ opensearch_redundancy: 'off', aurora_auto_pause: 'Yes', fargate_tasks: 'AUTO', traffic: 'Bursty' });
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      [r.scenario.opensearchRedundancy, r.scenario.auroraAutoPause, r.scenario.fargateTasks, r.scenario.traffic],
      [false, true, 'auto', 'bursty'],
    );
    assert.equal(
      one({ fargate_tasks: '0' }).messages[0],
      'Fargate tasks must be "auto" (derived from traffic) or a whole number between 1 and 5,000; using 1.',
    );
    assert.equal(one({ opensearch_redundancy: 'maybe' }).messages[0], 'OpenSearch redundancy must be true or false; using on.');
  });
});

describe('parseScenario: rules between fields', () => {
  it('a model without a global profile falls back to geo', () => {
    const r = one({ model: 'llama-3-3-70b' });
    assert.deepEqual(r.messages, ['Llama 3.3 70B Instruct has no global inference profile; using geo.']);
    assert.equal(r.scenario.inferenceProfile, 'geo');
  });

  it('a session plus its idle tail lasts at most 8 hours', () => {
    const r = one({ session_seconds: '28000', idle_seconds: '900' });
    assert.deepEqual(r.messages, [
      'A session lasts at most 8 hours (28,800 s), so after a 28,000 s session the idle time can be at most 800 s; using 800.',
    ]);
  });

  it('active CPU cannot exceed 2 vCPU for the whole session', () => {
    const r = one({ session_seconds: '10', active_cpu_seconds: '30', requests_per_session: '1' });
    assert.deepEqual(r.messages, [
      'Active CPU per request can be at most 20 vCPU-seconds (2 vCPU x 10 s of session / 1 requests); using 20.',
    ]);
  });

  it('idle memory after reclaim cannot exceed the session memory', () => {
    const r = one({ session_memory_gb: '0.5', idle_memory_gb: '1' });
    assert.deepEqual(r.messages, ['Idle memory after reclaim cannot exceed the session memory (0.5 GB); using 0.5.']);
  });

  it('one message per field: a rule between fields replaces an earlier fallback for the same field', () => {
    // 1e9 GB is first clamped to 120 GB, then the 1 vCPU size rule settles it at 8 GB: one message, the final value.
    const r = one({ task_memory_gb: '1e9' });
    assert.deepEqual(r.messages, ['1 vCPU tasks take 2 to 8 GB in 1 GB steps; using 8.']);
    assert.equal(r.scenario.taskMemoryGb, 8);
  });

  it('a request cannot be busy longer than its share of the session', () => {
    // A 60 s session of 4 requests leaves 15 s each; 20 s of busy time does not fit.
    const r = one({ session_seconds: '60', requests_per_session: '4', request_seconds: '20' });
    assert.deepEqual(r.messages, [
      'A request cannot keep the agent busy longer than its share of the session (60 s / 4 requests = 15 s); using 15.',
    ]);
    assert.equal(r.scenario.requestSeconds, 15);
    assert.deepEqual(one({ session_seconds: '60', requests_per_session: '4', request_seconds: '15' }).issues, []);
  });

  it('average memory in use cannot exceed the peak; "auto" takes the peak', () => {
    const r = one({ session_memory_gb: '1', average_memory_gb: '2' });
    assert.deepEqual(r.messages, ["Average memory in use cannot exceed the session's peak (1 GB); using 1."]);
    assert.equal(one({ average_memory_gb: 'AUTO' }).scenario.averageMemoryGb, 'auto');
    assert.equal(one({ session_memory_gb: '2', average_memory_gb: '0.5' }).scenario.averageMemoryGb, 0.5);
  });

  it('a model past its end of life is used as given, with a warning rather than a correction', () => {
    const r = parseScenario({ model: 'claude-3-5-haiku', inference_profile: 'geo' });
    assert.deepEqual(r.issues, []);
    assert.equal(r.scenario.model, 'claude-3-5-haiku');
    assert.deepEqual(r.warnings, [
      {
        field: 'model',
        message:
          'Claude 3.5 Haiku reached end of life on Bedrock on June 19, 2026 and can no longer be called. The figures use its last price; Claude Haiku 4.5 replaces it.',
      },
    ]);
    assert.deepEqual(parseScenario({ model: 'claude-sonnet-5' }).warnings, []);
  });

  it('classic OpenSearch Serverless has an OCU floor', () => {
    assert.deepEqual(one({ opensearch_ocus: '1' }).messages, ['OpenSearch Serverless bills at least 2 OCU with redundancy; using 2.']);
    assert.deepEqual(one({ opensearch_ocus: '1', opensearch_redundancy: 'false' }).issues, []);
    assert.deepEqual(one({ opensearch_ocus: '0.5', vector_store: 'opensearch-nextgen' }).issues, []);
  });
});

describe('parseScenario: properties', () => {
  it('never throws, always returns a valid scenario that round-trips, with readable issues', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.constantFrom('', 'NaN', '1e400', '-0', 'auto', 'true', 'global', 'geo', 'v1', 'arm64', 'nova-pro', '0.25', '3.5'),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...paramNames, 'utm_source', 'x'), value), (raw) => {
        const r = parseScenario(raw);
        assert.ok(isValidScenario(r.scenario));
        for (const issue of r.issues) {
          assert.ok(paramNames.includes(issue.field));
          assert.match(issue.message, /[.;] using .+\.$|\.$/);
          assert.doesNotMatch(issue.message, /NaN|Infinity|undefined/);
        }
        // The result is a fixed point: read back through a URL it changes nothing.
        const again = decodeScenario(encodeScenario(r.scenario));
        assert.deepEqual(again.issues, []);
        assert.deepEqual(again.scenario, r.scenario);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves the defaults alone when nothing is given', () => {
    assert.deepEqual(parseScenario({}).scenario, { ...defaultScenario });
    assert.deepEqual(parseScenario(new URLSearchParams('')).issues, []);
  });
});
