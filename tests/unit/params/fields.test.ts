import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { fieldGroups, fields, paramNames } from '../../../src/lib/params/fields.ts';
import { isValidScenario } from '../../../src/lib/params/validate.ts';

describe('scenario field metadata', () => {
  it('covers every Scenario property exactly once', () => {
    assert.deepEqual(fields.map((f) => f.key).sort(), Object.keys(defaultScenario).sort());
  });

  it('keeps the URL parameters promised in the contract', () => {
    const contract = [
      'requests_per_day', 'input_tokens', 'output_tokens', 'model', 'retrievals_per_request', 'session_seconds',
      'active_cpu_seconds', 'session_memory_gb', 'idle_seconds', 'requests_per_session', 'agentcore_platform',
      'inference_profile', 'fargate_tasks', 'task_vcpu', 'task_memory_gb', 'arch', 'region', 'traffic',
    ];
    for (const p of contract) assert.ok(paramNames.includes(p), p);
    for (const p of paramNames) assert.match(p, /^[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('enum values match the contract spellings', () => {
    const values = (param: string) => {
      const f = fields.find((x) => x.param === param);
      return f?.kind === 'enum' ? f.options.map((o) => o.value) : [];
    };
    assert.deepEqual(values('agentcore_platform'), ['v1', 'v2']);
    assert.deepEqual(values('inference_profile'), ['global', 'geo']);
    assert.deepEqual(values('arch'), ['x86_64', 'arm64']);
    assert.deepEqual(values('traffic'), ['steady', 'business-hours', 'bursty']);
  });

  it('defaults are inside their ranges and valid together', () => {
    for (const f of fields) {
      if ((f.kind === 'int' || f.kind === 'number') && typeof f.default === 'number') {
        assert.ok(f.default >= f.min && f.default <= f.max, f.param);
      }
      assert.ok(fieldGroups.some((g) => g.id === f.group), f.param);
      assert.ok(f.label.length > 2 && f.hint.length > 10, f.param);
    }
    assert.ok(isValidScenario(defaultScenario));
  });
});
